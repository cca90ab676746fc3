package org.pyvm.modules.json;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * The _json accelerators json.decoder and json.encoder use: scanstring,
 * encode_basestring, encode_basestring_ascii, make_scanner ({@link ScannerObject}) and
 * make_encoder ({@link EncoderObject}). Compare CPython Modules/_json.c:
 * scanstring_unicode, ascii_escape_unicode, escape_unicode.
 */
public final class JsonModule {

    private JsonModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_json");
        m.addFunctions(JsonModule.class);
        m.getDict().setStr("make_scanner", ScannerObject.TYPE);
        m.getDict().setStr("make_encoder", EncoderObject.TYPE);
        return m;
    }

    /** json.decoder.JSONDecodeError(msg, s, pos), as _json.c's raise_errmsg makes it. */
    static PyBaseException decodeError(String msg, PyStr s, long pos) {
        PyObject mod = PyRuntime.modules.getStr("json.decoder");
        if (mod == null) {
            mod = Abstract.call(PyRuntime.builtins.getStr("__import__"), PyStr.of("json.decoder"));
            mod = PyRuntime.modules.getStr("json.decoder");
        }
        PyObject cls = Abstract.getAttr(mod, "JSONDecodeError");
        PyObject e = Abstract.call(cls, PyStr.of(msg), s, PyInt.of(pos));
        return (PyBaseException) e;
    }

    private static PyStr str(PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("first argument must be a string, not " + o.type().getName());
    }

    private static int hex(int c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** scanstring(string, end, strict=True) -> (str, end). Compare _json.c: scanstring_unicode. */
    @ExposedMethod
    static PyObject scanstring(PyObject[] args, String[] kw) {
        int n = args.length - (kw == null ? 0 : kw.length);
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("scanstring() takes no keyword arguments");
        }
        if (n < 2) {
            throw PyErr.typeError("scanstring() takes at least 2 arguments (" + n + " given)");
        }
        if (n > 3) {
            throw PyErr.typeError("scanstring() takes at most 3 arguments (" + n + " given)");
        }
        // "On|p": end and strict are converted before the string's type is checked.
        long end = Abstract.ssizeArg(args[1]);
        boolean strict = n < 3 || Abstract.isTrue(args[2]);
        PyStr s = str(args[0]);
        int[] buf = s.value().codePoints().toArray();
        if (end < 0 || end > buf.length) {
            throw PyErr.valueError("end is out of bounds");
        }
        int[] next = new int[1];
        String v = scanString(s, buf, (int) end, strict, next);
        return PyTuple.of(PyStr.of(v), PyInt.of(next[0]));
    }

    /**
     * The str literal whose body starts at END in BUF (the code points of S), its end
     * index left in NEXT[0]. Compare scanstring_unicode.
     */
    static String scanString(PyStr s, int[] buf, int end, boolean strict, int[] nextOut) {
        int len = buf.length;
        long begin = end - 1;
        StringBuilder out = new StringBuilder();
        int e = end;
        while (true) {
            int next;
            int c = 0;
            for (next = e; next < len; next++) {
                c = buf[next];
                if (c == '"' || c == '\\') {
                    break;
                }
                if (c <= 0x1f && strict) {
                    throw decodeError("Invalid control character at", s, next);
                }
            }
            if (next == len) {
                throw decodeError("Unterminated string starting at", s, begin);
            }
            for (int i = e; i < next; i++) {
                out.appendCodePoint(buf[i]);
            }
            next++;
            if (c == '"') {
                e = next;
                break;
            }
            if (next == len) {
                throw decodeError("Unterminated string starting at", s, begin);
            }
            c = buf[next];
            if (c != 'u') {
                e = next + 1;
                switch (c) {
                    case '"', '\\', '/' -> { }
                    case 'b' -> c = '\b';
                    case 'f' -> c = '\f';
                    case 'n' -> c = '\n';
                    case 'r' -> c = '\r';
                    case 't' -> c = '\t';
                    default -> c = 0;
                }
                if (c == 0) {
                    throw decodeError("Invalid \\escape", s, e - 2);
                }
            } else {
                c = 0;
                next++;
                e = next + 4;
                if (e >= len) {
                    throw decodeError("Invalid \\uXXXX escape", s, next - 1);
                }
                for (; next < e; next++) {
                    int d = hex(buf[next]);
                    if (d < 0) {
                        throw decodeError("Invalid \\uXXXX escape", s, e - 5);
                    }
                    c = c << 4 | d;
                }
                if (c >= 0xd800 && c <= 0xdbff && e + 6 < len && buf[next++] == '\\' && buf[next++] == 'u') {
                    int c2 = 0;
                    e += 6;
                    for (; next < e; next++) {
                        int d = hex(buf[next]);
                        if (d < 0) {
                            throw decodeError("Invalid \\uXXXX escape", s, e - 5);
                        }
                        c2 = c2 << 4 | d;
                    }
                    if (c2 >= 0xdc00 && c2 <= 0xdfff) {
                        c = Character.toCodePoint((char) c, (char) c2);
                    } else {
                        e -= 6;
                    }
                }
            }
            if (c < 0x10000) {
                out.append((char) c);
            } else {
                out.appendCodePoint(c);
            }
        }
        nextOut[0] = e;
        return out.toString();
    }

    private static final String HEX = "0123456789abcdef";

    private static void unicodeEscape(StringBuilder sb, int c) {
        sb.append("\\u").append(HEX.charAt(c >> 12 & 0xf)).append(HEX.charAt(c >> 8 & 0xf)).append(HEX.charAt(c >> 4 & 0xf))
            .append(HEX.charAt(c & 0xf));
    }

    private static boolean shortEscape(StringBuilder sb, int c) {
        switch (c) {
            case '\\' -> sb.append("\\\\");
            case '"' -> sb.append("\\\"");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> {
                return false;
            }
        }
        return true;
    }

    /** encode_basestring_ascii(s): a JSON string literal in ASCII. Compare _json.c: ascii_escape_unicode. */
    @ExposedMethod
    static PyObject encode_basestring_ascii(PyObject o) {
        PyStr s = str(o);
        StringBuilder sb = new StringBuilder(s.value().length() + 2);
        sb.append('"');
        s.value().codePoints().forEach(c -> {
            if (c >= ' ' && c <= '~' && c != '\\' && c != '"') {
                sb.append((char) c);
            } else if (!shortEscape(sb, c)) {
                if (c >= 0x10000) {
                    unicodeEscape(sb, Character.highSurrogate(c));
                    unicodeEscape(sb, Character.lowSurrogate(c));
                } else {
                    unicodeEscape(sb, c);
                }
            }
        });
        sb.append('"');
        return PyStr.of(sb.toString());
    }

    /** encode_basestring(s): a JSON string literal escaping only what JSON requires. Compare _json.c: escape_unicode. */
    @ExposedMethod
    static PyObject encode_basestring(PyObject o) {
        PyStr s = str(o);
        String v = s.value();
        StringBuilder sb = new StringBuilder(v.length() + 2);
        sb.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= ' ' && c != '\\' && c != '"') {
                sb.append(c);
            } else if (!shortEscape(sb, c)) {
                unicodeEscape(sb, c);
            }
        }
        sb.append('"');
        return PyStr.of(sb.toString());
    }

}
