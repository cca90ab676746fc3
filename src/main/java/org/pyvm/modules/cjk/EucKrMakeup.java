package org.pyvm.modules.cjk;

import java.io.ByteArrayOutputStream;

/**
 * euc_kr's eight-byte make-up sequences (KS X 1001:1998 Annex 3) for the Hangul syllables
 * the KS X 1001 table lacks: A4 D4 (the filler), then the initial consonant, the vowel and
 * the final consonant (or the filler) as compatibility jamo A4 xx. Compare CPython
 * Modules/cjkcodecs/_codecs_kr.c (euc_kr_encode, euc_kr_decode).
 */
final class EucKrMakeup {

    private EucKrMakeup() {}

    private static final int FIRST = 0xa4;
    private static final int FILLER = 0xd4;

    /** The second byte of each of the 19 initial consonants, in syllable order. */
    private static final int[] INITIAL = {
        0xa1, 0xa2, 0xa4, 0xa7, 0xa8, 0xa9, 0xb1, 0xb2, 0xb3, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd, 0xbe};

    /** The second byte of each of the 28 finals, in syllable order (the filler for none). */
    private static final int[] FINAL = {
        FILLER, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf, 0xb0, 0xb1, 0xb2,
        0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xba, 0xbb, 0xbc, 0xbd, 0xbe};

    private static final int VOWEL_FIRST = 0xbf;
    private static final int VOWELS = 21;

    private static int indexOf(int[] table, int b) {
        for (int i = 0; i < table.length; i++) {
            if (table[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Decodes the sequence at POS (whose first two bytes are A4 D4). As CjkCodec.decode. */
    static int decode(CjkCodec codec, byte[] in, int pos, int end, StringBuilder out) {
        if (end - pos < 8) {
            return CjkCodec.TOOFEW;
        }
        if ((in[pos + 2] & 0xff) != FIRST || (in[pos + 4] & 0xff) != FIRST || (in[pos + 6] & 0xff) != FIRST) {
            return -1;
        }
        int initial = indexOf(INITIAL, in[pos + 3] & 0xff);
        int vowel = (in[pos + 5] & 0xff) - VOWEL_FIRST;
        int fin = indexOf(FINAL, in[pos + 7] & 0xff);
        if (initial < 0 || vowel < 0 || vowel >= VOWELS || fin < 0) {
            return -1;
        }
        out.append((char) (0xac00 + (initial * VOWELS + vowel) * 28 + fin));
        return 8;
    }

    /** Encodes the syllable CP (not in the table) as its make-up sequence. Returns 1. */
    static int encode(CjkCodec codec, int cp, ByteArrayOutputStream out) {
        int s = cp - 0xac00;
        int[] bytes = {FIRST, FILLER, FIRST, INITIAL[s / (VOWELS * 28)], FIRST, VOWEL_FIRST + s / 28 % VOWELS, FIRST, FINAL[s % 28]};
        for (int b : bytes) {
            out.write(b);
        }
        return 1;
    }
}
