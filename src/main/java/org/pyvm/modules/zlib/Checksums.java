package org.pyvm.modules.zlib;

/** CRC-32 and Adler-32 continuing from a given value (java.util.zip's start from scratch only). */
final class Checksums {

    private Checksums() {}

    private static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            }
            TABLE[n] = c;
        }
    }

    static int crc32(int crc, byte[] b, int off, int len) {
        crc = ~crc;
        for (int i = off; i < off + len; i++) {
            crc = TABLE[(crc ^ b[i]) & 0xff] ^ (crc >>> 8);
        }
        return ~crc;
    }

    static int adler32(int value, byte[] b, int off, int len) {
        long a = value & 0xffff;
        long s = (value >>> 16) & 0xffff;
        for (int i = off; i < off + len; i++) {
            a = (a + (b[i] & 0xff)) % 65521;
            s = (s + a) % 65521;
        }
        return (int) (s << 16 | a);
    }
}
