package org.pyvm.modules.hashes;

import java.util.Arrays;

/**
 * Keccak-f[1600] with the sponge construction of FIPS 202: SHA3-224/256/384/512 (suffix
 * 0x06) and SHAKE128/256 (suffix 0x1f, any output length). Compare CPython
 * Modules/_sha3/ (which wraps the tiny_sha3 / HACL* code); written here from FIPS 202.
 */
final class Keccak implements Engine {

    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
    private static final int[] ROT = {1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61,
        20, 44};
    private static final int[] PI = {10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9,
        6, 1};

    final int rate;
    final byte suffix;
    private long[] state = new long[25];
    private byte[] buf;
    private int pos;

    Keccak(int rate, int suffix) {
        this.rate = rate;
        this.suffix = (byte) suffix;
        this.buf = new byte[rate];
    }

    private static void permute(long[] s) {
        long[] bc = new long[5];
        for (int round = 0; round < 24; round++) {
            for (int i = 0; i < 5; i++) {
                bc[i] = s[i] ^ s[i + 5] ^ s[i + 10] ^ s[i + 15] ^ s[i + 20];
            }
            for (int i = 0; i < 5; i++) {
                long t = bc[(i + 4) % 5] ^ Long.rotateLeft(bc[(i + 1) % 5], 1);
                for (int j = 0; j < 25; j += 5) {
                    s[j + i] ^= t;
                }
            }
            long t = s[1];
            for (int i = 0; i < 24; i++) {
                int j = PI[i];
                long tmp = s[j];
                s[j] = Long.rotateLeft(t, ROT[i]);
                t = tmp;
            }
            for (int j = 0; j < 25; j += 5) {
                for (int i = 0; i < 5; i++) {
                    bc[i] = s[j + i];
                }
                for (int i = 0; i < 5; i++) {
                    s[j + i] ^= ~bc[(i + 1) % 5] & bc[(i + 2) % 5];
                }
            }
            s[0] ^= RC[round];
        }
    }

    private static void absorb(long[] s, byte[] block, int rate) {
        for (int i = 0; i < rate; i++) {
            s[i >> 3] ^= (long) (block[i] & 0xff) << (8 * (i & 7));
        }
        permute(s);
    }

    @Override
    public void update(byte[] b, int off, int len) {
        while (len > 0) {
            int n = Math.min(len, rate - pos);
            System.arraycopy(b, off, buf, pos, n);
            pos += n;
            off += n;
            len -= n;
            if (pos == rate) {
                absorb(state, buf, rate);
                pos = 0;
            }
        }
    }

    @Override
    public byte[] digest(int length) {
        long[] s = state.clone();
        byte[] last = Arrays.copyOf(buf, rate);
        Arrays.fill(last, pos, rate, (byte) 0);
        last[pos] ^= suffix;
        last[rate - 1] ^= (byte) 0x80;
        absorb(s, last, rate);
        byte[] out = new byte[length];
        int o = 0;
        while (true) {
            for (int i = 0; i < rate && o < length; i++, o++) {
                out[o] = (byte) (s[i >> 3] >>> (8 * (i & 7)));
            }
            if (o >= length) {
                return out;
            }
            permute(s);
        }
    }

    @Override
    public Engine copy() {
        Keccak k = new Keccak(rate, suffix);
        k.state = state.clone();
        k.buf = buf.clone();
        k.pos = pos;
        return k;
    }
}
