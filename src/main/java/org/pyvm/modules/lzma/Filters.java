package org.pyvm.modules.lzma;

/**
 * The non-LZMA filters of the .xz format as sinks: delta and the branch converters (BCJ)
 * for x86, PowerPC, IA-64, ARM, ARM-Thumb and SPARC, each decoding or encoding. A
 * branch converter works on whole instructions, so it keeps the bytes it could not convert
 * yet until more come or finish() passes them on unchanged. Written from the xz file
 * format specification and the converters' published behaviour.
 */
final class Filters {

    private Filters() {}

    static final long LZMA1 = 0x4000000000000001L;
    static final long LZMA2 = 0x21;
    static final long DELTA = 3;
    static final long X86 = 4;
    static final long POWERPC = 5;
    static final long IA64 = 6;
    static final long ARM = 7;
    static final long ARMTHUMB = 8;
    static final long SPARC = 9;

    static boolean isBcj(long id) {
        return id >= X86 && id <= SPARC;
    }

    /** A sink with an end: finish() passes on what it still holds. */
    abstract static class Stage implements Window.Sink {
        Window.Sink next;

        void finish() {
            if (next instanceof Stage s) {
                s.finish();
            }
        }
    }

    /** The delta filter: each byte is stored as its difference from the byte DIST back. */
    static final class Delta extends Stage {
        private final int dist;
        private final boolean encode;
        private final byte[] hist = new byte[256];
        private int j;
        private byte[] tmp = new byte[0];

        Delta(int dist, boolean encode, Window.Sink next) {
            this.dist = dist;
            this.encode = encode;
            this.next = next;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (tmp.length < len) {
                tmp = new byte[len];
            }
            for (int k = 0; k < len; k++) {
                byte in = b[off + k];
                byte ref = hist[(j + dist) & 0xff];
                byte raw = encode ? in : (byte) (in + ref);
                tmp[k] = encode ? (byte) (in - ref) : raw;
                hist[j & 0xff] = raw;
                j--;
            }
            next.write(tmp, 0, len);
        }
    }

    /** A branch converter (BCJ). */
    static final class Bcj extends Stage {
        private final long id;
        private final boolean encode;
        private int now;
        private byte[] buf = new byte[4096];
        private int n;
        // x86 state
        private int prevMask;
        private int prevPos = -5;

