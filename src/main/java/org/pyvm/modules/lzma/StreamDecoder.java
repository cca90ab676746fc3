package org.pyvm.modules.lzma;

import java.util.ArrayList;
import java.util.List;

/**
 * One compressed stream being decoded, fed in pieces: .xz (stream header, blocks with their
 * headers, padding and checks, the index and the stream footer, as the .xz file format
 * specification 1.1.0 lays them out), .lzma (the 13-byte header and LZMA1), raw (a filter
 * chain ending in LZMA1 or LZMA2), or auto (.xz if the first byte is 0xFD, else .lzma).
 * The roles of liblzma's lzma_stream_decoder, lzma_alone_decoder, lzma_raw_decoder and
 * lzma_auto_decoder with LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK, as CPython's
 * _lzma.LZMADecompressor uses them: one stream only, what follows it is left in the input.
 */
final class StreamDecoder {

    static final int FORMAT_AUTO = 0;
    static final int FORMAT_XZ = 1;
    static final int FORMAT_ALONE = 2;
    static final int FORMAT_RAW = 3;
    static final int CHECK_UNKNOWN = 16;

    private static final byte[] XZ_MAGIC = {(byte) 0xFD, '7', 'z', 'X', 'Z', 0};

    final Input in = new Input();
    final OutQueue out = new OutQueue();
    int check = CHECK_UNKNOWN;
    boolean done;
    private LzmaError failed;
    private final long memlimit;
    private final boolean picky;

    private enum St { DETECT, XZ_HEADER, BLOCK, BLOCK_DATA, BLOCK_PAD, BLOCK_CHECK, INDEX, FOOTER,
        ALONE_HEADER, LZMA1_INIT, LZMA1_RUN, LZMA2_RUN, DONE }

    private St st;
    private int streamFlags;
    // current block (or raw chain)
    private Window win;
    private Lzma2Reader lzma2;
    private LzmaDecoder lzma1;
    private Window.Sink chainHead;
    private Check blockCheck;
    private long knownSize = -1;
    private long blockCompressed;
    private long blockUncompressed;
    private int blockHeaderSize;
    private final List<long[]> records = new ArrayList<>();

    StreamDecoder(int format, long memlimit, FilterSpec[] raw) {
        this.memlimit = memlimit == 0 ? 1 : memlimit;
        this.picky = format == FORMAT_AUTO;
        switch (format) {
            case FORMAT_AUTO -> st = St.DETECT;
            case FORMAT_XZ -> st = St.XZ_HEADER;
            case FORMAT_ALONE -> {
                st = St.ALONE_HEADER;
                check = Check.NONE;
            }
            default -> {
                check = Check.NONE;
                FilterSpec.validateChain(raw);
                FilterSpec last = raw[raw.length - 1];
                win = new Window((int) Math.min(last.dictSize, Integer.MAX_VALUE), null);
                startChain(raw, out);
                if (last.id == Filters.LZMA2) {
                    lzma2 = new Lzma2Reader(win);
                    st = St.LZMA2_RUN;
                } else {
                    lzma1 = new LzmaDecoder(win, (int) last.lc, (int) last.lp, (int) last.pb);
                    lzma1.resetState();
                    st = St.LZMA1_INIT;
                }
            }
        }
    }

    private void startChain(FilterSpec[] chain, Window.Sink last) {
        Window.Sink head = FilterSpec.decodeSinks(chain, last);
        chainHead = head;
        win.setSink(head);
    }

    private void finishChain() {
        win.flush();
        if (chainHead instanceof Filters.Stage s) {
            s.finish();
        }
    }

    private void checkMem(long dictSize) {
        if (dictSize + 32768 > memlimit && Long.compareUnsigned(dictSize + 32768, memlimit) > 0) {
            throw new LzmaError(LzmaError.Kind.MEMLIMIT);
        }
    }

    /** Decodes until the stream ends, the input runs out, or OUT holds WANT bytes. */
    void decode(long want) {
        if (failed != null) {
            throw new LzmaError(failed.kind);
        }
        try {
            while (!done && out.size() < want) {
                if (!step(want)) {
                    return;
                }
            }
        } catch (LzmaError e) {
            failed = e;
            throw e;
        }
    }

