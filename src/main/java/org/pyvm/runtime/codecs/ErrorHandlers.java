package org.pyvm.runtime.codecs;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.UnicodeErrors;

/**
 * The standard codec error handlers: their names (which the codecs recognise to run the
 * handler in Java), the pieces of text they produce, and the Python-level functions
 * {@code codecs.lookup_error} returns ({@code strict_errors}, ..., {@code surrogatepass}).
 * Compare CPython Python/codecs.c: PyCodec_StrictErrors ... PyCodec_SurrogateEscapeErrors.
 */
public final class ErrorHandlers {

    private ErrorHandlers() {}

    static final int STRICT = 0;
    static final int IGNORE = 1;
    static final int REPLACE = 2;
    static final int BACKSLASHREPLACE = 3;
    static final int XMLCHARREFREPLACE = 4;
    static final int NAMEREPLACE = 5;
    static final int SURROGATEESCAPE = 6;
    static final int SURROGATEPASS = 7;
    static final int OTHER = 8;

    /** The handler behind an errors= name. Compare unicodeobject.c: _Py_GetErrorHandler. */
    static int kindOf(String errors) {
        if (errors == null) {
            return STRICT;
        }
        return switch (errors) {
            case "strict" -> STRICT;
            case "ignore" -> IGNORE;
            case "replace" -> REPLACE;
            case "backslashreplace" -> BACKSLASHREPLACE;
            case "xmlcharrefreplace" -> XMLCHARREFREPLACE;
            case "namereplace" -> NAMEREPLACE;
            case "surrogateescape" -> SURROGATEESCAPE;
            case "surrogatepass" -> SURROGATEPASS;
            default -> OTHER;
        };
    }

    /** Appends the backslash/xmlcharref/name replacement of C. */
    static void replacement(int kind, int c, StringBuilder sb) {
        if (kind == XMLCHARREFREPLACE) {
            sb.append("&#").append(c).append(';');
            return;
        }
        if (kind == NAMEREPLACE) {
            String n = UnicodeNames.name(c);
            if (n != null) {
                sb.append("\\N{").append(n).append('}');
                return;
            }
        }
        if (c < 0x100) {
            sb.append("\\x").append(hex(c, 2));
        } else if (c < 0x10000) {
            sb.append("\\u").append(hex(c, 4));
        } else {
            sb.append("\\U").append(hex(c, 8));
        }
    }

    static String hex(int v, int digits) {
        String h = Integer.toHexString(v);
        return "0".repeat(Math.max(0, digits - h.length())) + h;
    }

    /** surrogateescape on decoding: up to 4 bytes >= 128 become U+DC80..U+DCFF; how many. */
    static int escapeBytes(byte[] in, int start, int end, StringBuilder out) {
        int n = 0;
        while (n < 4 && start + n < end && (in[start + n] & 0xff) >= 128) {
            out.append((char) (0xdc00 + (in[start + n] & 0xff)));
            n++;
        }
        return n;
    }

    private static final int UTF8 = 1;
    private static final int UTF16LE = 2;
    private static final int UTF16BE = 3;
    private static final int UTF32LE = 4;
    private static final int UTF32BE = 5;

