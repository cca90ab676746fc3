package org.pyvm.modules.io;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * _io.IncrementalNewlineDecoder: wraps a decoder (or None for str input), records the
 * newline kinds seen and, when translating, turns \r\n and \r into \n; a \r at the end
 * of a non-final chunk is held back until the next. Compare CPython
 * Modules/_io/textio.c: _PyIncrementalNewlineDecoder_decode.
 */
public final class IncrementalNewlineDecoder extends IOObject {

    public static final PyType TYPE = Types.finish(Types.builtin("_io", "IncrementalNewlineDecoder",
        IncrementalNewlineDecoder.class, IncrementalNewlineDecoder.class));

    static final int SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4;

    PyObject decoder = PyNone.NONE;
    PyObject errors = PyStr.of("strict");
    boolean translate;
    boolean pendingCR;
    int seen;

    IncrementalNewlineDecoder(PyType type) {
        super(type);
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new IncrementalNewlineDecoder(cls);
    }

    @ExposedMethod
    static void __init__(IncrementalNewlineDecoder self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("IncrementalNewlineDecoder", args, kw, 2, 3, "decoder", "translate", "errors");
        self.decoder = a[0];
        self.translate = Abstract.isTrue(a[1]);
        self.errors = a[2] == null ? PyStr.of("strict") : a[2];
        self.pendingCR = false;
        self.seen = 0;
    }

    /** The newlines attribute for a set of SEEN_* bits. */
    static PyObject seenValue(int seen) {
        return switch (seen) {
            case 0 -> PyNone.NONE;
            case SEEN_CR -> PyStr.of("\r");
            case SEEN_LF -> PyStr.of("\n");
            case SEEN_CRLF -> PyStr.of("\r\n");
            case SEEN_CR | SEEN_LF -> PyTuple.of(PyStr.of("\r"), PyStr.of("\n"));
            case SEEN_CR | SEEN_CRLF -> PyTuple.of(PyStr.of("\r"), PyStr.of("\r\n"));
            case SEEN_LF | SEEN_CRLF -> PyTuple.of(PyStr.of("\n"), PyStr.of("\r\n"));
            default -> PyTuple.of(PyStr.of("\r"), PyStr.of("\n"), PyStr.of("\r\n"));
        };
    }

    /** Newline work on decoded text (the shared part of the Python type and TextIOWrapper). */
    String process(String output, boolean fin) {
        if (pendingCR && (fin || !output.isEmpty())) {
            output = "\r" + output;
            pendingCR = false;
        }
        if (!fin && output.endsWith("\r")) {
            output = output.substring(0, output.length() - 1);
            pendingCR = true;
        }
        return scan(output);
    }

    /** Records the newlines of TEXT (and translates them when asked). */
    String scan(String text) {
        int cr = text.indexOf('\r');
        if (cr < 0) {
            if (text.indexOf('\n') >= 0) {
                seen |= SEEN_LF;
            }
            return text;
        }
        StringBuilder sb = translate ? new StringBuilder(text.length()) : null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    seen |= SEEN_CRLF;
                    i++;
                } else {
                    seen |= SEEN_CR;
                }
                if (sb != null) {
                    sb.append('\n');
                }
                continue;
            }
            if (c == '\n') {
                seen |= SEEN_LF;
            }
            if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    @ExposedMethod
    static PyObject decode(IncrementalNewlineDecoder self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("decode", args, kw, 1, 2, "input", "final");
        boolean fin = a[1] != null && Abstract.isTrue(a[1]);
        PyObject out;
        if (self.decoder == PyNone.NONE) {
            out = a[0];
        } else {
            out = Abstract.call(Abstract.getAttr(self.decoder, "decode"), a[0], PyBool.of(fin));
        }
        if (!(out instanceof PyStr)) {
            throw PyErr.typeError("decoder should return a string result, not '" + out.type().getName() + "'");
        }
        return PyStr.of(self.process(out.toString(), fin));
    }

    @ExposedMethod
    static PyObject getstate(IncrementalNewlineDecoder self) {
        PyObject buffer;
        long flag;
        if (self.decoder != PyNone.NONE) {
            PyObject st = Abstract.call(Abstract.getAttr(self.decoder, "getstate"));
            if (!(st instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("illegal decoder state");
            }
            buffer = t.get(0);
            flag = Abstract.index(t.get(1)).longValue();
        } else {
            buffer = new org.pyvm.runtime.PyBytes(new byte[0]);
            flag = 0;
        }
        flag <<= 1;
        if (self.pendingCR) {
            flag |= 1;
        }
        return PyTuple.of(buffer, PyInt.of(flag));
    }

    @ExposedMethod
    static void setstate(IncrementalNewlineDecoder self, PyObject state) {
        if (!(state instanceof PyTuple t) || t.size() != 2) {
            throw PyErr.typeError("state argument must be a tuple");
        }
        long flag = Abstract.index(t.get(1)).longValue();
        self.pendingCR = (flag & 1) != 0;
        if (self.decoder != PyNone.NONE) {
            Abstract.call(Abstract.getAttr(self.decoder, "setstate"), PyTuple.of(t.get(0), PyInt.of(flag >> 1)));
        }
    }

    @ExposedMethod
    static void reset(IncrementalNewlineDecoder self) {
        self.seen = 0;
        self.pendingCR = false;
        if (self.decoder != PyNone.NONE) {
            Abstract.call(Abstract.getAttr(self.decoder, "reset"));
        }
    }

    @ExposedGetter
    static PyObject newlines(IncrementalNewlineDecoder self) {
        return seenValue(self.seen);
    }
}
