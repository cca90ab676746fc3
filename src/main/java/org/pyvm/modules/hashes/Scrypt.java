package org.pyvm.modules.hashes;

/**
 * The scrypt key derivation function (RFC 7914): PBKDF2-HMAC-SHA256 spreads the password
 * over p blocks of 128*r bytes, each block goes through ROMix (N rounds of BlockMix
 * filling a table, N rounds reading it at data-dependent places), and PBKDF2 condenses
 * the result. BlockMix is built on the Salsa20/8 core. Blocks are kept as little-endian
 * 32-bit words. CPython's _hashlib.scrypt calls OpenSSL's EVP_PBE_scrypt; the limits
 * (parameter checks, the 32 MiB default memory bound) are OpenSSL's.
 */
final class Scrypt {

    private Scrypt() {}

    /** OpenSSL's bound on N, r, p's memory when maxmem is 0 (SCRYPT_MAX_MEM). */
    static final long DEFAULT_MAXMEM = 32L * 1024 * 1024;

    /** Whether OpenSSL accepts N, r, p (EVP_PBE_scrypt's checks before any memory is counted). */
    static boolean validParameters(long n, long r, long p) {
        if (r == 0 || p == 0 || Long.compareUnsigned(n, 2) < 0 || (n & (n - 1)) != 0) {
            return false;
        }
        if (Long.compareUnsigned(p, ((1L << 30) - 1) / r) > 0) { // p * r must stay below 2**30
            return false;
        }
        if (16 * r <= 63 && Long.compareUnsigned(n, 1L << (16 * r)) >= 0) { // N < 2**(128 * r / 8)
            return false;
        }
        // 128 * r * (N + 2) must not overflow 64 bits
        return Long.compareUnsigned(n + 2, Long.divideUnsigned(Long.divideUnsigned(-1L, 128), r)) <= 0;
    }

    /** The memory OpenSSL counts for these parameters: the p blocks and the table of N + 2 blocks. */
    static long memory(long n, long r, long p) {
        return 128 * r * p + 128 * r * (n + 2);
    }

    static byte[] derive(byte[] password, byte[] salt, int n, int r, int p, int length) {
        Hmac prf = new Hmac(Digests.lookUp("sha256"), password);
        int blockBytes = 128 * r;
        byte[] b = prf.pbkdf2(salt, 1, Math.multiplyExact(p, blockBytes));
        int words = 32 * r;
        int[] x = new int[words];
        int[] v = new int[Math.multiplyExact(n, words)];
        int[] y = new int[words];
        for (int i = 0; i < p; i++) {
            int base = i * blockBytes;
            for (int k = 0; k < words; k++) {
                x[k] = (b[base + 4 * k] & 0xff) | (b[base + 4 * k + 1] & 0xff) << 8
                    | (b[base + 4 * k + 2] & 0xff) << 16 | (b[base + 4 * k + 3] & 0xff) << 24;
            }
            roMix(x, v, y, n, r);
            for (int k = 0; k < words; k++) {
                b[base + 4 * k] = (byte) x[k];
                b[base + 4 * k + 1] = (byte) (x[k] >>> 8);
                b[base + 4 * k + 2] = (byte) (x[k] >>> 16);
                b[base + 4 * k + 3] = (byte) (x[k] >>> 24);
            }
        }
        return prf.pbkdf2(b, 1, length);
    }

    /** ROMix: X goes through N BlockMix rounds, each remembered in V, then N rounds mixed with V[X mod N]. */
    private static void roMix(int[] x, int[] v, int[] y, int n, int r) {
        int words = 32 * r;
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, v, i * words, words);
            blockMix(x, y, r);
        }
        for (int i = 0; i < n; i++) {
            // Integerify: the first word of the last 64-byte block; N is a power of two below 2**31
            int j = x[words - 16] & (n - 1);
            int at = j * words;
            for (int k = 0; k < words; k++) {
                x[k] ^= v[at + k];
            }
            blockMix(x, y, r);
        }
    }

    /**
     * BlockMix: for each of the 2r 64-byte blocks B[i], X = Salsa20/8(X ^ B[i]) starting from
     * the last block; the outputs in even positions come first, then the odd ones.
     */
    private static void blockMix(int[] b, int[] y, int r) {
        int[] t = new int[16];
        System.arraycopy(b, (2 * r - 1) * 16, t, 0, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < 16; k++) {
                t[k] ^= b[i * 16 + k];
            }
            salsa208(t);
            int to = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            System.arraycopy(t, 0, y, to, 16);
        }
        System.arraycopy(y, 0, b, 0, 32 * r);
    }

    /** The Salsa20 core with 8 rounds (4 double rounds), added to its input. */
    private static void salsa208(int[] io) {
        int[] s = io.clone();
        for (int round = 0; round < 8; round += 2) {
            // columns
            quarter(s, 0, 4, 8, 12);
            quarter(s, 5, 9, 13, 1);
            quarter(s, 10, 14, 2, 6);
            quarter(s, 15, 3, 7, 11);
            // rows
            quarter(s, 0, 1, 2, 3);
            quarter(s, 5, 6, 7, 4);
            quarter(s, 10, 11, 8, 9);
            quarter(s, 15, 12, 13, 14);
        }
        for (int k = 0; k < 16; k++) {
            io[k] += s[k];
        }
    }

    /** Salsa20's quarter round on words A (the diagonal one), B, C, D. */
    private static void quarter(int[] s, int a, int b, int c, int d) {
        s[b] ^= Integer.rotateLeft(s[a] + s[d], 7);
        s[c] ^= Integer.rotateLeft(s[b] + s[a], 9);
        s[d] ^= Integer.rotateLeft(s[c] + s[b], 13);
        s[a] ^= Integer.rotateLeft(s[d] + s[c], 18);
    }
}