    /** Which UTF an encoding name is, for surrogatepass. Compare codecs.c: get_standard_encoding. */
    private static int standardEncoding(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT);
        if (!e.startsWith("utf")) {
            return e.equals("cp_utf8") ? UTF8 : 0;
        }
        e = e.substring(3);
        if (e.startsWith("-") || e.startsWith("_")) {
            e = e.substring(1);
        }
        int base;
        if (e.startsWith("8")) {
            return e.length() == 1 ? UTF8 : 0;
        } else if (e.startsWith("16")) {
            base = UTF16LE;
        } else if (e.startsWith("32")) {
            base = UTF32LE;
        } else {
            return 0;
        }
        e = e.substring(2);
        if (e.startsWith("-") || e.startsWith("_")) {
            e = e.substring(1);
        }
        return switch (e) {
            case "", "le" -> base;
            case "be" -> base + 1;
            default -> 0;
        };
    }

    /** surrogatepass on decoding: one surrogate encoded at START in ENCODING; bytes used, 0 if none. */
    static int passSurrogate(String encoding, byte[] in, int start, StringBuilder out) {
        int kind = standardEncoding(encoding);
        int c;
        int n;
        switch (kind) {
            case UTF8 -> {
                if (start + 3 > in.length || (in[start] & 0xf0) != 0xe0 || (in[start + 1] & 0xc0) != 0x80
                    || (in[start + 2] & 0xc0) != 0x80) {
                    return 0;
                }
                c = ((in[start] & 0x0f) << 12) | ((in[start + 1] & 0x3f) << 6) | (in[start + 2] & 0x3f);
                n = 3;
            }
            case UTF16LE, UTF16BE -> {
                if (start + 2 > in.length) {
                    return 0;
                }
                c = kind == UTF16LE ? (in[start] & 0xff) | (in[start + 1] & 0xff) << 8
                    : (in[start] & 0xff) << 8 | (in[start + 1] & 0xff);
                n = 2;
            }
            case UTF32LE, UTF32BE -> {
                if (start + 4 > in.length) {
                    return 0;
                }
                c = 0;
                for (int i = 0; i < 4; i++) {
                    int b = in[start + (kind == UTF32LE ? 3 - i : i)] & 0xff;
                    c = c << 8 | b;
                }
                n = 4;
            }
            default -> {
                return 0;
            }
        }
        if (c < 0xd800 || c > 0xdfff) {
            return 0;
        }
        out.append((char) c);
        return n;
    }

    /** surrogatepass on encoding: the bytes of surrogate C in ENCODING, null if not a UTF. */
    static byte[] surrogateBytes(String encoding, int c) {
        return switch (standardEncoding(encoding)) {
            case UTF8 -> new byte[] {(byte) (0xe0 | c >> 12), (byte) (0x80 | (c >> 6 & 0x3f)), (byte) (0x80 | (c & 0x3f))};
            case UTF16LE -> new byte[] {(byte) c, (byte) (c >> 8)};
            case UTF16BE -> new byte[] {(byte) (c >> 8), (byte) c};
            case UTF32LE -> new byte[] {(byte) c, (byte) (c >> 8), 0, 0};
            case UTF32BE -> new byte[] {0, 0, (byte) (c >> 8), (byte) c};
            default -> null;
        };
    }

    // --- the Python-level handlers ---------------------------------------------------

    private static PyBaseException wrongType(PyObject exc) {
        return PyErr.typeError("don't know how to handle " + exc.type().getName() + " in error callback");
    }

    private static boolean is(PyObject exc, org.pyvm.runtime.PyType t) {
        return exc instanceof PyBaseException e && e.matches(t);
    }

    /** start clipped into the object as PyUnicodeEncodeError_GetStart does. */
    private static int start(PyBaseException e, int size) {
        int s = UnicodeErrors.intAttr(e, "start");
        return Math.max(0, Math.min(s, Math.max(0, size - 1)));
    }

    private static int end(PyBaseException e, int size) {
        int s = UnicodeErrors.intAttr(e, "end");
        return Math.max(1, Math.min(s, size));
    }

    private static PyStr strObject(PyBaseException e) {
        if (!(UnicodeErrors.attr(e, "object") instanceof PyStr s)) {
            throw PyErr.typeError("object attribute must be unicode");
        }
        return s;
    }

    private static byte[] bytesObject(PyBaseException e) {
        if (!(UnicodeErrors.attr(e, "object") instanceof PyBytes b)) {
            throw PyErr.typeError("object attribute must be bytes");
        }
        return b.bytes();
    }

    private static int[] cps(PyStr s) {
        return s.value().codePoints().toArray();
    }

    @ExposedMethod
    static PyObject strict_errors(PyObject exc) {
        if (exc instanceof PyBaseException e) {
            throw e;
        }
        throw PyErr.typeError("codec must pass exception instance");
    }

    @ExposedMethod
    static PyObject ignore_errors(PyObject exc) {
        if (is(exc, PyExc.UnicodeEncodeError) || is(exc, PyExc.UnicodeTranslateError)) {
            PyBaseException e = (PyBaseException) exc;
            return PyTuple.of(PyStr.EMPTY, PyInt.of(end(e, strObject(e).length())));
        }
        if (is(exc, PyExc.UnicodeDecodeError)) {
            PyBaseException e = (PyBaseException) exc;
            return PyTuple.of(PyStr.EMPTY, PyInt.of(end(e, bytesObject(e).length)));
        }
        throw wrongType(exc);
    }

    @ExposedMethod
    static PyObject replace_errors(PyObject exc) {
        if (is(exc, PyExc.UnicodeEncodeError) || is(exc, PyExc.UnicodeTranslateError)) {
            PyBaseException e = (PyBaseException) exc;
            int n = strObject(e).length();
            int s = start(e, n);
            int end = end(e, n);
            String rep = (is(exc, PyExc.UnicodeEncodeError) ? "?" : "\ufffd").repeat(Math.max(0, end - s));
            return PyTuple.of(PyStr.of(rep), PyInt.of(end));
        }
        if (is(exc, PyExc.UnicodeDecodeError)) {
            PyBaseException e = (PyBaseException) exc;
            return PyTuple.of(PyStr.of("\ufffd"), PyInt.of(end(e, bytesObject(e).length)));
        }
        throw wrongType(exc);
    }

    private static PyObject charReplace(PyObject exc, int kind) {
        PyBaseException e = (PyBaseException) exc;
        PyStr obj = strObject(e);
        int[] cp = cps(obj);
        int s = start(e, cp.length);
        int end = end(e, cp.length);
        StringBuilder sb = new StringBuilder();
        for (int i = s; i < end; i++) {
            replacement(kind, cp[i], sb);
        }
        return PyTuple.of(PyStr.of(sb.toString()), PyInt.of(end));
    }

    @ExposedMethod
    static PyObject xmlcharrefreplace_errors(PyObject exc) {
        if (!is(exc, PyExc.UnicodeEncodeError)) {
            throw wrongType(exc);
        }
        return charReplace(exc, XMLCHARREFREPLACE);
    }

    @ExposedMethod
    static PyObject backslashreplace_errors(PyObject exc) {
        if (is(exc, PyExc.UnicodeDecodeError)) {
            PyBaseException e = (PyBaseException) exc;
            byte[] b = bytesObject(e);
            int s = start(e, b.length);
            int end = end(e, b.length);
            StringBuilder sb = new StringBuilder();
            for (int i = s; i < end; i++) {
                sb.append("\\x").append(hex(b[i] & 0xff, 2));
            }
            return PyTuple.of(PyStr.of(sb.toString()), PyInt.of(end));
        }
        if (is(exc, PyExc.UnicodeEncodeError) || is(exc, PyExc.UnicodeTranslateError)) {
            return charReplace(exc, BACKSLASHREPLACE);
        }
        throw wrongType(exc);
    }

    @ExposedMethod
    static PyObject namereplace_errors(PyObject exc) {
        if (!is(exc, PyExc.UnicodeEncodeError)) {
            throw wrongType(exc);
        }
        return charReplace(exc, NAMEREPLACE);
    }

    @ExposedMethod
    static PyObject surrogatepass(PyObject exc) {
        if (is(exc, PyExc.UnicodeEncodeError)) {
            PyBaseException e = (PyBaseException) exc;
            String enc = UnicodeErrors.attr(e, "encoding").toString();
            int[] cp = cps(strObject(e));
            int s = start(e, cp.length);
            int end = end(e, cp.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = s; i < end; i++) {
                byte[] b = cp[i] >= 0xd800 && cp[i] <= 0xdfff ? surrogateBytes(enc, cp[i]) : null;
                if (b == null) {
                    throw e;
                }
                out.writeBytes(b);
            }
            return PyTuple.of(new PyBytes(out.toByteArray()), PyInt.of(end));
        }
        if (is(exc, PyExc.UnicodeDecodeError)) {
            PyBaseException e = (PyBaseException) exc;
            String enc = UnicodeErrors.attr(e, "encoding").toString();
            byte[] b = bytesObject(e);
            int s = UnicodeErrors.intAttr(e, "start");
            StringBuilder sb = new StringBuilder();
            int n = s >= 0 && s < b.length ? passSurrogate(enc, b, s, sb) : 0;
            if (n == 0) {
                throw e;
            }
            return PyTuple.of(PyStr.of(sb.toString()), PyInt.of(s + n));
        }
        throw wrongType(exc);
    }

    @ExposedMethod
    static PyObject surrogateescape(PyObject exc) {
        if (is(exc, PyExc.UnicodeEncodeError)) {
            PyBaseException e = (PyBaseException) exc;
            int[] cp = cps(strObject(e));
            int s = start(e, cp.length);
            int end = end(e, cp.length);
            byte[] out = new byte[Math.max(0, end - s)];
            for (int i = s; i < end; i++) {
                if (cp[i] < 0xdc80 || cp[i] > 0xdcff) {
                    throw e;
                }
                out[i - s] = (byte) (cp[i] - 0xdc00);
            }
            return PyTuple.of(new PyBytes(out), PyInt.of(end));
        }
        if (is(exc, PyExc.UnicodeDecodeError)) {
            PyBaseException e = (PyBaseException) exc;
            byte[] b = bytesObject(e);
            int s = start(e, b.length);
            int end = end(e, b.length);
            StringBuilder sb = new StringBuilder();
            int n = escapeBytes(b, s, end, sb);
            if (n == 0) {
                throw e;
            }
            return PyTuple.of(PyStr.of(sb.toString()), PyInt.of(s + n));
        }
        throw wrongType(exc);
    }
}
