package org.pyvm.runtime;

/**
 * CPython's hashes of str and bytes: SipHash-1-3 over the bytes of CPython's internal
 * form of the string (one byte per character when all are below 256, two when all are
 * below 65536, four otherwise, little endian). Compare CPython Python/pyhash.c: siphash13,
 * and Objects/unicodeobject.c.
 *
 * <p>The key is the process's, as CPython's _Py_HashSecret: random, or what PYTHONHASHSEED
 * gives (0: all zero, no randomization). It is set once, by {@link #seed} before any
 * object is hashed (bin/pyvm's Main does it first thing): hashes are cached in str objects
 * and dict entries, so a key changed later would lose them. Programs run in-process (the
 * tests) keep the all-zero key.
 */
public final class Hashing {

    private Hashing() {}

    /** The SipHash key (_Py_HashSecret.siphash.k0 and k1). */
    private static long k0;
    private static long k1;

    /**
     * Sets the key for SEED, PYTHONHASHSEED's value: -1 for random (the operating system's
     * random bytes), 0 for all zero, else CPython's bytes for that seed: each byte the bits
     * 16-23 of the next value of the 32-bit LCG x = x * 214013 + 2531011 started at SEED
     * (Python/bootstrap_hash.c: lcg_urandom), read little-endian as k0 then k1.
     */
    public static void seed(long seed) {
        long[] k = key(seed);
        k0 = k[0];
        k1 = k[1];
    }

    /** The process's key {k0, k1}, for a subinterpreter (which hashes str and bytes as the process does). */
    public static long[] key() {
        return new long[] {k0, k1};
    }

    /** Sets the key to K, another interpreter's {@link #key()}. */
    public static void setKey(long[] k) {
        k0 = k[0];
        k1 = k[1];
    }

    /** The key {k0, k1} for SEED (see {@link #seed}). */
    static long[] key(long seed) {
        byte[] secret = new byte[16];
        if (seed < 0) {
            OsRandom.fill(secret);
        } else if (seed > 0) {
            int x = (int) seed;
            for (int i = 0; i < secret.length; i++) {
                x = x * 214013 + 2531011;
                secret[i] = (byte) (x >>> 16);
            }
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(secret).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        return new long[] {b.getLong(), b.getLong()};
    }

    public static long hashString(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int max = 0;
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            max = Math.max(max, cp);
            i += Character.charCount(cp);
            n++;
        }
        int width = max < 256 ? 1 : max < 65536 ? 2 : 4;
        byte[] b = new byte[n * width];
        int k = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            for (int w = 0; w < width; w++) {
                b[k++] = (byte) (cp >>> (8 * w));
            }
        }
        return fix(siphash13(b));
    }

    public static long hashBytes(byte[] b) {
        return b.length == 0 ? 0 : fix(siphash13(b));
    }

    private static long fix(long h) {
        return h == -1 ? -2 : h;
    }

    private static long rotl(long x, int b) {
        return (x << b) | (x >>> (64 - b));
    }

    static long siphash13(byte[] m) {
        return siphash13(Hashing.k0, Hashing.k1, m);
    }

    static long siphash13(long k0, long k1, byte[] m) {
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int len = m.length;
        int blocks = len / 8;
        for (int i = 0; i < blocks; i++) {
            long mi = 0;
            for (int j = 7; j >= 0; j--) {
                mi = (mi << 8) | (m[i * 8 + j] & 0xff);
            }
            v3 ^= mi;
            // one compression round
            v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
            v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
            v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
            v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
            v0 ^= mi;
        }
        long t = ((long) len) << 56;
        for (int j = len - 1; j >= blocks * 8; j--) {
            t |= ((long) (m[j] & 0xff)) << (8 * (j - blocks * 8));
        }
        v3 ^= t;
        v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
        v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
        v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
        v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
        v0 ^= t;
        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
            v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
            v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
            v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
        }
        return v0 ^ v1 ^ v2 ^ v3;
    }

    /** CPython's hash of a float held by INST: a NaN hashes by the identity of INST, as object.__hash__ does. */
    public static long hashDouble(PyObject inst, double v) {
        return Double.isNaN(v) ? System.identityHashCode(inst) : hashDouble(v);
    }

    /** CPython's hash of a float. Compare Python/pyhash.c: _Py_HashDouble. */
    public static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(v)) {
            return 0; // CPython hashes NaN by identity; 0 keeps equal-by-identity objects together
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            long l = (long) v;
            return IntMethods.hash(PyInt.of(l));
        }
        long bits = Double.doubleToLongBits(v);
        int e = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (e == 0) {
            e = 1;
        } else {
            mant |= 1L << 52;
        }
        e -= 1075; // v = mant * 2**e
        long mod = IntMethods.HASH_MODULUS;
        long x = java.math.BigInteger.valueOf(mant).mod(java.math.BigInteger.valueOf(mod)).longValue();
        int ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = java.math.BigInteger.valueOf(x).shiftLeft(ee).mod(java.math.BigInteger.valueOf(mod)).longValue();
        if (v < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }
}
