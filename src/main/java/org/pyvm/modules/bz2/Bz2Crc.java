package org.pyvm.modules.bz2;

/** bzip2's CRC-32: polynomial 0x04C11DB7, most significant bit first. */
final class Bz2Crc {

    private Bz2Crc() {}

    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i << 24;
            for (int k = 0; k < 8; k++) {
                c = (c & 0x80000000) != 0 ? (c << 1) ^ 0x04C11DB7 : c << 1;
            }
            TABLE[i] = c;
        }
    }

    /** Continues CRC (not inverted) over b[off..off+len). */
    static int update(int crc, byte[] b, int off, int len) {
        for (int k = 0; k < len; k++) {
            crc = (crc << 8) ^ TABLE[((crc >>> 24) ^ b[off + k]) & 0xff];
        }
        return crc;
    }

    static int update(int crc, int b, int count) {
        for (int k = 0; k < count; k++) {
            crc = (crc << 8) ^ TABLE[((crc >>> 24) ^ b) & 0xff];
        }
        return crc;
    }
}