    /** One state's work; false when it needs more input. */
    private boolean step(long want) {
        switch (st) {
            case DETECT -> {
                if (in.avail() < 1) {
                    return false;
                }
                if (in.u8(0) == 0xFD) {
                    st = St.XZ_HEADER;
                } else {
                    st = St.ALONE_HEADER;
                    check = Check.NONE;
                }
                return true;
            }
            case XZ_HEADER -> {
                if (in.avail() < 12) {
                    return false;
                }
                for (int k = 0; k < 6; k++) {
                    if (in.b[in.pos + k] != XZ_MAGIC[k]) {
                        throw new LzmaError(LzmaError.Kind.FORMAT);
                    }
                }
                if (Check.crc32(in.b, in.pos + 6, 2) != (int) in.le32(8)) {
                    throw LzmaError.data();
                }
                if (in.u8(6) != 0 || (in.u8(7) & 0xf0) != 0) {
                    throw LzmaError.options();
                }
                streamFlags = in.u8(7);
                check = streamFlags & 0x0f;
                in.pos += 12;
                st = St.BLOCK;
                return true;
            }
            case BLOCK -> {
                return blockHeader();
            }
            case BLOCK_DATA -> {
                if (lzma2.run(in, out, want) != Lzma2Reader.END) {
                    return false;
                }
                finishChain();
                long comp = lzma2.consumed;
                if ((blockCompressed >= 0 && blockCompressed != comp)
                    || (blockUncompressed >= 0 && blockUncompressed != blockCheck.count)) {
                    throw LzmaError.data();
                }
                blockCompressed = comp;
                st = St.BLOCK_PAD;
                return true;
            }
            case BLOCK_PAD -> {
                int pad = (int) ((4 - (blockCompressed & 3)) & 3);
                if (in.avail() < pad) {
                    return false;
                }
                for (int k = 0; k < pad; k++) {
                    if (in.u8(k) != 0) {
                        throw LzmaError.data();
                    }
                }
                in.pos += pad;
                st = St.BLOCK_CHECK;
                return true;
            }
            case BLOCK_CHECK -> {
                int n = Check.size(check);
                if (in.avail() < n) {
                    return false;
                }
                byte[] want2 = blockCheck.result();
                if (want2 != null) {
                    for (int k = 0; k < n; k++) {
                        if (in.b[in.pos + k] != want2[k]) {
                            throw LzmaError.data();
                        }
                    }
                }
                in.pos += n;
                records.add(new long[] {blockHeaderSize + blockCompressed + n, blockCheck.count});
                st = St.BLOCK;
                return true;
            }
            case INDEX -> {
                return index();
            }
            case FOOTER -> {
                if (in.avail() < 12) {
                    return false;
                }
                if (Check.crc32(in.b, in.pos + 4, 6) != (int) in.le32(0)) {
                    throw LzmaError.data();
                }
                if (in.u8(10) != 'Y' || in.u8(11) != 'Z' || in.u8(8) != 0 || in.u8(9) != streamFlags
                    || (in.le32(4) + 1) * 4 != indexSize) {
                    throw LzmaError.data();
                }
                in.pos += 12;
                st = St.DONE;
                done = true;
                return true;
            }
            case ALONE_HEADER -> {
                return aloneHeader();
            }
            case LZMA1_INIT -> {
                if (in.avail() < 5) {
                    return false;
                }
                lzma1.in = in.b;
                lzma1.pos = in.pos;
                lzma1.lim = in.lim;
                lzma1.rcInit();
                in.pos = lzma1.pos;
                st = St.LZMA1_RUN;
                return true;
            }
            case LZMA1_RUN -> {
                return lzma1Run(want);
            }
            case LZMA2_RUN -> {
                if (lzma2.run(in, out, want) == Lzma2Reader.END) {
                    finishChain();
                    st = St.DONE;
                    done = true;
                    return true;
                }
                return false;
            }
            default -> {
                done = true;
                return false;
            }
        }
    }

    private boolean lzma1Run(long want) {
        LzmaDecoder lz = lzma1;
        lz.in = in.b;
        lz.pos = in.pos;
        lz.lim = in.lim;
        long hard = knownSize >= 0 ? knownSize : Long.MAX_VALUE;
        long soft = want == Long.MAX_VALUE ? Long.MAX_VALUE : win.total + Math.max(1, want - out.size());
        long t0 = win.total;
        int p0 = lz.pos;
        int r = lz.run(hard, soft, false);
        in.pos = lz.pos;
        win.flush();
        if (r == 1 || (knownSize >= 0 && win.total == knownSize)) {
            if (!lz.rcFinished() || (knownSize >= 0 && win.total != knownSize)) {
                throw LzmaError.data();
            }
            finishChain();
            st = St.DONE;
            done = true;
            return true;
        }
        return (win.total != t0 || lz.pos != p0) && out.size() < want;
    }

