package org.pyvm.modules.lzma;

import java.io.ByteArrayOutputStream;

/**
 * An LZMA encoder, the decoder's mirror (LZMA specification): the range encoder, literals,
 * matched literals, matches, rep matches, short reps and the end marker, over the same
 * probability model. Parsing is greedy with one step of lazy matching: rep matches first
 * (cheapest), then the longest match a hash chain of 3-byte prefixes finds within the
 * search depth of the preset, else a short rep or a literal. It does not do liblzma's
 * optimal parsing, so its output is larger than liblzma's for the same preset (valid
 * LZMA all the same). The window used for matches is at most 2 MiB, within the declared
 * dictionary size.
 *
 * Input is appended to a buffer that keeps the window behind the current position; the
 * encoder codes a position only when MATCH_MAX bytes follow it, or at the end.
 */
final class LzmaEncoder {

    static final int MATCH_MAX = 273;

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

    private static final int HASH_BITS = 16;

    final int lc;
    final int lp;
    final int pb;
    private final short[] probs;
    private int state;
    private final int[] reps = new int[4];

    // range encoder
    private long low;
    private int range = 0xFFFFFFFF;
    private int cache;
    private long cacheSize = 1;
    final ByteArrayOutputStream rcOut = new ByteArrayOutputStream();

    // window and match finder
    private byte[] buf;
    /** Absolute position of buf[0]. */
    private long base;
    /** Absolute end of the input and the next position to code. */
    private long end;
    long pos;
    /** Position of the last dictionary reset (LZMA2 resets once, at the start). */
    private final int maxDist;
    private final int[] head = new int[1 << HASH_BITS];
    private final int[] prev;
    private final int prevMask;
    /** Positions below this are not in the hash chains yet. */
    private long hashed;
    private final int depth;
    private final int niceLen;
    private final boolean lazy;

    LzmaEncoder(FilterSpec f) {
        lc = (int) f.lc;
        lp = (int) f.lp;
        pb = (int) f.pb;
        probs = new short[LITERAL + 0x300 * (1 << (lc + lp))];
        java.util.Arrays.fill(probs, (short) 1024);
        long dict = Math.max(4096, Math.min(f.dictSize, 1 << 21));
        maxDist = (int) dict;
        int w = Integer.highestOneBit(maxDist - 1) << 1;
        prev = new int[w];
        prevMask = w - 1;
        buf = new byte[Math.max(1 << 16, 2 * w)];
        java.util.Arrays.fill(head, -1);
        int level = f.preset & 0x1f;
        boolean extreme = (f.preset & 0x80000000) != 0;
        int d = f.depth > 0 ? (int) Math.min(f.depth, 1 << 12) : new int[] {4, 8, 16, 24, 32, 48, 64, 96, 128, 256}[level];
        depth = extreme ? d * 2 : d;
        niceLen = (int) Math.max(8, Math.min(MATCH_MAX, f.niceLen));
        lazy = f.mode != 1;
    }

    // ---- range encoder

    private void shiftLow() {
        if (low < 0xFF000000L || low > 0xFFFFFFFFL) {
            int carry = (int) (low >>> 32);
            int temp = cache;
            do {
                rcOut.write((temp + carry) & 0xff);
                temp = 0xff;
            } while (--cacheSize != 0);
            cache = (int) ((low >>> 24) & 0xff);
        }
        cacheSize++;
        low = (low & 0x00FFFFFFL) << 8;
    }

    private void bit(int i, int b) {
        int p = probs[i];
        int bound = (range >>> 11) * p;
        if (b == 0) {
            range = bound;
            probs[i] = (short) (p + ((2048 - p) >>> 5));
        } else {
            low += bound & 0xFFFFFFFFL;
            range -= bound;
            probs[i] = (short) (p - (p >>> 5));
        }
        while (Integer.compareUnsigned(range, 1 << 24) < 0) {
            range <<= 8;
            shiftLow();
        }
    }

    private void direct(int v, int n) {
        for (int k = n - 1; k >= 0; k--) {
            range >>>= 1;
            if (((v >>> k) & 1) != 0) {
                low += range & 0xFFFFFFFFL;
            }
            while (Integer.compareUnsigned(range, 1 << 24) < 0) {
                range <<= 8;
                shiftLow();
            }
        }
    }

    /** Ends the range coder's output (5 bytes) and starts a new one (an LZMA2 chunk's end). */
    void rcFlush() {
        for (int k = 0; k < 5; k++) {
            shiftLow();
        }
        low = 0;
        range = 0xFFFFFFFF;
        cache = 0;
        cacheSize = 1;
    }

    /** Bytes the range coder has written or holds. */
    long rcSize() {
        return rcOut.size() + cacheSize + 4;
    }

    private void tree(int b, int n, int v) {
        int m = 1;
        for (int k = n - 1; k >= 0; k--) {
            int x = (v >>> k) & 1;
            bit(b + m, x);
            m = (m << 1) | x;
        }
    }

