package org.pyvm.runtime.codecs;

import java.nio.charset.StandardCharsets;
import org.pyvm.runtime.PyStr;

/**
 * UTF-7 (RFC 2152) with CPython's choices: set O and white space are written directly,
 * '+' as "+-". Compare CPython Objects/unicodeobject.c: PyUnicode_DecodeUTF7Stateful,
 * _PyUnicode_EncodeUTF7.
 */
public final class Utf7 {

    private Utf7() {}

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private static boolean isBase64(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/';
    }

    private static int fromBase64(int c) {
        return B64.indexOf(c);
    }

    /** Characters encoded as themselves: set D, set O and white space (not + \ ~ or controls). */
    private static boolean encodeDirect(int c) {
        if (c <= 0 || c >= 128) {
            return false;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            return true;
        }
        if (c < ' ' || c == 0x7f || c == '+' || c == '\\' || c == '~') {
            return false;
        }
        return true;
    }

    public static byte[] encode(PyStr str) {
        StringBuilder out = new StringBuilder();
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        for (int ch : str.value().codePoints().toArray()) {
            if (inShift) {
                if (encodeDirect(ch)) {
                    if (bits > 0) {
                        out.append(B64.charAt((int) (buffer << (6 - bits)) & 0x3f));
                        buffer = 0;
                        bits = 0;
                    }
                    inShift = false;
                    if (isBase64(ch) || ch == '-') {
                        out.append('-');
                    }
                    out.append((char) ch);
                    continue;
                }
            } else if (ch == '+') {
                out.append("+-");
                continue;
            } else if (encodeDirect(ch)) {
                out.append((char) ch);
                continue;
            } else {
                out.append('+');
                inShift = true;
            }
            if (ch >= 0x10000) {
                bits += 16;
                buffer = buffer << 16 | Character.highSurrogate(ch);
                while (bits >= 6) {
                    out.append(B64.charAt((int) (buffer >> (bits - 6)) & 0x3f));
                    bits -= 6;
                }
                ch = Character.lowSurrogate(ch);
            }
            bits += 16;
            buffer = buffer << 16 | ch;
            while (bits >= 6) {
                out.append(B64.charAt((int) (buffer >> (bits - 6)) & 0x3f));
                bits -= 6;
            }
            buffer &= (1L << bits) - 1;
        }
        if (bits > 0) {
            out.append(B64.charAt((int) (buffer << (6 - bits)) & 0x3f));
        }
        if (inShift) {
            out.append('-');
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    public static Decoded decode(byte[] in, String errors, boolean fin) {
        DecodeState st = new DecodeState("utf7", in, errors);
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        int surrogate = 0;
        int shiftOutStart = 0;
        int startinpos = 0;
        int s = 0;
        while (true) {
            while (s < st.in.length) {
                int ch = st.in[s] & 0xff;
                String errmsg = null;
                if (inShift) {
                    if (isBase64(ch)) {
                        buffer = buffer << 6 | fromBase64(ch);
                        bits += 6;
                        s++;
                        if (bits >= 16) {
                            int outCh = (int) (buffer >> (bits - 16)) & 0xffff;
                            bits -= 16;
                            buffer &= (1L << bits) - 1;
                            if (surrogate != 0) {
                                if (Character.isLowSurrogate((char) outCh)) {
                                    st.append(Character.toCodePoint((char) surrogate, (char) outCh));
                                    surrogate = 0;
                                    continue;
                                }
                                st.out.append((char) surrogate);
                                surrogate = 0;
                            }
                            if (Character.isHighSurrogate((char) outCh)) {
                                surrogate = outCh;
                            } else {
                                st.out.append((char) outCh);
                            }
                        }
                    } else {
                        inShift = false;
                        if (bits >= 6) {
                            s++;
                            errmsg = "partial character in shift sequence";
                        } else if (buffer != 0) {
                            s++;
                            errmsg = "non-zero padding bits in shift sequence";
                        } else {
                            if (surrogate != 0 && ch <= 127 && ch != '+') {
                                st.out.append((char) surrogate);
                            }
                            surrogate = 0;
                            if (ch == '-') {
                                s++;
                            }
                        }
                    }
                } else if (ch == '+') {
                    startinpos = s;
                    s++;
                    if (s < st.in.length && st.in[s] == '-') {
                        s++;
                        st.out.append('+');
                    } else if (s < st.in.length && !isBase64(st.in[s] & 0xff)) {
                        s++;
                        errmsg = "ill-formed sequence";
                    } else {
                        inShift = true;
                        surrogate = 0;
                        shiftOutStart = st.out.length();
                        bits = 0;
                        buffer = 0;
                    }
                } else if (ch <= 127) {
                    s++;
                    st.out.append((char) ch);
                } else {
                    startinpos = s;
                    s++;
                    errmsg = "unexpected special character";
                }
                if (errmsg != null) {
                    s = st.error(errmsg, startinpos, s);
                }
            }
            if (inShift && fin) {
                inShift = false;
                if (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0)) {
                    s = st.error("unterminated shift sequence", startinpos, st.in.length);
                    if (s < st.in.length) {
                        continue;
                    }
                }
            }
            break;
        }
        if (!fin && inShift) {
            st.out.setLength(shiftOutStart);
            return new Decoded(st.text(), startinpos, 0);
        }
        return new Decoded(st.text(), s, 0);
    }
}