        Bcj(long id, int startOffset, boolean encode, Window.Sink next) {
            this.id = id;
            this.now = startOffset;
            this.encode = encode;
            this.next = next;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (n + len > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, n + len));
            }
            System.arraycopy(b, off, buf, n, len);
            n += len;
            int done = convert(buf, n);
            now += done;
            if (done > 0) {
                next.write(buf, 0, done);
                System.arraycopy(buf, done, buf, 0, n - done);
                n -= done;
            }
        }

        @Override
        void finish() {
            if (n > 0) {
                next.write(buf, 0, n);
                n = 0;
            }
            super.finish();
        }

        private int convert(byte[] b, int size) {
            if (id == X86) {
                return x86(b, size);
            } else if (id == POWERPC) {
                return powerpc(b, size);
            } else if (id == IA64) {
                return ia64(b, size);
            } else if (id == ARM) {
                return arm(b, size);
            } else if (id == ARMTHUMB) {
                return armThumb(b, size);
            }
            return sparc(b, size);
        }

        private int rel(int src, int at) {
            return encode ? src + at : src - at;
        }

        private static boolean msByte(int b) {
            return b == 0 || b == 0xff;
        }

        private static final boolean[] ALLOWED = {true, true, true, false, true, false, false, false};
        private static final int[] BIT_NUMBER = {0, 1, 2, 2, 3, 3, 3, 3};

        /** x86: E8/E9 (CALL/JMP rel32) operands between relative and absolute addresses. */
        private int x86(byte[] b, int size) {
            if (size < 5) {
                return 0;
            }
            int mask = prevMask;
            int last = prevPos;
            if (Integer.compareUnsigned(now - last, 5) > 0) {
                last = now - 5;
            }
            int i = 0;
            while (i <= size - 5) {
                int op = b[i] & 0xff;
                if (op != 0xE8 && op != 0xE9) {
                    i++;
                    continue;
                }
                int gap = now + i - last;
                last = now + i;
                if (Integer.compareUnsigned(gap, 5) > 0) {
                    mask = 0;
                } else {
                    for (int k = 0; k < gap; k++) {
                        mask = (mask & 0x77) << 1;
                    }
                }
                int hi = b[i + 4] & 0xff;
                if (msByte(hi) && ALLOWED[(mask >>> 1) & 7] && (mask >>> 1) < 0x10) {
                    int src = (hi << 24) | ((b[i + 3] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 1] & 0xff);
                    int dest;
                    while (true) {
                        dest = rel(src, now + i + 5);
                        if (mask == 0) {
                            break;
                        }
                        int bn = BIT_NUMBER[mask >>> 1];
                        if (!msByte((dest >>> (24 - bn * 8)) & 0xff)) {
                            break;
                        }
                        src = dest ^ ((1 << (32 - bn * 8)) - 1);
                    }
                    b[i + 4] = (byte) ~(((dest >>> 24) & 1) - 1);
                    b[i + 3] = (byte) (dest >>> 16);
                    b[i + 2] = (byte) (dest >>> 8);
                    b[i + 1] = (byte) dest;
                    i += 5;
                    mask = 0;
                } else {
                    i++;
                    mask |= 1;
                    if (msByte(hi)) {
                        mask |= 0x10;
                    }
                }
            }
            prevMask = mask;
            prevPos = last;
            return i;
        }

        /** PowerPC: big-endian "bl" (opcode 18, AA=0, LK=1) targets. */
        private int powerpc(byte[] b, int size) {
            int i = 0;
            for (; i + 4 <= size; i += 4) {
                if (((b[i] & 0xff) >>> 2) == 0x12 && (b[i + 3] & 3) == 1) {
                    int src = ((b[i] & 3) << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8)
                        | (b[i + 3] & 0xfc);
                    int dest = rel(src, now + i);
                    b[i] = (byte) (0x48 | ((dest >>> 24) & 3));
                    b[i + 1] = (byte) (dest >>> 16);
                    b[i + 2] = (byte) (dest >>> 8);
                    b[i + 3] = (byte) ((b[i + 3] & 3) | (dest & 0xfc));
                }
            }
            return i;
        }

        private static final int[] IA64_TABLE = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            4, 4, 6, 6, 0, 0, 7, 7, 4, 4, 0, 0, 4, 4, 0, 0};

        /** IA-64: the IP-relative branch slots of 16-byte bundles, by bundle template. */
        private int ia64(byte[] b, int size) {
            int i = 0;
            for (; i + 16 <= size; i += 16) {
                int slots = IA64_TABLE[b[i] & 0x1f];
                for (int slot = 0, bitPos = 5; slot < 3; slot++, bitPos += 41) {
                    if (((slots >>> slot) & 1) == 0) {
                        continue;
                    }
                    int at = i + (bitPos >>> 3);
                    int shift = bitPos & 7;
                    long ins = 0;
                    for (int k = 0; k < 6; k++) {
                        ins |= (long) (b[at + k] & 0xff) << (8 * k);
                    }
                    long norm = ins >>> shift;
                    if (((norm >>> 37) & 0xf) != 5 || ((norm >>> 9) & 7) != 0) {
                        continue;
                    }
                    int src = (int) ((norm >>> 13) & 0xfffff) | (int) (((norm >>> 36) & 1) << 20);
                    src <<= 4;
                    int dest = rel(src, now + i) >>> 4;
                    norm &= ~(0x8fffffL << 13);
                    norm |= (long) (dest & 0xfffff) << 13;
                    norm |= (long) (dest & 0x100000) << 16;
                    ins &= (1L << shift) - 1;
                    ins |= norm << shift;
                    for (int k = 0; k < 6; k++) {
                        b[at + k] = (byte) (ins >>> (8 * k));
                    }
                }
            }
            return i;
        }

        /** ARM: little-endian BL (condition always) targets, word-aligned. */
        private int arm(byte[] b, int size) {
            int i = 0;
            for (; i + 4 <= size; i += 4) {
                if ((b[i + 3] & 0xff) == 0xEB) {
                    int src = (((b[i + 2] & 0xff) << 16) | ((b[i + 1] & 0xff) << 8) | (b[i] & 0xff)) << 2;
                    int dest = rel(src, now + i + 8) >>> 2;
                    b[i + 2] = (byte) (dest >>> 16);
                    b[i + 1] = (byte) (dest >>> 8);
                    b[i] = (byte) dest;
                }
            }
            return i;
        }

        /** ARM-Thumb: the two-halfword BL pair. */
        private int armThumb(byte[] b, int size) {
            int i = 0;
            for (; i + 4 <= size; i += 2) {
                if ((b[i + 1] & 0xf8) == 0xf0 && (b[i + 3] & 0xf8) == 0xf8) {
                    int src = (((b[i + 1] & 7) << 19) | ((b[i] & 0xff) << 11) | ((b[i + 3] & 7) << 8)
                        | (b[i + 2] & 0xff)) << 1;
                    int dest = rel(src, now + i + 4) >>> 1;
                    b[i + 1] = (byte) (0xf0 | ((dest >>> 19) & 7));
                    b[i] = (byte) (dest >>> 11);
                    b[i + 3] = (byte) (0xf8 | ((dest >>> 8) & 7));
                    b[i + 2] = (byte) dest;
                    i += 2;
                }
            }
            return i;
        }

        /** SPARC: big-endian CALL targets. */
        private int sparc(byte[] b, int size) {
            int i = 0;
            for (; i + 4 <= size; i += 4) {
                int b0 = b[i] & 0xff;
                int b1 = b[i + 1] & 0xff;
                if ((b0 == 0x40 && (b1 & 0xc0) == 0) || (b0 == 0x7f && (b1 & 0xc0) == 0xc0)) {
                    int src = ((b0 << 24) | (b1 << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff)) << 2;
                    int dest = rel(src, now + i) >>> 2;
                    dest = (((0 - ((dest >>> 22) & 1)) << 22) & 0x3fffffff) | (dest & 0x3fffff) | 0x40000000;
                    b[i] = (byte) (dest >>> 24);
                    b[i + 1] = (byte) (dest >>> 16);
                    b[i + 2] = (byte) (dest >>> 8);
                    b[i + 3] = (byte) dest;
                }
            }
            return i;
        }
    }
}
