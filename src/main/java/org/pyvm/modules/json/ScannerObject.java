package org.pyvm.modules.json;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * _json.Scanner, which json.decoder gets as c_make_scanner: scan_once(string, idx) reads
 * one JSON value from a str at idx and returns (value, end), StopIteration(idx) where no
 * value starts. The decoder's settings are read from the context object once. Compare
 * CPython Modules/_json.c: scanner_new, scanner_call, scan_once_unicode,
 * _parse_object_unicode, _parse_array_unicode, _match_number_unicode.
 */
final class ScannerObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_json", "Scanner", ScannerObject.class,
        ScannerObject.class)).notSubclassable();

    private final PyType type;
    private final PyObject strict;
    private final PyObject objectHook;
    private final PyObject objectPairsHook;
    private final PyObject parseFloat;
    private final PyObject parseInt;
    private final PyObject parseConstant;
    /** Keys seen in this scan, so that equal keys share one str (cleared after each call). */
    private final PyDict memo = new PyDict();
    private int depth;

    private ScannerObject(PyType type, PyObject ctx) {
        this.type = type;
        strict = Abstract.getAttr(ctx, "strict");
        objectHook = Abstract.getAttr(ctx, "object_hook");
        objectPairsHook = Abstract.getAttr(ctx, "object_pairs_hook");
        parseFloat = Abstract.getAttr(ctx, "parse_float");
        parseInt = Abstract.getAttr(ctx, "parse_int");
        parseConstant = Abstract.getAttr(ctx, "parse_constant");
    }

    @Override
    public PyType type() {
        return type;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("make_scanner", args, kw, 1, 1, "context");
        return new ScannerObject(cls, a[0]);
    }

    @ExposedGetter
    static PyObject strict(ScannerObject self) {
        return self.strict;
    }

    @ExposedGetter
    static PyObject object_hook(ScannerObject self) {
        return self.objectHook;
    }

    @ExposedGetter
    static PyObject object_pairs_hook(ScannerObject self) {
        return self.objectPairsHook;
    }

    @ExposedGetter
    static PyObject parse_float(ScannerObject self) {
        return self.parseFloat;
    }

    @ExposedGetter
    static PyObject parse_int(ScannerObject self) {
        return self.parseInt;
    }

    @ExposedGetter
    static PyObject parse_constant(ScannerObject self) {
        return self.parseConstant;
    }

    /** scan_once(string, idx). Compare scanner_call. */
    @ExposedMethod
    static PyObject __call__(ScannerObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("scan_once", args, kw, 2, 2, "string", "idx");
        if (!(a[0] instanceof PyStr s)) {
            throw PyErr.typeError("first argument must be a string, not " + a[0].type().getName());
        }
        PyInt i = Abstract.index(a[1]);
        long idx = i.isBig() ? (i.signum() < 0 ? -1 : Long.MAX_VALUE) : i.longValue();
        int[] buf = s.value().codePoints().toArray();
        try {
            int[] next = new int[1];
            PyObject v = self.scanOnce(s, buf, idx, next);
            return PyTuple.of(v, PyInt.of(next[0]));
        } finally {
            self.memo.clear();
            self.depth = 0;
        }
    }

    private static boolean ws(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private PyObject scanOnce(PyStr s, int[] buf, long idx, int[] next) {
        if (idx < 0) {
            throw PyErr.valueError("idx cannot be negative");
        }
        int len = buf.length;
        if (idx >= len) {
            throw PyErr.stopIteration(PyInt.of(idx));
        }
        int i = (int) idx;
        switch (buf[i]) {
            case '"':
                return PyStr.of(JsonModule.scanString(s, buf, i + 1, Abstract.isTrue(strict), next));
            case '{':
                enter(" while decoding a JSON object from a unicode string");
                try {
                    return parseObject(s, buf, i + 1, next);
                } finally {
                    depth--;
                }
            case '[':
                enter(" while decoding a JSON array from a unicode string");
                try {
                    return parseArray(s, buf, i + 1, next);
                } finally {
                    depth--;
                }
            case 'n':
                if (matches(buf, i, "null")) {
                    next[0] = i + 4;
                    return PyNone.NONE;
                }
                break;
            case 't':
                if (matches(buf, i, "true")) {
                    next[0] = i + 4;
                    return PyBool.TRUE;
                }
                break;
            case 'f':
                if (matches(buf, i, "false")) {
                    next[0] = i + 5;
                    return PyBool.FALSE;
                }
                break;
            case 'N':
                if (matches(buf, i, "NaN")) {
                    return constant("NaN", i, next);
                }
                break;
            case 'I':
                if (matches(buf, i, "Infinity")) {
                    return constant("Infinity", i, next);
                }
                break;
            case '-':
                if (matches(buf, i, "-Infinity")) {
                    return constant("-Infinity", i, next);
                }
                break;
            default:
                break;
        }
        return matchNumber(buf, i, next);
    }

    /** Py_EnterRecursiveCall: nesting deeper than the recursion limit is RecursionError. */
    private void enter(String where) {
        if (++depth > PyRuntime.recursionLimit) {
            depth--;
            throw PyErr.of(PyExc.RecursionError, "maximum recursion depth exceeded" + where);
        }
    }

    private static boolean matches(int[] buf, int i, String word) {
        if (i + word.length() > buf.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (buf[i + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private PyObject constant(String name, int i, int[] next) {
        next[0] = i + name.length();
        return Abstract.call(parseConstant, PyStr.of(name));
    }

    private PyObject parseObject(PyStr s, int[] buf, int idx, int[] next) {
        int end = buf.length - 1;
        boolean pairs = objectPairsHook != PyNone.NONE;
        boolean strictMode = Abstract.isTrue(strict);
        PyList items = pairs ? new PyList() : null;
        PyDict dict = pairs ? null : new PyDict();
        while (idx <= end && ws(buf[idx])) {
            idx++;
        }
        if (idx > end || buf[idx] != '}') {
            while (true) {
                if (idx > end || buf[idx] != '"') {
                    throw JsonModule.decodeError("Expecting property name enclosed in double quotes", s, idx);
                }
                PyObject key = PyStr.of(JsonModule.scanString(s, buf, idx + 1, strictMode, next));
                PyObject known = memo.get(key);
                if (known != null) {
                    key = known;
                } else {
                    memo.setItem(key, key);
                }
                idx = next[0];
                while (idx <= end && ws(buf[idx])) {
                    idx++;
                }
                if (idx > end || buf[idx] != ':') {
                    throw JsonModule.decodeError("Expecting ':' delimiter", s, idx);
                }
                idx++;
                while (idx <= end && ws(buf[idx])) {
                    idx++;
                }
                PyObject val = scanOnce(s, buf, idx, next);
                if (pairs) {
                    items.append(PyTuple.of(key, val));
                } else {
                    dict.setItem(key, val);
                }
                idx = next[0];
                while (idx <= end && ws(buf[idx])) {
                    idx++;
                }
                if (idx <= end && buf[idx] == '}') {
                    break;
                }
                if (idx > end || buf[idx] != ',') {
                    throw JsonModule.decodeError("Expecting ',' delimiter", s, idx);
                }
                idx++;
                while (idx <= end && ws(buf[idx])) {
                    idx++;
                }
            }
        }
        next[0] = idx + 1;
        if (pairs) {
            return Abstract.call(objectPairsHook, items);
        }
        if (objectHook != PyNone.NONE) {
            return Abstract.call(objectHook, dict);
        }
        return dict;
    }

    private PyObject parseArray(PyStr s, int[] buf, int idx, int[] next) {
        int end = buf.length - 1;
        PyList out = new PyList();
        while (idx <= end && ws(buf[idx])) {
            idx++;
        }
        if (idx > end || buf[idx] != ']') {
            while (true) {
                out.append(scanOnce(s, buf, idx, next));
                idx = next[0];
                while (idx <= end && ws(buf[idx])) {
                    idx++;
                }
                if (idx <= end && buf[idx] == ']') {
                    break;
                }
                if (idx > end || buf[idx] != ',') {
                    throw JsonModule.decodeError("Expecting ',' delimiter", s, idx);
                }
                idx++;
                while (idx <= end && ws(buf[idx])) {
                    idx++;
                }
            }
        }
        next[0] = idx + 1;
        return out;
    }

    private PyObject matchNumber(int[] buf, int start, int[] next) {
        int end = buf.length - 1;
        int idx = start;
        if (buf[idx] == '-') {
            idx++;
            if (idx > end) {
                throw PyErr.stopIteration(PyInt.of(start));
            }
        }
        if (buf[idx] >= '1' && buf[idx] <= '9') {
            idx++;
            while (idx <= end && buf[idx] >= '0' && buf[idx] <= '9') {
                idx++;
            }
        } else if (buf[idx] == '0') {
            idx++;
        } else {
            throw PyErr.stopIteration(PyInt.of(start));
        }
        boolean isFloat = false;
        if (idx < end && buf[idx] == '.' && buf[idx + 1] >= '0' && buf[idx + 1] <= '9') {
            isFloat = true;
            idx += 2;
            while (idx <= end && buf[idx] >= '0' && buf[idx] <= '9') {
                idx++;
            }
        }
        if (idx < end && (buf[idx] == 'e' || buf[idx] == 'E')) {
            int eStart = idx;
            idx++;
            if (idx < end && (buf[idx] == '-' || buf[idx] == '+')) {
                idx++;
            }
            while (idx <= end && buf[idx] >= '0' && buf[idx] <= '9') {
                idx++;
            }
            if (buf[idx - 1] >= '0' && buf[idx - 1] <= '9') {
                isFloat = true;
            } else {
                idx = eStart;
            }
        }
        PyStr num = PyStr.of(new String(buf, start, idx - start));
        next[0] = idx;
        if (isFloat) {
            return Abstract.call(parseFloat == PyFloat.TYPE ? PyFloat.TYPE : parseFloat, num);
        }
        return Abstract.call(parseInt == PyInt.TYPE ? PyInt.TYPE : parseInt, num);
    }
}
