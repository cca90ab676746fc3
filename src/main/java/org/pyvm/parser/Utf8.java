package org.pyvm.parser;

/**
 * UTF-8 validity as CPython's decoder reports it (Objects/stringlib/codecs.h): the first
 * malformed sequence in a byte range and the codec's message. CPython does not validate
 * bytes source up front: comments may hold anything; identifiers and string literals are
 * decoded (and fail) one at a time, so we check them where they are decoded.
 */
final class Utf8 {
    private Utf8() {}

    /** Null when BUF[FROM, TO) is valid UTF-8, else "'utf-8' codec can't decode ..." (positions from FROM). */
    static String check(byte[] buf, int from, int to) {
        int i = from;
        while (i < to) {
            int b = buf[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                if (b == 0xE0) {
                    lo = 0xA0;
                } else if (b == 0xED) {
                    hi = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                if (b == 0xF0) {
                    lo = 0x90;
                } else if (b == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                return msg(buf, from, i, i, "invalid start byte");
            }
            int k = 1;
            for (; k <= need; k++) {
                if (i + k >= to) {
                    return msg(buf, from, i, i + k - 1, "unexpected end of data");
                }
                int c = buf[i + k] & 0xff;
                boolean ok = k == 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xBF;
                if (!ok) {
                    return msg(buf, from, i, i + k - 1, "invalid continuation byte");
                }
            }
            i += need + 1;
        }
        return null;
    }

    private static String msg(byte[] buf, int from, int s, int e, String why) {
        if (s == e) {
            return String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", buf[s] & 0xff, s - from, why);
        }
        return String.format("'utf-8' codec can't decode bytes in position %d-%d: %s", s - from, e - from, why);
    }
}
