package org.pyvm.modules.sre;

import static org.pyvm.modules.sre.SreConstants.*;

/**
 * Membership of a character in a set: the code between an IN-family opcode's skip and
 * its FAILURE. Compare CPython Modules/_sre/sre_lib.h: SRE(charset) and sre.c:
 * charset_loc_ignore.
 */
final class SreCharset {

    private SreCharset() {}

    /** Whether CH is in the set starting at code[p]. */
    static boolean contains(int[] code, int p, int ch) {
        boolean ok = true;
        for (;;) {
            switch (code[p++]) {
                case FAILURE:
                    return !ok;
                case LITERAL:
                    // <LITERAL> <code>
                    if (ch == code[p]) {
                        return ok;
                    }
                    p++;
                    break;
                case CATEGORY:
                    // <CATEGORY> <code>
                    if (SreChars.category(code[p], ch)) {
                        return ok;
                    }
                    p++;
                    break;
                case CHARSET:
                    // <CHARSET> <256-bit bitmap in 8 words>
                    if (ch >= 0 && ch < 256 && (code[p + (ch >>> 5)] & (1 << (ch & 31))) != 0) {
                        return ok;
                    }
                    p += 8;
                    break;
                case RANGE:
                    // <RANGE> <lower> <upper>
                    if (code[p] <= ch && ch <= code[p + 1]) {
                        return ok;
                    }
                    p += 2;
                    break;
                case RANGE_UNI_IGNORE: {
                    // <RANGE_UNI_IGNORE> <lower> <upper>; ch is already lower-cased.
                    if (code[p] <= ch && ch <= code[p + 1]) {
                        return ok;
                    }
                    int uch = SreChars.upperUnicode(ch);
                    if (code[p] <= uch && uch <= code[p + 1]) {
                        return ok;
                    }
                    p += 2;
                    break;
                }
                case NEGATE:
                    ok = !ok;
                    break;
                case BIGCHARSET: {
                    // <BIGCHARSET> <blockcount> <256 block indices as bytes in 64 words> <blocks>
                    int count = code[p++];
                    int block = -1;
                    if (ch >= 0 && ch < 0x10000) {
                        int hi = ch >>> 8;
                        block = (code[p + (hi >>> 2)] >>> ((hi & 3) * 8)) & 0xFF;
                    }
                    p += 64;
                    if (block >= 0) {
                        int bit = block * 256 + (ch & 255);
                        if ((code[p + (bit >>> 5)] & (1 << (bit & 31))) != 0) {
                            return ok;
                        }
                    }
                    p += count * 8;
                    break;
                }
                default:
                    // CPython pretends such a set does not match; its _validate keeps this
                    // from happening. Ours: code from a bug, said loudly.
                    throw SreException.invalidCode();
            }
        }
    }

    /** Compare CPython sre.c: charset_loc_ignore. */
    static boolean containsLocIgnore(int[] code, int p, int ch) {
        int lo = SreChars.lowerLocale(ch);
        if (contains(code, p, lo)) {
            return true;
        }
        int up = SreChars.upperLocale(ch);
        return up != lo && contains(code, p, up);
    }
}
