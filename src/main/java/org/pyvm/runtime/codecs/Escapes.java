package org.pyvm.runtime.codecs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyStr;

/**
 * The escape codecs: unicode_escape and raw_unicode_escape (str to and from Python
 * literal escapes in Latin-1 bytes) and escape_encode/escape_decode (bytes literals).
 * Compare CPython Objects/unicodeobject.c: _PyUnicode_DecodeUnicodeEscapeInternal,
 * PyUnicode_AsUnicodeEscapeString, PyUnicode_DecodeRawUnicodeEscape, and
 * Objects/bytesobject.c: _PyBytes_DecodeEscape, Modules/_codecsmodule.c: escape_encode.
 * (CPython 3.12 also warns about invalid escapes; pyvm does not issue those warnings.)
 */
public final class Escapes {

    private Escapes() {}

    private static int hexDigit(int c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** unicode_escape_decode. FINAL false stops before an escape the input cuts off. */
    public static Decoded decodeUnicodeEscape(byte[] in, String errors, boolean fin) {
        DecodeState st = new DecodeState("unicodeescape", in, errors);
        int invalid = -1;
        int s = 0;
        while (s < st.in.length) {
            byte[] b = st.in;
            int end = b.length;
            int c = b[s] & 0xff;
            if (c != '\\') {
                st.out.append((char) c);
                s++;
                continue;
            }
            int start = s;
            s++;
            if (s >= end) {
                if (!fin) {
                    s = start;
                    break;
                }
                s = st.error("\\ at end of string", start, end);
                continue;
            }
            c = b[s++] & 0xff;
            String message;
            switch (c) {
                case '\n' -> {
                    continue;
                }
                case '\\', '\'', '"' -> {
                    st.out.append((char) c);
                    continue;
                }
                case 'b' -> {
                    st.out.append('\b');
                    continue;
                }
                case 'f' -> {
                    st.out.append('\f');
                    continue;
                }
                case 't' -> {
                    st.out.append('\t');
                    continue;
                }
                case 'n' -> {
                    st.out.append('\n');
                    continue;
                }
                case 'r' -> {
                    st.out.append('\r');
                    continue;
                }
                case 'v' -> {
                    st.out.append('\u000b');
                    continue;
                }
                case 'a' -> {
                    st.out.append('\u0007');
                    continue;
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int k = 0; k < 2 && s < end && b[s] >= '0' && b[s] <= '7'; k++) {
                        v = v * 8 + (b[s++] - '0');
                    }
                    if (v > 0377 && invalid < 0) {
                        invalid = s - 3;
                    }
                    st.append(v);
                    continue;
                }
                case 'x', 'u', 'U' -> {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    message = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape"
                        : "truncated \\UXXXXXXXX escape";
                    long ch = 0;
                    boolean bad = false;
                    boolean incomplete = false;
                    for (; count > 0; count--) {
                        if (s >= end) {
                            incomplete = true;
                            break;
                        }
                        int d = hexDigit(b[s] & 0xff);
                        if (d < 0) {
                            bad = true;
                            break;
                        }
                        ch = ch << 4 | d;
                        s++;
                    }
                    if (incomplete && !fin) {
                        s = start;
                        return new Decoded(st.text(), s, 0);
                    }
                    if (!bad && !incomplete) {
                        if (ch > 0x10ffff) {
                            message = "illegal Unicode character";
                        } else {
                            st.append((int) ch);
                            continue;
                        }
                    }
                }
                case 'N' -> {
                    message = "malformed \\N character escape";
                    if (s >= end) {
                        if (!fin) {
                            s = start;
                            return new Decoded(st.text(), s, 0);
                        }
                        break;
                    }
                    if (b[s] == '{') {
                        int nameStart = ++s;
                        while (s < end && b[s] != '}') {
                            s++;
                        }
                        if (s >= end) {
                            if (!fin) {
                                return new Decoded(st.text(), start, 0);
                            }
                            break;
                        }
                        if (s > nameStart) {
                            String name = new String(b, nameStart, s - nameStart, StandardCharsets.ISO_8859_1);
                            s++;
                            int cp = UnicodeNames.lookup(name);
                            if (cp >= 0) {
                                st.append(cp);
                                continue;
                            }
                            message = "unknown Unicode character name";
                        }
                    }
                }
                default -> {
                    if (invalid < 0) {
                        invalid = s - 1;
                    }
                    st.out.append('\\').append((char) c);
                    continue;
                }
            }
            s = st.error(message, start, s);
        }
        Decoded d = new Decoded(st.text(), Math.min(s, st.in.length), 0);
        warnInvalid(st.in, invalid);
        return d;
    }

    /**
     * The DeprecationWarning for the first invalid escape at INVALID (the character after
     * the backslash; -1: none), as PyBytes_DecodeEscape and _PyUnicode_DecodeUnicodeEscape's
     * callers issue it (Objects/bytesobject.c, Objects/unicodeobject.c).
     */
    private static void warnInvalid(byte[] in, int invalid) {
        if (invalid < 0 || invalid >= in.length) {
            return;
        }
        int c = in[invalid] & 0xff;
        String message;
        if (c >= '4' && c <= '7') {
            String digits = new String(in, invalid, Math.min(3, in.length - invalid), StandardCharsets.ISO_8859_1);
            message = "invalid octal escape sequence '\\" + digits + "'";
        } else {
            message = "invalid escape sequence '\\" + (char) c + "'";
        }
        org.pyvm.runtime.Abstract.warn(org.pyvm.runtime.PyExc.DeprecationWarning, message);
    }

