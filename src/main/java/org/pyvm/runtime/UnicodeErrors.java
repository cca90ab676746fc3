package org.pyvm.runtime;

/**
 * UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError: their constructors'
 * argument checks, the {@code encoding/object/start/end/reason} attributes (kept in the
 * instance dict, so error handlers may assign them) and their {@code __str__}. Compare
 * CPython Objects/exceptions.c: UnicodeEncodeError_init, UnicodeDecodeError_str ...
 */
public final class UnicodeErrors {

    private UnicodeErrors() {}

    /** A UnicodeEncodeError as the codecs raise it. */
    public static PyBaseException encodeError(String encoding, PyStr object, int start, int end, String reason) {
        PyBaseException e = new PyBaseException(PyExc.UnicodeEncodeError,
            PyTuple.of(PyStr.of(encoding), object, PyInt.of(start), PyInt.of(end), PyStr.of(reason)));
        fill(e, PyStr.of(encoding), object, start, end, PyStr.of(reason));
        return e;
    }

    /** A UnicodeDecodeError as the codecs raise it; OBJECT is the whole input. */
    public static PyBaseException decodeError(String encoding, byte[] object, int start, int end, String reason) {
        PyBytes b = new PyBytes(object);
        PyBaseException e = new PyBaseException(PyExc.UnicodeDecodeError,
            PyTuple.of(PyStr.of(encoding), b, PyInt.of(start), PyInt.of(end), PyStr.of(reason)));
        fill(e, PyStr.of(encoding), b, start, end, PyStr.of(reason));
        return e;
    }

    /** A UnicodeTranslateError (str.translate's errors and custom handlers). */
    public static PyBaseException translateError(PyStr object, int start, int end, String reason) {
        PyBaseException e = new PyBaseException(PyExc.UnicodeTranslateError,
            PyTuple.of(object, PyInt.of(start), PyInt.of(end), PyStr.of(reason)));
        fill(e, PyNone.NONE, object, start, end, PyStr.of(reason));
        return e;
    }

    private static void fill(PyBaseException e, PyObject enc, PyObject obj, int start, int end, PyObject reason) {
        PyDict d = e.getDict();
        d.setStr("encoding", enc);
        d.setStr("object", obj);
        d.setStr("start", PyInt.of(start));
        d.setStr("end", PyInt.of(end));
        d.setStr("reason", reason);
    }

    /** An attribute of a Unicode error (None when missing, as for a subclass that skipped __init__). */
    public static PyObject attr(PyBaseException e, String name) {
        PyObject v = e.getDict().getStr(name);
        return v == null ? PyNone.NONE : v;
    }

