package org.pyvm.modules.lzma;

/**
 * One filter of a chain with its options (liblzma's lzma_filter with lzma_options_lzma,
 * lzma_options_delta or lzma_options_bcj), and the encoding of its properties as the .xz
 * block header and the .lzma header store them.
 */
final class FilterSpec {

    long id;
    // LZMA1/LZMA2
    long dictSize = 1 << 23;
    long lc = 3;
    long lp;
    long pb = 2;
    long mode = 2;
    long niceLen = 64;
    long mf = 0x14;
    long depth;
    int preset = 6;
    // delta
    long dist = 1;
    // BCJ
    long startOffset;

    FilterSpec(long id) {
        this.id = id;
    }

    boolean isLzma() {
        return id == Filters.LZMA1 || id == Filters.LZMA2;
    }

    /** Fills the LZMA options from a preset (lzma_lzma_preset); false if the preset is invalid. */
    boolean applyPreset(long p) {
        long level = p & 0x1f;
        long flags = p & ~0x1fL;
        if (level > 9 || (flags & ~0x80000000L) != 0) {
            return false;
        }
        preset = (int) p;
        long[] dicts = {1 << 18, 1 << 20, 1 << 21, 1 << 22, 1 << 22, 1 << 23, 1 << 23, 1 << 24, 1 << 25, 1 << 26};
        dictSize = dicts[(int) level];
        lc = 3;
        lp = 0;
        pb = 2;
        boolean extreme = flags != 0;
        if (level <= 3 && !extreme) {
            mode = 1;
            mf = level == 0 ? 3 : 4;
            niceLen = level <= 1 ? 128 : 273;
            depth = new long[] {4, 8, 24, 48}[(int) level];
        } else {
            mode = 2;
            mf = 0x14;
            niceLen = level == 4 ? 16 : level == 5 ? 32 : 64;
            depth = 0;
        }
        if (extreme) {
            mode = 2;
            mf = 0x14;
            if (level == 3 || level == 5) {
                niceLen = 192;
                depth = 0;
            } else if (level == 4) {
                niceLen = 273;
                depth = 512;
            } else {
                niceLen = 273;
                depth = 512;
            }
        }
        return true;
    }

    /** lc/lp/pb as valid for LZMA (lc + lp at most 4, pb at most 4). */
    boolean lclppbValid() {
        return lc <= 4 && lp <= 4 && lc + lp <= 4 && pb <= 4;
    }

    int propsByte() {
        return (int) ((pb * 5 + lp) * 9 + lc);
    }

    /** Sets lc/lp/pb from a properties byte; false if it is out of range. */
    boolean setPropsByte(int b) {
        if (b > (4 * 5 + 4) * 9 + 8) {
            return false;
        }
        lc = b % 9;
        b /= 9;
        lp = b % 5;
        pb = b / 5;
        return lc + lp <= 4;
    }

    /** LZMA2's one-byte dictionary size: the smallest 2^n or 3*2^(n-1) that holds dictSize. */
    static int lzma2DictByte(long size) {
        if (size < 4096) {
            size = 4096;
        }
        for (int d = 0; d < 40; d++) {
            if (lzma2DictSize(d) >= size) {
                return d;
            }
        }
        return 40;
    }

    static long lzma2DictSize(int d) {
        if (d == 40) {
            return 0xFFFFFFFFL;
        }
        return (2L | (d & 1)) << (d / 2 + 11);
    }

    /** lzma_properties_encode; throws LzmaError OPTIONS for invalid options. */
    byte[] encodeProps() {
        if (id == Filters.LZMA1) {
            if (!lclppbValid()) {
                throw LzmaError.options();
            }
            long d = dictSize;
            return new byte[] {(byte) propsByte(), (byte) d, (byte) (d >>> 8), (byte) (d >>> 16), (byte) (d >>> 24)};
        }
        if (id == Filters.LZMA2) {
            if (!lclppbValid()) {
                throw LzmaError.options();
            }
            return new byte[] {(byte) lzma2DictByte(dictSize)};
        }
        if (id == Filters.DELTA) {
            if (dist < 1 || dist > 256) {
                throw LzmaError.options();
            }
            return new byte[] {(byte) (dist - 1)};
        }
        if (startOffset == 0) {
            return new byte[0];
        }
        long s = startOffset;
        return new byte[] {(byte) s, (byte) (s >>> 8), (byte) (s >>> 16), (byte) (s >>> 24)};
    }

    /** lzma_properties_decode; throws LzmaError OPTIONS for invalid properties or an unknown id. */
    static FilterSpec decodeProps(long id, byte[] p) {
        FilterSpec f = new FilterSpec(id);
        if (id == Filters.LZMA1) {
            if (p.length != 5 || !f.setPropsByte(p[0] & 0xff)) {
                throw LzmaError.options();
            }
            f.dictSize = (p[1] & 0xff) | ((p[2] & 0xff) << 8) | ((p[3] & 0xff) << 16) | ((long) (p[4] & 0xff) << 24);
        } else if (id == Filters.LZMA2) {
            if (p.length != 1 || (p[0] & 0xff) > 40) {
                throw LzmaError.options();
            }
            f.dictSize = lzma2DictSize(p[0] & 0xff);
        } else if (id == Filters.DELTA) {
            if (p.length != 1) {
                throw LzmaError.options();
            }
            f.dist = (p[0] & 0xff) + 1;
        } else if (Filters.isBcj(id)) {
            if (p.length == 4) {
                f.startOffset = (p[0] & 0xff) | ((p[1] & 0xff) << 8) | ((p[2] & 0xff) << 16)
                    | ((long) (p[3] & 0xff) << 24);
            } else if (p.length != 0) {
                throw LzmaError.options();
            }
        } else {
            throw LzmaError.options();
        }
        return f;
    }

    /** The chain rules of liblzma's validate_chain: 1-4 filters, an LZMA filter last and only last. */
    static void validateChain(FilterSpec[] chain) {
        int n = chain.length;
        if (n < 1 || n > 4 || !chain[n - 1].isLzma()) {
            throw LzmaError.options();
        }
        for (int i = 0; i < n - 1; i++) {
            if (chain[i].isLzma()) {
                throw LzmaError.options();
            }
        }
        for (FilterSpec f : chain) {
            if (f.isLzma() && !f.lclppbValid()) {
                throw LzmaError.options();
            }
            if (f.id == Filters.DELTA && (f.dist < 1 || f.dist > 256)) {
                throw LzmaError.options();
            }
        }
    }

    /** The decoder's sink chain for a filter chain ending in FINAL: the last non-LZMA filter first. */
    static Window.Sink decodeSinks(FilterSpec[] chain, Window.Sink last) {
        Window.Sink s = last;
        for (int i = 0; i < chain.length - 1; i++) {
            FilterSpec f = chain[i];
            if (f.id == Filters.DELTA) {
                s = new Filters.Delta((int) f.dist, false, s);
            } else {
                s = new Filters.Bcj(f.id, (int) f.startOffset, false, s);
            }
        }
        return s;
    }
}
