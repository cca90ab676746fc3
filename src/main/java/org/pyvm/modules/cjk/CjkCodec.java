package org.pyvm.modules.cjk;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;

/**
 * One stateless CJK multibyte codec: its tables and the step that decodes or encodes one
 * character. The drivers (MultibyteCodecObject and the incremental and stream types) loop
 * over these steps and handle errors as CPython's Modules/cjkcodecs/multibytecodec.c
 * does; the per-encoding rules (lead bytes, the three-byte JIS X 0212 plane of euc_jp, the
 * four-byte sequences of gb18030, the KS X 1001 make-up sequences of euc_kr, the two-code-point
 * pairs of big5hkscs) mirror Modules/cjkcodecs/_codecs_*.c. The tables come from the JDK's
 * charsets with the differences from CPython's mappings patched (see CjkTables).
 */
class CjkCodec {

    /** A decode step that needs more input than there is. Compare MBERR_TOOFEW. */
    static final int TOOFEW = 0;

    final String name;
    /** Byte to code point for one-byte characters, -1 where the byte is not one. */
    final int[] single = new int[256];
    /** (lead << 8 | trail) to code point, -1 for none, or -2 - i for PAIRS[i]. */
    final int[] dbl = new int[65536];
    /** Two-code-point decodings (big5hkscs, JIS X 0213): each {first, second}. */
    int[][] pairs = new int[0][];
    /** Bytes that are neither characters nor lead bytes (shift_jis only; others treat every such byte as a lead). */
    final boolean[] illegalAlone = new boolean[256];
    /** euc_jp: 0x8F b2 b3 (JIS X 0212) as (b2 << 8 | b3) to code point; null for other codecs. */
    int[] triple;
    /**
     * euc_jis_2004/euc_jisx0213: the JIS X 0212 sequences, decoded where JIS X 0213's
     * plane 2 (TRIPLE) has nothing, and encoded only for code points JIS X 0213 lacks.
     */
    int[] late;
    /** Two-byte sequences that are illegal as a whole (length 2): the 2004 additions in the x0213 codecs. */
    java.util.BitSet illegalPairs;
    /** Code points that start a two-code-point sequence with a code of its own (big5hkscs, JIS X 0213). */
    final java.util.BitSet pairStart = new java.util.BitSet();
    /** (first << 21 | second) to the bytes of such a sequence. */
    final HashMap<Long, Integer> pairEnc = new HashMap<>();
    /** gb18030: the four-byte BMP sequences 81 30 81 30 .. 84 39 FE 39 by linear index; null for others. */
    int[] quad;
    /** BMP code point to bytes (big-endian in an int; -1 for none). */
    final int[] enc = new int[65536];
    /** Code points above the BMP to bytes. */
    final HashMap<Integer, Integer> encHigh = new HashMap<>();

    CjkCodec(String name) {
        this.name = name;
        java.util.Arrays.fill(single, -1);
        java.util.Arrays.fill(dbl, -1);
        java.util.Arrays.fill(enc, -1);
    }

    /**
     * Decodes the character at IN[POS..END) into OUT. Returns the bytes it took (> 0),
     * TOOFEW when the input ends inside a sequence, or -n when the n bytes at POS are
     * illegal (1, or 2 for the x0213 codecs' ILLEGALPAIRS, as CPython's CJK decoders say).
     * STATE is the codec's state across calls (the stateless codecs ignore it).
     */
    int decode(byte[] in, int pos, int end, StringBuilder out, long[] state) {
        int c = in[pos] & 0xff;
        int s = single[c];
        if (s >= 0) {
            out.append((char) s);
            return 1;
        }
        if (illegalAlone[c]) {
            return -1;
        }
        if (end - pos < 2) {
            return TOOFEW;
        }
        int c2 = in[pos + 1] & 0xff;
        if (triple != null && c == 0x8f) {
            // euc_jp's JIS X 0212 plane: three bytes. Compare _codecs_jp.c euc_jp_decode.
            if (end - pos < 3) {
                return TOOFEW;
            }
            int k = c2 << 8 | (in[pos + 2] & 0xff);
            int v = triple[k];
            if (v < 0 && late != null) {
                v = late[k];
            }
            if (v < 0) {
                return -1;
            }
            out.appendCodePoint(v);
            return 3;
        }
        if (quad != null && c2 >= 0x30 && c2 <= 0x39) {
            return decodeQuad(in, pos, end, out);
        }
        int v = dbl[c << 8 | c2];
        if (v >= 0) {
            out.appendCodePoint(v);
            return 2;
        }
        if (v < -1) {
            int[] p = pairs[-2 - v];
            out.appendCodePoint(p[0]).appendCodePoint(p[1]);
            return 2;
        }
        if (name.equals("euc_kr") && c == 0xa4 && c2 == 0xd4) {
            return EucKrMakeup.decode(this, in, pos, end, out);
        }
        return illegalPairs != null && illegalPairs.get(c << 8 | c2) ? -2 : -1;
    }

