package org.pyvm.runtime.codecs;

import java.nio.charset.StandardCharsets;
import org.pyvm.runtime.PyStr;

/**
 * Latin-1 and ASCII: one byte per character below 256 or 128. Compare CPython
 * Objects/unicodeobject.c: unicode_encode_ucs1, PyUnicode_DecodeASCII, _PyUnicode_DecodeLatin1.
 */
public final class Latin1 {

    private Latin1() {}

    public static Decoded decodeLatin1(byte[] in) {
        return new Decoded(new String(in, StandardCharsets.ISO_8859_1), in.length, 0);
    }

    public static Decoded decodeAscii(byte[] in, String errors) {
        int i = 0;
        while (i < in.length && in[i] >= 0) {
            i++;
        }
        if (i == in.length) {
            return new Decoded(new String(in, StandardCharsets.ISO_8859_1), in.length, 0);
        }
        DecodeState st = new DecodeState("ascii", in, errors);
        st.out.append(new String(in, 0, i, StandardCharsets.ISO_8859_1));
        while (i < st.in.length) {
            int c = st.in[i];
            if (c >= 0) {
                st.out.append((char) c);
                i++;
            } else {
                i = st.error("ordinal not in range(128)", i, i + 1);
            }
        }
        return new Decoded(st.text(), st.in.length, 0);
    }

    public static byte[] encodeLatin1(PyStr s, String errors) {
        return encode(s, errors, 256, "latin-1");
    }

    public static byte[] encodeAscii(PyStr s, String errors) {
        return encode(s, errors, 128, "ascii");
    }

    private static byte[] encode(PyStr s, String errors, int limit, String name) {
        String v = s.value();
        int k = 0;
        while (k < v.length() && v.charAt(k) < limit) {
            k++;
        }
        if (k == v.length()) {
            return v.getBytes(StandardCharsets.ISO_8859_1);
        }
        int[] cps = v.codePoints().toArray();
        EncodeState st = new EncodeState(name, s, cps, errors, (es, c) -> {
            if (c >= limit) {
                return false;
            }
            es.put(c);
            return true;
        });
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (c < limit) {
                st.put(c);
                i++;
                continue;
            }
            int e = i + 1;
            while (e < cps.length && cps[e] >= limit) {
                e++;
            }
            i = st.error("ordinal not in range(" + limit + ")", i, e);
        }
        return st.bytes();
    }
}
