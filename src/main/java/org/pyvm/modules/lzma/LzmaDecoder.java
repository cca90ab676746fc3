package org.pyvm.modules.lzma;

/**
 * The LZMA decoder written from the LZMA specification (lzma-specification.txt of the
 * LZMA SDK): the adaptive binary range decoder with 11-bit probabilities, the 12-state
 * machine, literals (matched literals after a match), matches with the length and distance
 * coders, the four rep distances and the end marker. LZMA1 (.lzma and raw) and LZMA2
 * chunks both drive it.
 *
 * Input comes from a byte array between pos and lim. A symbol whose bits are not all in
 * the input yet is undone: when fewer than IN_REQUIRED bytes remain, each probability
 * changed is logged first, and running out of input restores the coder state and the
 * logged probabilities (the window is written only after a symbol's bits are read).
 */
final class LzmaDecoder {

    /** Bytes one symbol can take at most from the input. */
    static final int IN_REQUIRED = 20;

    private static final int IS_MATCH = 0;
    private static final int IS_REP = 192;
    private static final int IS_REP_G0 = 204;
    private static final int IS_REP_G1 = 216;
    private static final int IS_REP_G2 = 228;
    private static final int IS_REP0_LONG = 240;
    private static final int POS_SLOT = 432;
    private static final int SPEC_POS = 688;
    private static final int ALIGN = 803;
    private static final int LEN = 819;
    private static final int REP_LEN = LEN + 514;
    private static final int LITERAL = REP_LEN + 514;

    /** Thrown (preallocated) when a symbol needs more input than there is. */
    static final RuntimeException NEED_INPUT = new RuntimeException("need input", null, false, false) { };

    final Window win;
    int lc;
    int lp;
    int pb;
    private short[] probs;
    int state;
    int rep0;
    int rep1;
    int rep2;
    int rep3;

    int range;
    int code;
    byte[] in;
    int pos;
    int lim;

    private int[] undo = new int[64];
    private int undoN;
    private boolean logging;

    LzmaDecoder(Window win, int lc, int lp, int pb) {
        this.win = win;
        setProps(lc, lp, pb);
    }

    void setProps(int lc, int lp, int pb) {
        this.lc = lc;
        this.lp = lp;
        this.pb = pb;
        int n = LITERAL + 0x300 * (1 << (lc + lp));
        if (probs == null || probs.length != n) {
            probs = new short[n];
        }
    }

    /** Probabilities to one half, state and reps to zero (LZMA2's state reset). */
    void resetState() {
        java.util.Arrays.fill(probs, (short) 1024);
        state = 0;
        rep0 = rep1 = rep2 = rep3 = 0;
    }

    /** Starts the range decoder: 5 bytes, the first zero. Needs 5 bytes of input. */
    void rcInit() {
        if (in[pos] != 0) {
            throw LzmaError.data();
        }
        code = ((in[pos + 1] & 0xff) << 24) | ((in[pos + 2] & 0xff) << 16) | ((in[pos + 3] & 0xff) << 8)
            | (in[pos + 4] & 0xff);
        range = 0xFFFFFFFF;
        pos += 5;
        if (code == range) {
            throw LzmaError.data();
        }
    }

    boolean rcFinished() {
        return code == 0;
    }

    private int bit(int i) {
        int p = probs[i];
        int bound = (range >>> 11) * p;
        int b;
        if (logging) {
            if (undoN + 2 > undo.length) {
                undo = java.util.Arrays.copyOf(undo, undo.length * 2);
            }
            undo[undoN++] = i;
            undo[undoN++] = p;
        }
        if (Integer.compareUnsigned(code, bound) < 0) {
            range = bound;
            probs[i] = (short) (p + ((2048 - p) >>> 5));
            b = 0;
        } else {
            range -= bound;
            code -= bound;
            probs[i] = (short) (p - (p >>> 5));
            b = 1;
        }
        if (Integer.compareUnsigned(range, 1 << 24) < 0) {
            if (pos >= lim) {
                throw NEED_INPUT;
            }
            range <<= 8;
            code = (code << 8) | (in[pos++] & 0xff);
        }
        return b;
    }

    private int direct(int n) {
        int res = 0;
        for (int k = 0; k < n; k++) {
            range >>>= 1;
            code -= range;
            int t = -(code >>> 31);
            code += range & t;
            if (code == range) {
                throw LzmaError.data();
            }
            if (Integer.compareUnsigned(range, 1 << 24) < 0) {
                if (pos >= lim) {
                    throw NEED_INPUT;
                }
                range <<= 8;
                code = (code << 8) | (in[pos++] & 0xff);
            }
            res = (res << 1) + (t + 1);
        }
        return res;
    }

    private int tree(int base, int n) {
        int m = 1;
        for (int k = 0; k < n; k++) {
            m = (m << 1) + bit(base + m);
        }
        return m - (1 << n);
    }