    /** gb18030's four-byte sequences: a table for the BMP, arithmetic above it. Compare _codecs_cn.c gb18030_decode. */
    private int decodeQuad(byte[] in, int pos, int end, StringBuilder out) {
        if (end - pos < 4) {
            return TOOFEW;
        }
        int c1 = in[pos] & 0xff;
        int c2 = in[pos + 1] & 0xff;
        int c3 = in[pos + 2] & 0xff;
        int c4 = in[pos + 3] & 0xff;
        if (c3 < 0x81 || c3 > 0xfe || c4 < 0x30 || c4 > 0x39) {
            return -1;
        }
        int low = (c3 - 0x81) * 10 + (c4 - 0x30);
        if (c1 >= 0x81 && c1 <= 0x84) {
            int v = quad[((c1 - 0x81) * 10 + (c2 - 0x30)) * 1260 + low];
            if (v < 0) {
                return -1;
            }
            out.append((char) v);
            return 4;
        }
        if (c1 >= 0x90 && c1 <= 0xe3) {
            int cp = 0x10000 + ((c1 - 0x90) * 10 + (c2 - 0x30)) * 1260 + low;
            if (cp > 0x10ffff) {
                return -1;
            }
            out.appendCodePoint(cp);
            return 4;
        }
        return -1;
    }

    /**
     * Encodes the code point at CPS[POS] (with the next one for big5hkscs's pairs) into
     * OUT. Returns the code points it took (> 0), TOOFEW when a pair might follow but the
     * input ends and FLUSH is false, or -1 when the code point has no encoding.
     */
    int encode(int[] cps, int pos, int end, ByteArrayOutputStream out, boolean flush, long[] state) {
        int cp = cps[pos];
        if (cp < 0x10000 && pairStart.get(cp)) {
            // A base that a combining mark may follow: one code for both (big5hkscs's
            // Ê̄, JIS X 0213's か゚ ...); at the end of a piece, wait for the next one.
            if (pos + 1 < end) {
                Integer b = pairEnc.get((long) cp << 21 | cps[pos + 1]);
                if (b != null) {
                    put(b, out);
                    return 2;
                }
            } else if (!flush) {
                return TOOFEW;
            }
        }
        int b;
        if (cp < 0x10000) {
            b = enc[cp];
        } else if (quad != null) {
            int i = cp - 0x10000;
            b = (0x90 + i / 12600) << 24 | (0x30 + i / 1260 % 10) << 16 | (0x81 + i / 10 % 126) << 8 | (0x30 + i % 10);
        } else {
            Integer v = encHigh.get(cp);
            b = v == null ? -1 : v;
        }
        if (b == -1) {
            if (name.equals("euc_kr") && cp >= 0xac00 && cp <= 0xd7a3) {
                return EucKrMakeup.encode(this, cp, out);
            }
            return -1;
        }
        put(b, out);
        return 1;
    }

    /**
     * What the encoder writes at the end of the input to return to its initial state
     * (hz's "~}"), resetting STATE. Compare the ENCODER_RESET functions; none here.
     */
    void encodeReset(long[] state, ByteArrayOutputStream out) {
    }

    /** The state a new encoder (ENCODER) or decoder starts in. Compare ENCODER_INIT/DECODER_INIT. */
    long initialState(boolean encoder) {
        return 0;
    }

    /** Returns STATE to what a decoder's reset() leaves. Compare DECODER_RESET. */
    void decodeReset(long[] state) {
    }

    /** Writes the big-endian bytes packed in B (one to four; no leading zero bytes but for the byte 0 itself). */
    static void put(int b, ByteArrayOutputStream out) {
        if ((b & 0xff000000) != 0) {
            out.write(b >>> 24);
        }
        if ((b & 0xffff0000) != 0) {
            out.write(b >>> 16);
        }
        if ((b & 0xffffff00) != 0) {
            out.write(b >>> 8);
        }
        out.write(b);
    }
}