    /** start/end as ints; "an integer is required" when a handler stored something else. */
    public static int intAttr(PyBaseException e, String name) {
        PyObject v = attr(e, name);
        if (!(v instanceof PyInt i)) {
            throw PyErr.typeError(name + " attribute not set");
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i.isBig() ? i.signum() * (long) Integer.MAX_VALUE
            : i.value));
    }

    private static PyObject[] positional(PyBaseException self, PyObject[] args, String[] kw, int n) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError(self.type().getName() + "() takes no keyword arguments");
        }
        if (args.length != n) {
            throw PyErr.typeError("function takes exactly " + n + " arguments (" + args.length + " given)");
        }
        self.args = PyTuple.of(args);
        return args;
    }

    private static PyStr strArg(PyObject o, int i) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("argument " + i + " must be str, not " + o.type().getName());
    }

    private static PyInt sizeArg(PyObject o) {
        return PyInt.of(Abstract.index(o).longValue());
    }

    /** "\\x%02x" / "\\u%04x" / "\\U%08x" as the messages show one character. */
    static String charEscape(int c) {
        return c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
            : String.format("\\U%08x", c);
    }

    private static String rangeText(PyBaseException e, String one) {
        long start = ((PyInt) attr(e, "start")).value;
        long end = ((PyInt) attr(e, "end")).value;
        String reason = Abstract.str(attr(e, "reason")).value();
        return one != null ? one + " in position " + start + ": " + reason
            : "in position " + start + "-" + (end - 1) + ": " + reason;
    }

    private static boolean hasFields(PyBaseException e) {
        return attr(e, "start") instanceof PyInt && attr(e, "end") instanceof PyInt;
    }

    /** Compare exceptions.c: UnicodeEncodeError_init / UnicodeEncodeError_str. */
    static final class EncodeMethods {
        private EncodeMethods() {}

        @ExposedMethod
        static void __init__(PyBaseException self, PyObject[] args, String[] kw) {
            PyObject[] a = positional(self, args, kw, 5);
            fill(self, strArg(a[0], 1), strArg(a[1], 2), 0, 0, PyNone.NONE);
            self.getDict().setStr("start", sizeArg(a[2]));
            self.getDict().setStr("end", sizeArg(a[3]));
            self.getDict().setStr("reason", strArg(a[4], 5));
        }

        @ExposedMethod
        static PyObject __str__(PyBaseException self) {
            if (!hasFields(self) || !(attr(self, "object") instanceof PyStr obj)) {
                return ExceptionMethods.__str__(self);
            }
            long start = ((PyInt) attr(self, "start")).value;
            long end = ((PyInt) attr(self, "end")).value;
            String head = "'" + Abstract.str(attr(self, "encoding")).value() + "' codec can't encode ";
            if (start >= 0 && start < obj.length() && end == start + 1) {
                return PyStr.of(head + rangeText(self, "character '" + charEscape(obj.codePointAt((int) start)) + "'"));
            }
            return PyStr.of(head + "characters " + rangeText(self, null));
        }
    }

    /** Compare exceptions.c: UnicodeDecodeError_init / UnicodeDecodeError_str. */
    static final class DecodeMethods {
        private DecodeMethods() {}

        @ExposedMethod
        static void __init__(PyBaseException self, PyObject[] args, String[] kw) {
            PyObject[] a = positional(self, args, kw, 5);
            PyStr enc = strArg(a[0], 1);
            PyObject obj = a[1];
            if (!(obj instanceof PyBytes)) {
                byte[] raw = PyByteArray.bytesOf(obj);
                if (raw == null) {
                    throw PyErr.typeError("a bytes-like object is required, not '" + obj.type().getName() + "'");
                }
                obj = new PyBytes(raw.clone());
            }
            fill(self, enc, obj, 0, 0, PyNone.NONE);
            self.getDict().setStr("start", sizeArg(a[2]));
            self.getDict().setStr("end", sizeArg(a[3]));
            self.getDict().setStr("reason", strArg(a[4], 5));
        }

        @ExposedMethod
        static PyObject __str__(PyBaseException self) {
            if (!hasFields(self) || !(attr(self, "object") instanceof PyBytes obj)) {
                return ExceptionMethods.__str__(self);
            }
            long start = ((PyInt) attr(self, "start")).value;
            long end = ((PyInt) attr(self, "end")).value;
            String head = "'" + Abstract.str(attr(self, "encoding")).value() + "' codec can't decode ";
            if (start >= 0 && start < obj.value.length && end == start + 1) {
                return PyStr.of(head + rangeText(self, String.format("byte 0x%02x", obj.value[(int) start] & 0xff)));
            }
            return PyStr.of(head + "bytes " + rangeText(self, null));
        }
    }

    /** Compare exceptions.c: UnicodeTranslateError_init / UnicodeTranslateError_str. */
    static final class TranslateMethods {
        private TranslateMethods() {}

        @ExposedMethod
        static void __init__(PyBaseException self, PyObject[] args, String[] kw) {
            PyObject[] a = positional(self, args, kw, 4);
            fill(self, PyNone.NONE, strArg(a[0], 1), 0, 0, PyNone.NONE);
            self.getDict().setStr("start", sizeArg(a[1]));
            self.getDict().setStr("end", sizeArg(a[2]));
            self.getDict().setStr("reason", strArg(a[3], 4));
        }

        @ExposedMethod
        static PyObject __str__(PyBaseException self) {
            if (!hasFields(self) || !(attr(self, "object") instanceof PyStr obj)) {
                return ExceptionMethods.__str__(self);
            }
            long start = ((PyInt) attr(self, "start")).value;
            long end = ((PyInt) attr(self, "end")).value;
            if (start >= 0 && start < obj.length() && end == start + 1) {
                return PyStr.of("can't translate " + rangeText(self, "character '"
                    + charEscape(obj.codePointAt((int) start)) + "'"));
            }
            return PyStr.of("can't translate characters " + rangeText(self, null));
        }
    }
}
