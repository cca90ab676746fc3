package org.pyvm.modules.lzma;

import java.io.ByteArrayOutputStream;

/**
 * One compressed stream being written: .xz (stream header, one block of LZMA2 behind its
 * filters with its header, padding and check, the index and the footer), .lzma (header
 * with the size unknown, LZMA1 with the end marker) or raw (the filter chain alone).
 * The roles of liblzma's lzma_stream_encoder/lzma_easy_encoder, lzma_alone_encoder and
 * lzma_raw_encoder as CPython's _lzma.LZMACompressor uses them.
 */
final class StreamEncoder {

    private final int format;
    private final int check;
    private final FilterSpec[] chain;
    private final LzmaEncoder enc;
    private final boolean lzma2;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Window.Sink head;
    private Check blockCheck;
    private boolean headerDone;
    private boolean blockStarted;
    private int blockHeaderSize;
    private long blockData;
    // LZMA2 chunking
    private boolean firstChunk = true;
    private long chunkStart;

    StreamEncoder(int format, int check, FilterSpec[] chain) {
        this.format = format;
        this.check = check;
        this.chain = chain;
        FilterSpec last = chain[chain.length - 1];
        this.lzma2 = last.id == Filters.LZMA2;
        this.enc = new LzmaEncoder(last);
        Window.Sink s = (b, off, len) -> {
            enc.append(b, off, len);
            code(false);
        };
        for (int i = chain.length - 2; i >= 0; i--) {
            FilterSpec f = chain[i];
            s = f.id == Filters.DELTA ? new Filters.Delta((int) f.dist, true, s)
                : new Filters.Bcj(f.id, (int) f.startOffset, true, s);
        }
        this.head = s;
    }

    private static void le32(ByteArrayOutputStream o, long v) {
        o.write((int) v);
        o.write((int) (v >>> 8));
        o.write((int) (v >>> 16));
        o.write((int) (v >>> 24));
    }

    private static void vli(ByteArrayOutputStream o, long v) {
        while (Long.compareUnsigned(v, 0x80) >= 0) {
            o.write((int) (v & 0x7f) | 0x80);
            v >>>= 7;
        }
        o.write((int) v);
    }

    private static byte[] crc32(byte[] b) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        le32(o, Check.crc32(b, 0, b.length) & 0xFFFFFFFFL);
        return o.toByteArray();
    }

    private void start() {
        if (headerDone) {
            return;
        }
        headerDone = true;
        if (format == StreamDecoder.FORMAT_XZ) {
            out.writeBytes(new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0});
            byte[] flags = {0, (byte) check};
            out.writeBytes(flags);
            out.writeBytes(crc32(flags));
        } else if (format == StreamDecoder.FORMAT_ALONE) {
            FilterSpec f = chain[0];
            out.write(f.propsByte());
            long d = Math.max(4096, f.dictSize) - 1;
            d |= d >>> 2;
            d |= d >>> 3;
            d |= d >>> 4;
            d |= d >>> 8;
            d |= d >>> 16;
            d++;
            le32(out, d);
            for (int k = 0; k < 8; k++) {
                out.write(0xff);
            }
        }
    }

    private void startBlock() {
        if (blockStarted) {
            return;
        }
        blockStarted = true;
        ByteArrayOutputStream h = new ByteArrayOutputStream();
        h.write(0);
        h.write(chain.length - 1);
        for (FilterSpec f : chain) {
            byte[] props = f.encodeProps();
            vli(h, f.id);
            vli(h, props.length);
            h.writeBytes(props);
        }
        while (h.size() % 4 != 0) {
            h.write(0);
        }
        byte[] hb = h.toByteArray();
        hb[0] = (byte) ((hb.length + 4) / 4 - 1);
        out.writeBytes(hb);
        out.writeBytes(crc32(hb));
        blockHeaderSize = hb.length + 4;
        blockCheck = new Check(check, (b, off, len) -> { });
    }

    byte[] compress(byte[] data) {
        start();
        if (data.length > 0) {
            if (format == StreamDecoder.FORMAT_XZ) {
                startBlock();
                blockCheck.write(data, 0, data.length);
            }
            head.write(data, 0, data.length);
        }
        return drain();
    }

    private byte[] drain() {
        if (!lzma2 && enc.rcOut.size() > 0) {
            out.writeBytes(enc.rcOut.toByteArray());
            enc.rcOut.reset();
        }
        byte[] b = out.toByteArray();
        out.reset();
        return b;
    }

    /** Codes what the input allows (all of it if FINAL); LZMA2 writes its full chunks. */
    private void code(boolean fin) {
        if (!lzma2) {
            enc.encode(fin, () -> false, 0);
            return;
        }
        while (true) {
            enc.encode(fin, this::chunkFull, 0);
            if (chunkFull()) {
                writeChunk();
            } else {
                break;
            }
        }
        if (fin && enc.pos > chunkStart) {
            writeChunk();
        }
    }

    private boolean chunkFull() {
        return enc.pos - chunkStart > (1 << 21) - LzmaEncoder.MATCH_MAX - 1 || enc.rcSize() > 65536 - 64;
    }

    private void writeChunk() {
        enc.rcFlush();
        byte[] data = enc.rcOut.toByteArray();
        enc.rcOut.reset();
        int u = (int) (enc.pos - chunkStart) - 1;
        int c = data.length - 1;
        int control = (firstChunk ? 0xE0 : 0x80) | (u >>> 16);
        ByteArrayOutputStream o = format == StreamDecoder.FORMAT_XZ ? new ByteArrayOutputStream() : out;
        o.write(control);
        o.write(u >>> 8);
        o.write(u);
        o.write(c >>> 8);
        o.write(c);
        if (firstChunk) {
            o.write((enc.pb * 5 + enc.lp) * 9 + enc.lc);
        }
        o.writeBytes(data);
        if (o != out) {
            blockData += o.size();
            out.writeBytes(o.toByteArray());
        }
        firstChunk = false;
        chunkStart = enc.pos;
    }

    byte[] finish() {
        start();
        if (head instanceof Filters.Stage s) {
            s.finish();
        }
        code(true);
        if (!lzma2) {
            enc.endMarker(0);
            enc.rcFlush();
            out.writeBytes(enc.rcOut.toByteArray());
            enc.rcOut.reset();
        } else if (format != StreamDecoder.FORMAT_XZ || blockStarted) {
            out.write(0);
            blockData++;
        }
        if (format == StreamDecoder.FORMAT_XZ) {
            ByteArrayOutputStream idx = new ByteArrayOutputStream();
            idx.write(0);
            if (blockStarted) {
                int pad = (int) ((4 - (blockData & 3)) & 3);
                for (int k = 0; k < pad; k++) {
                    out.write(0);
                }
                byte[] ck = blockCheck.result();
                out.writeBytes(ck);
                vli(idx, 1);
                vli(idx, blockHeaderSize + blockData + ck.length);
                vli(idx, blockCheck.count);
            } else {
                vli(idx, 0);
            }
            while (idx.size() % 4 != 0) {
                idx.write(0);
            }
            byte[] ib = idx.toByteArray();
            out.writeBytes(ib);
            out.writeBytes(crc32(ib));
            ByteArrayOutputStream f = new ByteArrayOutputStream();
            le32(f, (ib.length + 4) / 4 - 1);
            f.write(0);
            f.write(check);
            byte[] fb = f.toByteArray();
            out.writeBytes(crc32(fb));
            out.writeBytes(fb);
            out.write('Y');
            out.write('Z');
        }
        return drain();
    }
}
