package org.pyvm.bytecode;

/** SipHash-1-3 (one compression round, three finalization rounds). Compare CPython Python/pyhash.c: siphash13. */
final class SipHash13 {

    private SipHash13() {}

    static long hash(long k0, long k1, byte[] src) {
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int n = src.length;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long m = word(src, i, 8);
            v3 ^= m;
            // one SIPROUND
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }
        long b = ((long) n << 56) | word(src, i, n - i);
        v3 ^= b;
        for (int r = 0; r < 1 + 3; r++) {
            if (r == 1) {
                v0 ^= b;
                v2 ^= 0xff;
            }
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }

    // Little-endian word of len (0..8) bytes at at.
    private static long word(byte[] b, int at, int len) {
        long m = 0;
        for (int j = len - 1; j >= 0; j--) {
            m = (m << 8) | (b[at + j] & 0xff);
        }
        return m;
    }
}