    private void reverse(int b, int n, int v) {
        int m = 1;
        for (int k = 0; k < n; k++) {
            int x = v & 1;
            v >>>= 1;
            bit(b + m, x);
            m = (m << 1) | x;
        }
    }

    private void len(int b, int len, int posState) {
        len -= 2;
        if (len < 8) {
            bit(b, 0);
            tree(b + 2 + (posState << 3), 3, len);
        } else if (len < 16) {
            bit(b, 1);
            bit(b + 1, 0);
            tree(b + 2 + 128 + (posState << 3), 3, len - 8);
        } else {
            bit(b, 1);
            bit(b + 1, 1);
            tree(b + 2 + 256, 8, len - 16);
        }
    }

    private void distance(int dist, int len) {
        int lenState = Math.min(len - 2, 3);
        int slot;
        if (Integer.compareUnsigned(dist, 4) < 0) {
            slot = dist;
        } else {
            int hb = 31 - Integer.numberOfLeadingZeros(dist);
            slot = (hb << 1) | ((dist >>> (hb - 1)) & 1);
        }
        tree(POS_SLOT + (lenState << 6), 6, slot);
        if (slot >= 4) {
            int nd = (slot >>> 1) - 1;
            int b = (2 | (slot & 1)) << nd;
            int red = dist - b;
            if (slot < 14) {
                reverse(SPEC_POS + b - slot, nd, red);
            } else {
                direct(red >>> 4, nd - 4);
                reverse(ALIGN, 4, red & 15);
            }
        }
    }

    // ---- input and match finding

    void append(byte[] b, int off, int len) {
        if (end + len - base > buf.length) {
            long keepFrom = Math.max(base, Math.min(pos, hashed) - maxDist - 1);
            int shift = (int) (keepFrom - base);
            int live = (int) (end - keepFrom);
            byte[] nb = live + len <= buf.length ? buf : new byte[Math.max(buf.length * 2, live + len)];
            System.arraycopy(buf, shift, nb, 0, live);
            buf = nb;
            base = keepFrom;
        }
        System.arraycopy(b, off, buf, (int) (end - base), len);
        end += len;
    }

    private int at(long p) {
        return buf[(int) (p - base)] & 0xff;
    }

    private int hash(long p) {
        int i = (int) (p - base);
        int h = ((buf[i] & 0xff) << 16) | ((buf[i + 1] & 0xff) << 8) | (buf[i + 2] & 0xff);
        return (h * 0x9E3779B1) >>> (32 - HASH_BITS);
    }

    /** Puts positions up to P (exclusive) into the hash chains. */
    private void insertUpTo(long p) {
        long lim = Math.min(p, end - 2);
        while (hashed < lim) {
            int h = hash(hashed);
            int pi = (int) hashed;
            prev[pi & prevMask] = head[h];
            head[h] = pi;
            hashed++;
        }
        if (hashed < p) {
            hashed = p;
        }
    }

    private int matchLen(long p, long q, int max) {
        int i = (int) (p - base);
        int j = (int) (q - base);
        int n = 0;
        while (n < max && buf[i + n] == buf[j + n]) {
            n++;
        }
        return n;
    }

    private int foundDist;

    /** The longest match at P of at least 3 bytes (its distance in foundDist), or 0. */
    private int longest(long p, int max, long limitBack) {
        if (max < 3 || p + 3 > end) {
            return 0;
        }
        insertUpTo(p);
        int best = 0;
        int h = hash(p);
        int cand = head[h];
        int pi = (int) p;
        for (int k = 0; k < depth && cand >= 0; k++) {
            int dist = pi - cand - 1;
            if (dist < 0 || dist >= maxDist || p - dist - 1 < limitBack) {
                break;
            }
            long q = p - dist - 1;
            if (q < base) {
                break;
            }
            if (at(q + best) == at(p + best) || best == 0) {
                int l = matchLen(p, q, max);
                // A farther match must be longer by enough to pay for its longer distance code.
                if (l > best && (best == 0 || (l - best) * 2 > Integer.numberOfLeadingZeros(foundDist + 1)
                    - Integer.numberOfLeadingZeros(dist + 1))) {
                    best = l;
                    foundDist = dist;
                    if (l >= niceLen || l == max) {
                        break;
                    }
                }
            }
            int nx = prev[cand & prevMask];
            if (nx >= cand) {
                break;
            }
            cand = nx;
        }
        return best >= 3 ? best : 0;
    }

    // ---- symbols

    /** Codes positions while MATCH_MAX bytes follow (all if FINAL) and LIMIT is not passed. */
    void encode(boolean finalInput, java.util.function.BooleanSupplier full, long start) {
        while (pos < end && (finalInput || end - pos > MATCH_MAX) && !full.getAsBoolean()) {
            step(start);
        }
    }

