package org.pyvm.modules.lzma;

/**
 * The integrity checks of the .xz format: CRC32 (java.util.zip), CRC64 (ECMA-182,
 * reflected, as .xz defines it) and SHA-256 (java.security), as a sink that counts the
 * bytes too. Compare liblzma's lzma_check_is_supported and lzma_check_size.
 */
final class Check implements Window.Sink {

    static final int NONE = 0;
    static final int CRC32 = 1;
    static final int CRC64 = 4;
    static final int SHA256 = 10;

    private static final long[] CRC64_TABLE = new long[256];

    static {
        for (int i = 0; i < 256; i++) {
            long c = i;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xC96C5795D7870F42L : c >>> 1;
            }
            CRC64_TABLE[i] = c;
        }
    }

    static boolean supported(long id) {
        return id == NONE || id == CRC32 || id == CRC64 || id == SHA256;
    }

    /** Size of the check field for IDs 0-15. */
    static int size(int id) {
        if (id == 0) {
            return 0;
        }
        return 4 << ((id - 1) / 3);
    }

    static long crc64(long crc, byte[] b, int off, int len) {
        long c = ~crc;
        for (int k = 0; k < len; k++) {
            c = CRC64_TABLE[(int) ((c ^ b[off + k]) & 0xff)] ^ (c >>> 8);
        }
        return ~c;
    }

    static int crc32(byte[] b, int off, int len) {
        java.util.zip.CRC32 c = new java.util.zip.CRC32();
        c.update(b, off, len);
        return (int) c.getValue();
    }

    private final int id;
    private final Window.Sink next;
    private java.util.zip.CRC32 crc32;
    private long crc64;
    private java.security.MessageDigest sha;
    long count;

    Check(int id, Window.Sink next) {
        this.id = id;
        this.next = next;
        if (id == CRC32) {
            crc32 = new java.util.zip.CRC32();
        } else if (id == SHA256) {
            try {
                sha = java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new LzmaError(LzmaError.Kind.UNSUPPORTED_CHECK);
            }
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
        if (id == CRC32) {
            crc32.update(b, off, len);
        } else if (id == CRC64) {
            crc64 = crc64(crc64, b, off, len);
        } else if (id == SHA256) {
            sha.update(b, off, len);
        }
        next.write(b, off, len);
    }

    /** The check field as stored (little-endian CRCs, the digest as is); null if not computed. */
    byte[] result() {
        if (id == CRC32) {
            long v = crc32.getValue();
            return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
        } else if (id == CRC64) {
            byte[] r = new byte[8];
            for (int k = 0; k < 8; k++) {
                r[k] = (byte) (crc64 >>> (8 * k));
            }
            return r;
        } else if (id == SHA256) {
            return sha.digest();
        } else if (id == NONE) {
            return new byte[0];
        }
        return null;
    }
}
