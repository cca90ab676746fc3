package org.pyvm.modules.hashes;

/**
 * BLAKE2b and BLAKE2s as RFC 7693 defines them, with the full parameter block (fanout,
 * depth, leaf size, node offset and depth, inner size, salt, personalisation) and the
 * last-node flag for tree hashing. The JDK has no BLAKE2. Compare CPython Modules/_blake2/.
 * The 32-bit variant keeps its words in the low halves of longs.
 */
final class Blake2 implements Engine {

    private static final long[] IV_B = {0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL,
        0xa54ff53a5f1d36f1L, 0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    private static final long[] IV_S = {0x6a09e667L, 0xbb67ae85L, 0x3c6ef372L, 0xa54ff53aL, 0x510e527fL, 0x9b05688cL,
        0x1f83d9abL, 0x5be0cd19L};
    private static final int[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    /** true: BLAKE2b (64-bit words, 128-byte blocks); false: BLAKE2s. */
    private final boolean big;
    private final int blockLen;
    private final int outLen;
    private final boolean lastNode;
    private long[] h = new long[8];
    /** Bytes compressed so far (a 128-bit counter for BLAKE2b; two longs). */
    private long t0;
    private long t1;
    private byte[] buf;
    private int bufLen;

    private Blake2(boolean big, int outLen, boolean lastNode) {
        this.big = big;
        this.blockLen = big ? 128 : 64;
        this.outLen = outLen;
        this.lastNode = lastNode;
        this.buf = new byte[blockLen];
    }

    /** A fresh state for the given parameters (all checked by the caller). */
    static Blake2 of(boolean big, int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth,
                     long leafSize, long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {
        Blake2 b = new Blake2(big, digestSize, lastNode);
        byte[] p = new byte[big ? 64 : 32];
        p[0] = (byte) digestSize;
        p[1] = (byte) key.length;
        p[2] = (byte) fanout;
        p[3] = (byte) depth;
        for (int i = 0; i < 4; i++) {
            p[4 + i] = (byte) (leafSize >>> (8 * i));
        }
        int offLen = big ? 8 : 6;
        for (int i = 0; i < offLen; i++) {
            p[8 + i] = (byte) (nodeOffset >>> (8 * i));
        }
        p[8 + offLen] = (byte) nodeDepth;
        p[9 + offLen] = (byte) innerSize;
        int saltAt = big ? 32 : 16;
        int saltLen = big ? 16 : 8;
        System.arraycopy(salt, 0, p, saltAt, salt.length);
        System.arraycopy(person, 0, p, saltAt + saltLen, person.length);
        long[] iv = big ? IV_B : IV_S;
        int w = big ? 8 : 4;
        for (int i = 0; i < 8; i++) {
            b.h[i] = iv[i] ^ word(p, i * w, w);
        }
        if (key.length > 0) {
            byte[] block = new byte[b.blockLen];
            System.arraycopy(key, 0, block, 0, key.length);
            b.update(block, 0, block.length);
        }
        return b;
    }

    private static long word(byte[] b, int off, int w) {
        long v = 0;
        for (int i = w - 1; i >= 0; i--) {
            v = v << 8 | (b[off + i] & 0xff);
        }
        return v;
    }

    private long rotr(long x, int n) {
        if (big) {
            return Long.rotateRight(x, n);
        }
        int v = (int) x;
        return Integer.toUnsignedLong(Integer.rotateRight(v, n));
    }

    private long add(long a, long b) {
        return big ? a + b : (a + b) & 0xffffffffL;
    }

    private void mix(long[] v, int a, int b, int c, int d, long x, long y) {
        int r1 = big ? 32 : 16;
        int r2 = big ? 24 : 12;
        int r3 = big ? 16 : 8;
        int r4 = big ? 63 : 7;
        v[a] = add(add(v[a], v[b]), x);
        v[d] = rotr(v[d] ^ v[a], r1);
        v[c] = add(v[c], v[d]);
        v[b] = rotr(v[b] ^ v[c], r2);
        v[a] = add(add(v[a], v[b]), y);
        v[d] = rotr(v[d] ^ v[a], r3);
        v[c] = add(v[c], v[d]);
        v[b] = rotr(v[b] ^ v[c], r4);
    }

    private void compress(long[] hh, byte[] block, long c0, long c1, boolean last) {
        long[] iv = big ? IV_B : IV_S;
        int w = big ? 8 : 4;
        long mask = big ? -1L : 0xffffffffL;
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) {
            m[i] = word(block, i * w, w);
        }
        long[] v = new long[16];
        System.arraycopy(hh, 0, v, 0, 8);
        System.arraycopy(iv, 0, v, 8, 8);
        v[12] ^= c0 & mask;
        v[13] ^= big ? c1 : (c0 >>> 32);
        if (last) {
            v[14] = ~v[14] & mask;
            if (lastNode) {
                v[15] = ~v[15] & mask;
            }
        }
        int rounds = big ? 12 : 10;
        for (int r = 0; r < rounds; r++) {
            int[] s = SIGMA[r % 10];
            mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            hh[i] ^= v[i] ^ v[i + 8];
        }
    }

    private void count(int n) {
        long before = t0;
        t0 += n;
        if (Long.compareUnsigned(t0, before) < 0) {
            t1++;
        }
    }

    @Override
    public void update(byte[] b, int off, int len) {
        while (len > 0) {
            if (bufLen == blockLen) {
                // A full buffer is compressed only once more input follows (the last block is special).
                count(blockLen);
                compress(h, buf, t0, t1, false);
                bufLen = 0;
            }
            int n = Math.min(len, blockLen - bufLen);
            System.arraycopy(b, off, buf, bufLen, n);
            bufLen += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public byte[] digest(int length) {
        long[] hh = h.clone();
        long c0 = t0 + bufLen;
        long c1 = t1 + (Long.compareUnsigned(c0, t0) < 0 ? 1 : 0);
        byte[] block = java.util.Arrays.copyOf(buf, blockLen);
        java.util.Arrays.fill(block, bufLen, blockLen, (byte) 0);
        compress(hh, block, c0, c1, true);
        int w = big ? 8 : 4;
        byte[] out = new byte[outLen];
        for (int i = 0; i < outLen; i++) {
            out[i] = (byte) (hh[i / w] >>> (8 * (i % w)));
        }
        return out;
    }

    @Override
    public Engine copy() {
        Blake2 b = new Blake2(big, outLen, lastNode);
        b.h = h.clone();
        b.t0 = t0;
        b.t1 = t1;
        b.buf = buf.clone();
        b.bufLen = bufLen;
        return b;
    }
}