    /** raw_unicode_escape_decode: only \\u and \\U after an odd run of backslashes are escapes. */
    public static Decoded decodeRawUnicodeEscape(byte[] in, String errors, boolean fin) {
        DecodeState st = new DecodeState("rawunicodeescape", in, errors);
        int s = 0;
        while (s < st.in.length) {
            byte[] b = st.in;
            int end = b.length;
            if (b[s] != '\\') {
                st.out.append((char) (b[s++] & 0xff));
                continue;
            }
            int start = s;
            int bs = s;
            while (s < end && b[s] == '\\') {
                st.out.append('\\');
                s++;
            }
            if (((s - bs) & 1) == 1 && s >= end && !fin) {
                // An odd run at the end may be the start of an escape: leave its last backslash.
                st.out.setLength(st.out.length() - 1);
                return new Decoded(st.text(), s - 1, 0);
            }
            if (((s - bs) & 1) == 0 || s >= end || (b[s] != 'u' && b[s] != 'U')) {
                continue;
            }
            st.out.setLength(st.out.length() - 1);
            int count = b[s] == 'u' ? 4 : 8;
            String message = count == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
            s++;
            long ch = 0;
            boolean ok = true;
            for (; count > 0; count--) {
                if (s >= end) {
                    if (!fin) {
                        return new Decoded(st.text(), start, 0);
                    }
                    ok = false;
                    break;
                }
                int d = hexDigit(b[s] & 0xff);
                if (d < 0) {
                    ok = false;
                    break;
                }
                ch = ch << 4 | d;
                s++;
            }
            if (ok) {
                if (ch <= 0x10ffff) {
                    st.append((int) ch);
                    continue;
                }
                message = "\\Uxxxxxxxx out of range";
            }
            s = st.error(message, start, s);
        }
        return new Decoded(st.text(), Math.min(s, st.in.length), 0);
    }

    /** unicode_escape_encode. */
    public static byte[] encodeUnicodeEscape(PyStr str) {
        StringBuilder sb = new StringBuilder();
        str.value().codePoints().forEach(c -> {
            if (c >= 0x10000) {
                sb.append("\\U").append(ErrorHandlers.hex(c, 8));
            } else if (c >= 0x100) {
                sb.append("\\u").append(ErrorHandlers.hex(c, 4));
            } else if (c == '\\') {
                sb.append("\\\\");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append("\\x").append(ErrorHandlers.hex(c, 2));
            } else {
                sb.append((char) c);
            }
        });
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** raw_unicode_escape_encode. */
    public static byte[] encodeRawUnicodeEscape(PyStr str) {
        StringBuilder sb = new StringBuilder();
        str.value().codePoints().forEach(c -> {
            if (c >= 0x10000) {
                sb.append("\\U").append(ErrorHandlers.hex(c, 8));
            } else if (c >= 0x100) {
                sb.append("\\u").append(ErrorHandlers.hex(c, 4));
            } else {
                sb.append((char) c);
            }
        });
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** escape_encode: bytes as in a bytes literal without the quotes. */
    public static byte[] escapeEncode(byte[] in) {
        StringBuilder sb = new StringBuilder();
        for (byte x : in) {
            int c = x & 0xff;
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < ' ' || c >= 0x7f) {
                        sb.append("\\x").append(ErrorHandlers.hex(c, 2));
                    } else {
                        sb.append((char) c);
                    }
                }
            }
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** escape_decode: the escapes of a bytes literal; ERRORS strict, replace or ignore. */
    public static byte[] escapeDecode(byte[] in, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int invalid = -1;
        int s = 0;
        int end = in.length;
        while (s < end) {
            int c = in[s] & 0xff;
            if (c != '\\') {
                out.write(c);
                s++;
                continue;
            }
            s++;
            if (s >= end) {
                throw PyErr.valueError("Trailing \\ in string");
            }
            c = in[s++] & 0xff;
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.write(c);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int k = 0; k < 2 && s < end && in[s] >= '0' && in[s] <= '7'; k++) {
                        v = v * 8 + (in[s++] - '0');
                    }
                    if (v > 0377 && invalid < 0) {
                        invalid = s - 3;
                    }
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    if (s + 1 < end && hexDigit(in[s] & 0xff) >= 0 && hexDigit(in[s + 1] & 0xff) >= 0) {
                        out.write(hexDigit(in[s] & 0xff) << 4 | hexDigit(in[s + 1] & 0xff));
                        s += 2;
                        break;
                    }
                    if (errors == null || errors.equals("strict")) {
                        throw PyErr.valueError("invalid \\x escape at position " + (s - 2));
                    }
                    if (errors.equals("replace")) {
                        out.write('?');
                    } else if (!errors.equals("ignore")) {
                        throw PyErr.valueError("decoding error; unknown error handling code: " + errors);
                    }
                    if (s < end && hexDigit(in[s] & 0xff) >= 0) {
                        s++;
                    }
                }
                default -> {
                    if (invalid < 0) {
                        invalid = s - 1;
                    }
                    out.write('\\');
                    out.write(c);
                }
            }
        }
        byte[] r = out.toByteArray();
        warnInvalid(in, invalid);
        return r;
    }
}