    private void step(long start) {
        long p = pos;
        int avail = (int) Math.min(MATCH_MAX, end - p);
        long have = p - start;
        int posState = (int) (p - start) & ((1 << pb) - 1);
        // reps
        int repLen = 0;
        int repIdx = 0;
        if (avail >= 2) {
            for (int r = 0; r < 4; r++) {
                if (reps[r] < have) {
                    int l = matchLen(p, p - reps[r] - 1, avail);
                    if (l > repLen) {
                        repLen = l;
                        repIdx = r;
                    }
                }
            }
        }
        int mainLen = repLen >= niceLen ? 0 : longest(p, avail, start);
        int mainDist = foundDist;
        if (mainLen == 3 && mainDist >= 1 << 14) {
            mainLen = 0;
        }
        if (repLen >= 2 && repLen + 1 >= mainLen) {
            repMatch(repIdx, repLen, posState);
            advance(repLen);
            return;
        }
        if (mainLen >= 3) {
            if (lazy && mainLen < niceLen && p + 1 < end) {
                int next = longest(p + 1, (int) Math.min(MATCH_MAX, end - p - 1), start);
                if (next > mainLen + 1 || (next == mainLen + 1 && foundDist < mainDist)) {
                    literal(p, start, posState);
                    advance(1);
                    return;
                }
            }
            match(mainDist, mainLen, posState);
            advance(mainLen);
            return;
        }
        if (have > reps[0] && at(p) == at(p - reps[0] - 1)) {
            int st = state;
            bit(IS_MATCH + (st << 4) + posState, 1);
            bit(IS_REP + st, 1);
            bit(IS_REP_G0 + st, 0);
            bit(IS_REP0_LONG + (st << 4) + posState, 0);
            state = st < 7 ? 9 : 11;
            advance(1);
            return;
        }
        literal(p, start, posState);
        advance(1);
    }

    private void advance(int n) {
        pos += n;
    }

    private void literal(long p, long start, int posState) {
        int st = state;
        bit(IS_MATCH + (st << 4) + posState, 0);
        int prevByte = p > start ? at(p - 1) : 0;
        int litState = ((((int) (p - start)) & ((1 << lp) - 1)) << lc) + (prevByte >>> (8 - lc));
        int b = LITERAL + 0x300 * litState;
        int sym = at(p);
        int ctx = 1;
        if (st >= 7) {
            int mb = at(p - reps[0] - 1);
            boolean same = true;
            for (int k = 7; k >= 0; k--) {
                int x = (sym >>> k) & 1;
                if (same) {
                    int m = (mb >>> k) & 1;
                    bit(b + ((1 + m) << 8) + ctx, x);
                    same = m == x;
                } else {
                    bit(b + ctx, x);
                }
                ctx = (ctx << 1) | x;
            }
        } else {
            for (int k = 7; k >= 0; k--) {
                int x = (sym >>> k) & 1;
                bit(b + ctx, x);
                ctx = (ctx << 1) | x;
            }
        }
        state = st < 4 ? 0 : st < 10 ? st - 3 : st - 6;
    }

    private void match(int dist, int len, int posState) {
        int st = state;
        bit(IS_MATCH + (st << 4) + posState, 1);
        bit(IS_REP + st, 0);
        len(LEN, len, posState);
        distance(dist, len);
        reps[3] = reps[2];
        reps[2] = reps[1];
        reps[1] = reps[0];
        reps[0] = dist;
        state = st < 7 ? 7 : 10;
    }

    private void repMatch(int r, int len, int posState) {
        int st = state;
        bit(IS_MATCH + (st << 4) + posState, 1);
        bit(IS_REP + st, 1);
        if (r == 0) {
            bit(IS_REP_G0 + st, 0);
            bit(IS_REP0_LONG + (st << 4) + posState, 1);
        } else {
            bit(IS_REP_G0 + st, 1);
            int d = reps[r];
            if (r == 1) {
                bit(IS_REP_G1 + st, 0);
            } else {
                bit(IS_REP_G1 + st, 1);
                bit(IS_REP_G2 + st, r == 3 ? 1 : 0);
                if (r == 3) {
                    reps[3] = reps[2];
                }
                reps[2] = reps[1];
            }
            reps[1] = reps[0];
            reps[0] = d;
        }
        len(REP_LEN, len, posState);
        state = st < 7 ? 8 : 11;
    }

    /** The end marker: a match of distance 0xFFFFFFFF. */
    void endMarker(long start) {
        int posState = (int) (pos - start) & ((1 << pb) - 1);
        int st = state;
        bit(IS_MATCH + (st << 4) + posState, 1);
        bit(IS_REP + st, 0);
        len(LEN, 2, posState);
        distance(0xFFFFFFFF, 2);
        state = st < 7 ? 7 : 10;
    }
}