    private boolean aloneHeader() {
        if (in.avail() < 13) {
            return false;
        }
        FilterSpec f = new FilterSpec(Filters.LZMA1);
        if (!f.setPropsByte(in.u8(0))) {
            throw new LzmaError(LzmaError.Kind.FORMAT);
        }
        long dict = in.le32(1);
        if (picky && dict != 0xFFFFFFFFL) {
            long d = dict - 1;
            d |= d >>> 2;
            d |= d >>> 3;
            d |= d >>> 4;
            d |= d >>> 8;
            d |= d >>> 16;
            d++;
            if (d != dict) {
                throw new LzmaError(LzmaError.Kind.FORMAT);
            }
        }
        long size = 0;
        for (int k = 0; k < 8; k++) {
            size |= (long) in.u8(5 + k) << (8 * k);
        }
        if (picky && size != -1 && Long.compareUnsigned(size, 1L << 38) >= 0) {
            throw new LzmaError(LzmaError.Kind.FORMAT);
        }
        if (dict < 4096) {
            dict = 4096;
        }
        checkMem(dict);
        in.pos += 13;
        knownSize = size;
        win = new Window((int) Math.min(dict, Integer.MAX_VALUE), null);
        win.setSink(out);
        chainHead = out;
        lzma1 = new LzmaDecoder(win, (int) f.lc, (int) f.lp, (int) f.pb);
        lzma1.resetState();
        st = St.LZMA1_INIT;
        return true;
    }

    /** Reads a variable-length integer at IN offset AT[0] below LIMIT; -1 if the input ends first. */
    private long vli(int[] at, int limit) {
        long v = 0;
        for (int k = 0; k < 9; k++) {
            if (at[0] >= limit) {
                return -1;
            }
            int b = in.u8(at[0]++);
            v |= (long) (b & 0x7f) << (7 * k);
            if ((b & 0x80) == 0) {
                if (b == 0 && k > 0) {
                    throw LzmaError.data();
                }
                return v;
            }
        }
        throw LzmaError.data();
    }

    private boolean blockHeader() {
        if (in.avail() < 1) {
            return false;
        }
        int first = in.u8(0);
        if (first == 0) {
            st = St.INDEX;
            return true;
        }
        int size = (first + 1) * 4;
        if (in.avail() < size) {
            return false;
        }
        if (Check.crc32(in.b, in.pos, size - 4) != (int) in.le32(size - 4)) {
            throw LzmaError.data();
        }
        int flags = in.u8(1);
        if ((flags & 0x3c) != 0) {
            throw LzmaError.options();
        }
        int end = size - 4;
        int[] at = {2};
        blockCompressed = -1;
        blockUncompressed = -1;
        if ((flags & 0x40) != 0) {
            blockCompressed = vli(at, end);
            if (blockCompressed <= 0) {
                throw LzmaError.data();
            }
        }
        if ((flags & 0x80) != 0) {
            blockUncompressed = vli(at, end);
            if (blockUncompressed < 0) {
                throw LzmaError.data();
            }
        }
        int n = (flags & 3) + 1;
        FilterSpec[] chain = new FilterSpec[n];
        for (int i = 0; i < n; i++) {
            long id = vli(at, end);
            long psize = vli(at, end);
            if (id < 0 || psize < 0 || at[0] + psize > end) {
                throw LzmaError.data();
            }
            if (id == Filters.LZMA1) {
                throw LzmaError.options();
            }
            byte[] props = java.util.Arrays.copyOfRange(in.b, in.pos + at[0], in.pos + at[0] + (int) psize);
            at[0] += (int) psize;
            chain[i] = FilterSpec.decodeProps(id, props);
        }
        for (int k = at[0]; k < end; k++) {
            if (in.u8(k) != 0) {
                throw LzmaError.options();
            }
        }
        FilterSpec.validateChain(chain);
        FilterSpec last = chain[n - 1];
        if (last.id != Filters.LZMA2) {
            throw LzmaError.options();
        }
        checkMem(last.dictSize);
        in.pos += size;
        blockHeaderSize = size;
        win = new Window((int) Math.min(last.dictSize, Integer.MAX_VALUE), null);
        blockCheck = new Check(check, out);
        startChain(chain, blockCheck);
        lzma2 = new Lzma2Reader(win);
        st = St.BLOCK_DATA;
        return true;
    }

    private long indexSize;

    private boolean index() {
        int avail = in.avail();
        int[] at = {1};
        long count = vli(at, avail);
        if (count < 0) {
            return false;
        }
        if (count != records.size()) {
            throw LzmaError.data();
        }
        for (int i = 0; i < count; i++) {
            long unpadded = vli(at, avail);
            if (unpadded < 0) {
                return false;
            }
            long usize = vli(at, avail);
            if (usize < 0) {
                return false;
            }
            long[] r = records.get(i);
            if (unpadded != r[0] || usize != r[1]) {
                throw LzmaError.data();
            }
        }
        int pad = (4 - (at[0] & 3)) & 3;
        if (avail < at[0] + pad + 4) {
            return false;
        }
        for (int k = 0; k < pad; k++) {
            if (in.u8(at[0] + k) != 0) {
                throw LzmaError.data();
            }
        }
        int body = at[0] + pad;
        if (Check.crc32(in.b, in.pos, body) != (int) in.le32(body)) {
            throw LzmaError.data();
        }
        indexSize = body + 4;
        in.pos += body + 4;
        st = St.FOOTER;
        return true;
    }
}
