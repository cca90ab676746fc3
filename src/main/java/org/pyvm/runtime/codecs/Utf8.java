package org.pyvm.runtime.codecs;

import java.nio.charset.StandardCharsets;
import org.pyvm.runtime.PyStr;

/** UTF-8. Compare CPython Objects/unicodeobject.c: unicode_decode_utf8, and stringlib/codecs.h. */
public final class Utf8 {

    private Utf8() {}

    static final EncodeState.Codec CODEC = (st, c) -> {
        if (c >= 0x80) {
            return false;
        }
        st.put(c);
        return true;
    };

    private static boolean cont(byte b) {
        return (b & 0xc0) == 0x80;
    }

    /** Decodes IN[0..len) with ERRORS; FINAL false stops before a sequence the input cuts off. */
    public static Decoded decode(byte[] in, String errors, boolean fin) {
        int n = in.length;
        int i = 0;
        while (i < n && in[i] >= 0) {
            i++;
        }
        if (i == n) {
            return new Decoded(new String(in, StandardCharsets.ISO_8859_1), n, 0);
        }
        DecodeState st = new DecodeState("utf-8", in, errors);
        st.out.append(new String(in, 0, i, StandardCharsets.ISO_8859_1));
        while (i < st.in.length) {
            byte[] b = st.in;
            n = b.length;
            int c0 = b[i] & 0xff;
            if (c0 < 0x80) {
                st.out.append((char) c0);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            if (c0 < 0xc2) {
                i = st.error("invalid start byte", i, i + 1);
                continue;
            } else if (c0 < 0xe0) {
                need = 1;
            } else if (c0 < 0xf0) {
                need = 2;
                if (c0 == 0xe0) {
                    lo = 0xa0;
                } else if (c0 == 0xed) {
                    hi = 0x9f;
                }
            } else if (c0 < 0xf5) {
                need = 3;
                if (c0 == 0xf0) {
                    lo = 0x90;
                } else if (c0 == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                i = st.error("invalid start byte", i, i + 1);
                continue;
            }
            // How many bytes after the lead are valid continuations (the first with its narrower range).
            int ok = 0;
            while (ok < need && i + 1 + ok < n) {
                int cb = b[i + 1 + ok] & 0xff;
                boolean good = ok == 0 ? cb >= lo && cb <= hi : cont(b[i + 1 + ok]);
                if (!good) {
                    break;
                }
                ok++;
            }
            if (ok == need) {
                int c = c0 & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07);
                for (int k = 1; k <= need; k++) {
                    c = c << 6 | (b[i + k] & 0x3f);
                }
                st.append(c);
                i += need + 1;
                continue;
            }
            if (i + 1 + ok == n) {
                // The input ends inside a valid prefix.
                if (!fin) {
                    break;
                }
                i = st.error("unexpected end of data", i, n);
                continue;
            }
            if (!fin && c0 == 0xed && ok == 0 && i + 2 == n && (b[i + 1] & 0xff) >= 0xa0) {
                // A surrogate's first two bytes at the end: wait for the third, which an
                // error handler such as surrogatepass may take (unicode_decode_utf8).
                break;
            }
            i = st.error("invalid continuation byte", i, i + 1 + ok);
        }
        return new Decoded(st.text(), Math.min(i, st.in.length), 0);
    }

    /** str.encode('utf-8', errors). Compare unicodeobject.c: unicode_encode_utf8. */
    public static byte[] encode(PyStr s, String errors) {
        String v = s.value();
        boolean surrogates = false;
        for (int k = 0; k < v.length(); k++) {
            if (Character.isSurrogate(v.charAt(k))) {
                surrogates = true;
                break;
            }
        }
        if (!surrogates) {
            return v.getBytes(StandardCharsets.UTF_8);
        }
        int[] cps = v.codePoints().toArray();
        EncodeState st = new EncodeState("utf-8", s, cps, errors, CODEC);
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (c < 0x80) {
                st.put(c);
            } else if (c < 0x800) {
                st.put(0xc0 | c >> 6);
                st.put(0x80 | (c & 0x3f));
            } else if (c >= 0xd800 && c <= 0xdfff) {
                int e = i + 1;
                while (e < cps.length && cps[e] >= 0xd800 && cps[e] <= 0xdfff) {
                    e++;
                }
                i = st.error("surrogates not allowed", i, e);
                continue;
            } else if (c < 0x10000) {
                st.put(0xe0 | c >> 12);
                st.put(0x80 | (c >> 6 & 0x3f));
                st.put(0x80 | (c & 0x3f));
            } else {
                st.put(0xf0 | c >> 18);
                st.put(0x80 | (c >> 12 & 0x3f));
                st.put(0x80 | (c >> 6 & 0x3f));
                st.put(0x80 | (c & 0x3f));
            }
            i++;
        }
        return st.bytes();
    }
}
