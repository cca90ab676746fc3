package org.pyvm.modules.testcapi;

import java.util.List;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * _testcapi's functions that call PyArg_ParseTuple / PyArg_ParseTupleAndKeywords with one
 * format and return what it converted ({@link GetArgs}), for test_capi.test_getargs.
 * Not offered: those about reference counts (argparsing) and the test_* functions
 * that run C-level checks other than those of SelfTests. Compare CPython Modules/_testcapi/getargs.c.
 */
final class GetArgsFunctions {

    private GetArgsFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(GetArgsFunctions.class);
    }

    private static final PyInt MINUS_ONE = PyInt.of(-1);

    /** METH_VARARGS: no keywords; one format unit, its value returned. */
    private static PyObject one(String name, PyObject[] args, String[] kw, String format) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError(name + "() takes no keyword arguments");
        }
        return GetArgs.parseTuple(args, format).get(0);
    }

    /** getargs_es(arg, encoding=NULL) and kin: PyArg_Parse(arg, FORMAT, encoding, &str) after "O|s". */
    private static PyObject encoded(String name, PyObject[] args, String[] kw, String format) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError(name + "() takes no keyword arguments");
        }
        List<PyObject> a = GetArgs.parseTuple(args, "O|s:" + name);
        String encoding = a.size() > 1 && a.get(1) != null ? utf8(a.get(1)) : null;
        return GetArgs.parse(a.get(0), format, encoding);
    }

    private static String utf8(PyObject b) {
        return new String(((org.pyvm.runtime.PyBytes) b).bytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @ExposedMethod
    static PyObject getargs_es(PyObject[] args, String[] kw) {
        return encoded("getargs_es", args, kw, "es");
    }

    @ExposedMethod
    static PyObject getargs_et(PyObject[] args, String[] kw) {
        return encoded("getargs_et", args, kw, "et");
    }

    @ExposedMethod
    static PyObject getargs_es_hash(PyObject[] args, String[] kw) {
        return encodedHash("getargs_es_hash", args, kw, "es#");
    }

    @ExposedMethod
    static PyObject getargs_et_hash(PyObject[] args, String[] kw) {
        return encodedHash("getargs_et_hash", args, kw, "et#");
    }

    /**
     * getargs_es_hash(arg, encoding=NULL, buffer=NULL): "es#"/"et#" with an optional caller
     * buffer (a bytearray): the encoded bytes and their NUL are copied into it, which must
     * have room for both (ValueError "encoded string too long" otherwise, the buffer
     * untouched). Compare _testcapi/getargs.c: getargs_es_hash, getargs.c: convertsimple.
     */
    private static PyObject encodedHash(String name, PyObject[] args, String[] kw, String format) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError(name + "() takes no keyword arguments");
        }
        List<PyObject> a = GetArgs.parseTuple(args, "O|sY:" + name);
        String encoding = a.size() > 1 && a.get(1) != null ? utf8(a.get(1)) : null;
        PyObject buffer = a.size() > 2 ? a.get(2) : null;
        org.pyvm.runtime.PyBytes r = (org.pyvm.runtime.PyBytes) GetArgs.parse(a.get(0), format, encoding);
        if (buffer instanceof org.pyvm.runtime.PyByteArray ba) {
            byte[] data = r.bytes();
            int room = ba.size();
            if (data.length + 1 > room) {
                throw PyErr.valueError("encoded string too long (" + data.length + ", maximum length " + (room - 1) + ")");
            }
            byte[] withNul = java.util.Arrays.copyOf(data, data.length + 1);
            org.pyvm.runtime.Abstract.setItem(ba, org.pyvm.runtime.Abstract.call(org.pyvm.runtime.PySlice.TYPE,
                org.pyvm.runtime.PyInt.of(0), org.pyvm.runtime.PyInt.of(withNul.length)),
                new org.pyvm.runtime.PyBytes(withNul));
        }
        return r;
    }

    /** gh_99240_clear_args(a, b): "eses" with the idna codec for both. Compare _testcapi/getargs.c. */
    @ExposedMethod
    static PyObject gh_99240_clear_args(PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("gh_99240_clear_args() takes no keyword arguments");
        }
        GetArgs.parseTuple(args, "eses", new String[] {"idna", "idna"});
        return org.pyvm.runtime.PyNone.NONE;
    }

    @ExposedMethod
    static PyObject getargs_b(PyObject[] args, String[] kw) {
        return one("getargs_b", args, kw, "b");
    }

    @ExposedMethod
    static PyObject getargs_B(PyObject[] args, String[] kw) {
        return one("getargs_B", args, kw, "B");
    }

    @ExposedMethod
    static PyObject getargs_h(PyObject[] args, String[] kw) {
        return one("getargs_h", args, kw, "h");
    }

    @ExposedMethod
    static PyObject getargs_H(PyObject[] args, String[] kw) {
        return one("getargs_H", args, kw, "H");
    }

    @ExposedMethod
    static PyObject getargs_I(PyObject[] args, String[] kw) {
        return one("getargs_I", args, kw, "I");
    }

    @ExposedMethod
    static PyObject getargs_k(PyObject[] args, String[] kw) {
        return one("getargs_k", args, kw, "k");
    }

    @ExposedMethod
    static PyObject getargs_i(PyObject[] args, String[] kw) {
        return one("getargs_i", args, kw, "i");
    }

    @ExposedMethod
    static PyObject getargs_l(PyObject[] args, String[] kw) {
        return one("getargs_l", args, kw, "l");
    }

    @ExposedMethod
    static PyObject getargs_n(PyObject[] args, String[] kw) {
        return one("getargs_n", args, kw, "n");
    }

    @ExposedMethod
    static PyObject getargs_p(PyObject[] args, String[] kw) {
        return one("getargs_p", args, kw, "p");
    }

    @ExposedMethod
    static PyObject getargs_L(PyObject[] args, String[] kw) {
        return one("getargs_L", args, kw, "L");
    }

    @ExposedMethod
    static PyObject getargs_K(PyObject[] args, String[] kw) {
        return one("getargs_K", args, kw, "K");
    }

    @ExposedMethod
    static PyObject getargs_f(PyObject[] args, String[] kw) {
        return one("getargs_f", args, kw, "f");
    }

    @ExposedMethod
    static PyObject getargs_d(PyObject[] args, String[] kw) {
        return one("getargs_d", args, kw, "d");
    }

    @ExposedMethod
    static PyObject getargs_D(PyObject[] args, String[] kw) {
        return one("getargs_D", args, kw, "D");
    }

    @ExposedMethod
    static PyObject getargs_S(PyObject[] args, String[] kw) {
        return one("getargs_S", args, kw, "S");
    }

    @ExposedMethod
    static PyObject getargs_Y(PyObject[] args, String[] kw) {
        return one("getargs_Y", args, kw, "Y");
    }

    @ExposedMethod
    static PyObject getargs_U(PyObject[] args, String[] kw) {
        return one("getargs_U", args, kw, "U");
    }

    @ExposedMethod
    static PyObject getargs_c(PyObject[] args, String[] kw) {
        return one("getargs_c", args, kw, "c");
    }

    @ExposedMethod
    static PyObject getargs_C(PyObject[] args, String[] kw) {
        return one("getargs_C", args, kw, "C");
    }

    @ExposedMethod
    static PyObject getargs_s(PyObject[] args, String[] kw) {
        return one("getargs_s", args, kw, "s");
    }

    @ExposedMethod
    static PyObject getargs_s_star(PyObject[] args, String[] kw) {
        return one("getargs_s_star", args, kw, "s*");
    }

    @ExposedMethod
    static PyObject getargs_s_hash(PyObject[] args, String[] kw) {
        return one("getargs_s_hash", args, kw, "s#");
    }

    @ExposedMethod
    static PyObject getargs_z(PyObject[] args, String[] kw) {
        return one("getargs_z", args, kw, "z");
    }

    @ExposedMethod
    static PyObject getargs_z_star(PyObject[] args, String[] kw) {
        return one("getargs_z_star", args, kw, "z*");
    }

    @ExposedMethod
    static PyObject getargs_z_hash(PyObject[] args, String[] kw) {
        return one("getargs_z_hash", args, kw, "z#");
    }

    @ExposedMethod
    static PyObject getargs_y(PyObject[] args, String[] kw) {
        return one("getargs_y", args, kw, "y");
    }

    @ExposedMethod
    static PyObject getargs_y_star(PyObject[] args, String[] kw) {
        return one("getargs_y_star", args, kw, "y*");
    }

    @ExposedMethod
    static PyObject getargs_y_hash(PyObject[] args, String[] kw) {
        return one("getargs_y_hash", args, kw, "y#");
    }

    /** getargs_w_star(buf): "w*", writes '[' and ']' at the ends of the buffer and returns its bytes. */
    @ExposedMethod
    static PyObject getargs_w_star(PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("getargs_w_star() takes no keyword arguments");
        }
        org.pyvm.runtime.PyBuffer b = ((GetArgs.BufferArg) GetArgs.parseTuple(args, "w*:getargs_w_star").get(0)).view();
        try {
            if (b.len >= 2) {
                b.mem[b.buf] = '[';
                b.mem[b.buf + b.len - 1] = ']';
                if (b.obj instanceof org.pyvm.runtime.BufferExporter e) {
                    e.exportedWritten(b.mem);
                }
            }
            return new org.pyvm.runtime.PyBytes(java.util.Arrays.copyOfRange(b.mem, b.buf, b.buf + b.len));
        } finally {
            b.release();
        }
    }

    /**
     * getargs_s_hash_int(buf, s="", x=0) and getargs_s_hash_int2(buf, (s,), x=0): "w*|s#i" and
     * "w*|(s#)i" parsed for a C file compiled without PY_SSIZE_T_CLEAN, where any "#" unit,
     * converted or skipped, is a SystemError.
     */
    @ExposedMethod
    static PyObject getargs_s_hash_int(PyObject[] args, String[] kw) {
        return noSsizeClean(args, kw, "w*|s#i");
    }

    @ExposedMethod
    static PyObject getargs_s_hash_int2(PyObject[] args, String[] kw) {
        return noSsizeClean(args, kw, "w*|(s#)i");
    }

    private static PyObject noSsizeClean(PyObject[] args, String[] kw, String format) {
        List<PyObject> v = GetArgs.parseTupleAndKeywords(args, kw, format, new String[] {"", "", "x"}, null, false);
        if (v.get(0) instanceof GetArgs.BufferArg b) {
            b.view().release();
        }
        return PyNone.NONE;
    }

    /** getargs_tuple(a, (b, c)): "i(ii)". */
    @ExposedMethod
    static PyObject getargs_tuple(PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("getargs_tuple() takes no keyword arguments");
        }
        return GetArgs.tuple(GetArgs.parseTuple(args, "i(ii)"), MINUS_ONE);
    }

    /** "(ii)i|(i(ii))(iii)i" with keywords arg1..arg5: the ten ints, -1 for those not given. */
    @ExposedMethod
    static PyObject getargs_keywords(PyObject[] args, String[] kw) {
        return GetArgs.tuple(GetArgs.parseTupleAndKeywords(args, kw, "(ii)i|(i(ii))(iii)i",
            new String[] {"arg1", "arg2", "arg3", "arg4", "arg5"}), MINUS_ONE);
    }

    /** "i|i$i" with keywords required, optional, keyword_only. */
    @ExposedMethod
    static PyObject getargs_keyword_only(PyObject[] args, String[] kw) {
        return GetArgs.tuple(GetArgs.parseTupleAndKeywords(args, kw, "i|i$i",
            new String[] {"required", "optional", "keyword_only"}), MINUS_ONE);
    }

    /** "i|ii" with two positional-only parameters and keyword. */
    @ExposedMethod
    static PyObject getargs_positional_only_and_keywords(PyObject[] args, String[] kw) {
        return GetArgs.tuple(GetArgs.parseTupleAndKeywords(args, kw, "i|ii", new String[] {"", "", "keyword"}),
            MINUS_ONE);
    }

    /** The positional arguments as the tuple a METH_VARARGS|METH_KEYWORDS function gets. */
    @ExposedMethod
    static PyObject get_args(PyObject[] args, String[] kw) {
        int n = args.length - (kw == null ? 0 : kw.length);
        return PyTuple.of(java.util.Arrays.copyOf(args, n));
    }

    /** The keyword arguments as a new dict, or None when there are none (C's NULL). */
    @ExposedMethod
    static PyObject get_kwargs(PyObject[] args, String[] kw) {
        if (kw == null || kw.length == 0) {
            return PyNone.NONE;
        }
        PyDict d = new PyDict();
        int n = args.length - kw.length;
        for (int i = 0; i < kw.length; i++) {
            d.setStr(kw[i], args[n + i]);
        }
        return d;
    }

    /**
     * parse_tuple_and_keywords(args, kwargs, format, keywords): runs the parser; the values
     * as a tuple (None for those not given) when every unit is "O", else None.
     */
    @ExposedMethod
    static PyObject parse_tuple_and_keywords(PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("parse_tuple_and_keywords() takes no keyword arguments");
        }
        List<PyObject> a = GetArgs.parseTuple(args, "OOsO:parse_tuple_and_keywords");
        PyObject subArgs = a.get(0);
        PyObject subKwargs = a.get(1);
        String format = new String(((org.pyvm.runtime.PyBytes) a.get(2)).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        PyObject subKeywords = a.get(3);
        if (subKeywords.type() != PyList.TYPE && subKeywords.type() != PyTuple.TYPE) {
            throw PyErr.valueError("parse_tuple_and_keywords: sub_keywords must be either list or tuple");
        }
        PyObject[] keys = subKeywords instanceof PyList l ? l.toArray() : ((PyTuple) subKeywords).items();
        if (keys.length > 8) {
            throw PyErr.valueError("parse_tuple_and_keywords: too many keywords in sub_keywords");
        }
        String[] kwlist = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] instanceof PyStr s) {
                kwlist[i] = s.toString();
            } else if (keys[i] instanceof org.pyvm.runtime.PyBytes b) {
                kwlist[i] = new String(b.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            } else {
                throw PyErr.valueError("parse_tuple_and_keywords: keywords must be str or bytes");
            }
        }
        if (!(subArgs instanceof PyTuple t)) {
            throw PyErr.of(PyExc.SystemError, "bad argument to internal function");
        }
        PyObject[] items = t.items();
        String[] names = null;
        PyObject[] all = items;
        if (subKwargs instanceof PyDict d && d.size() > 0) {
            PyObject[] ks = d.keysArray();
            names = new String[ks.length];
            all = java.util.Arrays.copyOf(items, items.length + ks.length);
            for (int i = 0; i < ks.length; i++) {
                if (!(ks[i] instanceof PyStr s)) {
                    throw PyErr.typeError("keywords must be strings");
                }
                names[i] = s.toString();
                all[items.length + i] = d.get(ks[i]);
            }
        }
        // Each C variable argument points to a zeroed buffer: an "e" unit reads "" as its encoding.
        String[] encodings = new String[8];
        java.util.Arrays.fill(encodings, "");
        List<PyObject> values = GetArgs.parseTupleAndKeywords(all, names, format, kwlist, encodings);
        for (int i = 0; i < format.length() && format.charAt(i) != ':' && format.charAt(i) != ';'; i++) {
            char c = format.charAt(i);
            if (c != 'O' && c != '|' && c != '$' && c != '(' && c != ')') {
                return PyNone.NONE;
            }
        }
        return GetArgs.tuple(values, PyNone.NONE);
    }
}