    private int reverse(int base, int n) {
        int m = 1;
        int sym = 0;
        for (int k = 0; k < n; k++) {
            int b = bit(base + m);
            m = (m << 1) + b;
            sym |= b << k;
        }
        return sym;
    }

    private int len(int base, int posState) {
        if (bit(base) == 0) {
            return tree(base + 2 + (posState << 3), 3);
        }
        if (bit(base + 1) == 0) {
            return 8 + tree(base + 2 + 128 + (posState << 3), 3);
        }
        return 16 + tree(base + 2 + 256, 8);
    }

    private int distance(int len) {
        int lenState = Math.min(len, 3);
        int slot = tree(POS_SLOT + (lenState << 6), 6);
        if (slot < 4) {
            return slot;
        }
        int nd = (slot >>> 1) - 1;
        int dist = (2 | (slot & 1)) << nd;
        if (slot < 14) {
            return dist + reverse(SPEC_POS + dist - slot, nd);
        }
        dist += direct(nd - 4) << 4;
        return dist + reverse(ALIGN, 4);
    }

    /**
     * Decodes symbols while win.total is under SOFT (whole symbols: a match may pass it)
     * and under HARD (the known end: no match may pass it), and the input lasts. Returns 1
     * at the end marker, 0 otherwise. FINAL_INPUT: the input between pos and lim is all
     * there is (an LZMA2 chunk), so running out is corrupt data.
     */
    int run(long hard, long soft, boolean finalInput) {
        Window w = win;
        int pbMask = (1 << pb) - 1;
        long stop = Math.min(hard, soft);
        while (w.total < stop) {
            boolean tail = lim - pos < IN_REQUIRED;
            int sRange = range;
            int sCode = code;
            int sPos = pos;
            int sState = state;
            int s0 = rep0;
            int s1 = rep1;
            int s2 = rep2;
            int s3 = rep3;
            if (tail) {
                logging = true;
                undoN = 0;
            }
            try {
                int r = step(w, pbMask, hard);
                if (r != 0) {
                    return r;
                }
            } catch (RuntimeException e) {
                if (e != NEED_INPUT) {
                    throw e;
                }
                if (finalInput) {
                    throw LzmaError.data();
                }
                range = sRange;
                code = sCode;
                pos = sPos;
                state = sState;
                rep0 = s0;
                rep1 = s1;
                rep2 = s2;
                rep3 = s3;
                for (int k = undoN - 2; k >= 0; k -= 2) {
                    probs[undo[k]] = (short) undo[k + 1];
                }
                return 0;
            } finally {
                logging = false;
            }
        }
        return 0;
    }

    /** One symbol: a literal, a match or a rep match. Returns 1 for the end marker. */
    private int step(Window w, int pbMask, long limit) {
        int posState = (int) w.total & pbMask;
        int st = state;
        if (bit(IS_MATCH + (st << 4) + posState) == 0) {
            int prev = w.have > 0 ? w.get(0) : 0;
            int litState = ((((int) w.total) & ((1 << lp) - 1)) << lc) + (prev >>> (8 - lc));
            int base = LITERAL + 0x300 * litState;
            int sym = 1;
            if (st >= 7) {
                int match = w.get(rep0);
                do {
                    int mb = (match >>> 7) & 1;
                    match <<= 1;
                    int b = bit(base + ((1 + mb) << 8) + sym);
                    sym = (sym << 1) | b;
                    if (mb != b) {
                        break;
                    }
                } while (sym < 0x100);
            }
            while (sym < 0x100) {
                sym = (sym << 1) | bit(base + sym);
            }
            state = st < 4 ? 0 : st < 10 ? st - 3 : st - 6;
            w.put((byte) sym);
            return 0;
        }
        int len;
        if (bit(IS_REP + st) != 0) {
            if (w.have == 0) {
                throw LzmaError.data();
            }
            if (bit(IS_REP_G0 + st) == 0) {
                if (bit(IS_REP0_LONG + (st << 4) + posState) == 0) {
                    state = st < 7 ? 9 : 11;
                    w.put((byte) w.get(rep0));
                    return 0;
                }
            } else {
                int dist;
                if (bit(IS_REP_G1 + st) == 0) {
                    dist = rep1;
                } else {
                    if (bit(IS_REP_G2 + st) == 0) {
                        dist = rep2;
                    } else {
                        dist = rep3;
                        rep3 = rep2;
                    }
                    rep2 = rep1;
                }
                rep1 = rep0;
                rep0 = dist;
            }
            len = len(REP_LEN, posState);
            state = st < 7 ? 8 : 11;
        } else {
            len = len(LEN, posState);
            int dist = distance(len);
            rep3 = rep2;
            rep2 = rep1;
            rep1 = rep0;
            rep0 = dist;
            state = st < 7 ? 7 : 10;
            if (dist == 0xFFFFFFFF) {
                return 1;
            }
            if (!w.valid(dist)) {
                throw LzmaError.data();
            }
        }
        len += 2;
        if (w.total + len > limit) {
            throw LzmaError.data();
        }
        w.copy(rep0, len);
        return 0;
    }
}
