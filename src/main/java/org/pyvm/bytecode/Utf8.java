package org.pyvm.bytecode;

import java.io.ByteArrayOutputStream;

/**
 * UTF-8 with the {@code surrogatepass} error handler, as marshal reads and writes
 * {@code str}: lone surrogates travel as their 3-byte encodings. Decoding errors carry
 * CPython's {@code UnicodeDecodeError} message. Compare CPython Objects/stringlib/codecs.h:
 * utf8_decode, Objects/unicodeobject.c: unicode_decode_utf8, Python/codecs.c:
 * PyCodec_SurrogatePassErrors.
 */
final class Utf8 {

    private Utf8() {}

    private static boolean cont(int b) {
        return (b & 0xc0) == 0x80;
    }

    /** Decodes b[from, from+n) or throws UnicodeDecodeError as CPython does. */
    static String decode(byte[] b, int from, int n) {
        StringBuilder sb = new StringBuilder(n);
        int end = from + n;
        int i = from;
        while (i < end) {
            int ch = b[i] & 0xff;
            if (ch < 0x80) {
                sb.append((char) ch);
                i++;
                continue;
            }
            int left = end - i;
            int errEnd; // end of the bad range (exclusive); reason below
            String reason;
            if (ch < 0xc2) {
                errEnd = i + 1;
                reason = "invalid start byte";
            } else if (ch < 0xe0) {
                if (left < 2) {
                    errEnd = end;
                    reason = "unexpected end of data";
                } else if (!cont(b[i + 1] & 0xff)) {
                    errEnd = i + 1;
                    reason = "invalid continuation byte";
                } else {
                    sb.append((char) (((ch & 0x1f) << 6) | (b[i + 1] & 0x3f)));
                    i += 2;
                    continue;
                }
            } else if (ch < 0xf0) {
                int c2 = left >= 2 ? b[i + 1] & 0xff : -1;
                boolean bad2 = c2 >= 0 && (!cont(c2) || (c2 < 0xa0 ? ch == 0xe0 : ch == 0xed));
                if (left < 2) {
                    errEnd = end;
                    reason = "unexpected end of data";
                } else if (bad2) {
                    errEnd = i + 1;
                    reason = "invalid continuation byte";
                } else if (left < 3) {
                    errEnd = end;
                    reason = "unexpected end of data";
                } else if (!cont(b[i + 2] & 0xff)) {
                    errEnd = i + 2;
                    reason = "invalid continuation byte";
                } else {
                    sb.append((char) (((ch & 0x0f) << 12) | ((c2 & 0x3f) << 6) | (b[i + 2] & 0x3f)));
                    i += 3;
                    continue;
                }
            } else if (ch < 0xf5) {
                int c2 = left >= 2 ? b[i + 1] & 0xff : -1;
                boolean bad2 = c2 >= 0 && (!cont(c2) || (c2 < 0x90 ? ch == 0xf0 : ch == 0xf4));
                if (left < 2) {
                    errEnd = end;
                    reason = "unexpected end of data";
                } else if (bad2) {
                    errEnd = i + 1;
                    reason = "invalid continuation byte";
                } else if (left < 3) {
                    errEnd = end;
                    reason = "unexpected end of data";
                } else if (!cont(b[i + 2] & 0xff)) {
                    errEnd = i + 2;
                    reason = "invalid continuation byte";
                } else if (left < 4) {
                    errEnd = end;
                    reason = "unexpected end of data";
                } else if (!cont(b[i + 3] & 0xff)) {
                    errEnd = i + 3;
                    reason = "invalid continuation byte";
                } else {
                    int cp = ((ch & 0x07) << 18) | ((c2 & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
                    sb.appendCodePoint(cp);
                    i += 4;
                    continue;
                }
            } else {
                errEnd = i + 1;
                reason = "invalid start byte";
            }
            // surrogatepass: a 3-byte encoding of U+D800..U+DFFF decodes to that code unit.
            if (left >= 3 && (ch & 0xf0) == 0xe0 && cont(b[i + 1] & 0xff) && cont(b[i + 2] & 0xff)) {
                int cp = ((ch & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
                if (cp >= 0xd800 && cp <= 0xdfff) {
                    sb.append((char) cp);
                    i += 3;
                    continue;
                }
            }
            throw error(b, from, n, i - from, errEnd - from, reason);
        }
        return sb.toString();
    }

    // Compare CPython Objects/exceptions.c: UnicodeDecodeError_str.
    private static MarshalException error(byte[] b, int from, int n, int start, int end, String reason) {
        String msg = end == start + 1
            ? String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[from + start] & 0xff, start, reason)
            : String.format("'utf-8' codec can't decode bytes in position %d-%d: %s", start, end - 1, reason);
        byte[] object = java.util.Arrays.copyOfRange(b, from, from + n);
        return new MarshalException("UnicodeDecodeError", msg,
            new MarshalException.DecodeError(object, start, end, reason));
    }

    /** Encodes s; a valid surrogate pair becomes one 4-byte sequence, a lone surrogate 3 bytes. */
    static byte[] encode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | (c >> 6));
                out.write(0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out.write(0xf0 | (cp >> 18));
                out.write(0x80 | ((cp >> 12) & 0x3f));
                out.write(0x80 | ((cp >> 6) & 0x3f));
                out.write(0x80 | (cp & 0x3f));
            } else {
                out.write(0xe0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3f));
                out.write(0x80 | (c & 0x3f));
            }
        }
        return out.toByteArray();
    }

    /** Whether every char is ASCII (marshal then writes the compact ASCII types). */
    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
