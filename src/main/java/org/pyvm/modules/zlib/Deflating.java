package org.pyvm.modules.zlib;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;
import org.pyvm.runtime.PyErr;

/**
 * One compression stream: a raw java.util.zip Deflater with the zlib or gzip wrapper
 * written here (so that every window size and the gzip format work), as zlib's deflate
 * writes them: zlib header with FLEVEL and the dictionary id, Adler-32 trailer; gzip
 * header (mtime 0, XFL from the level, OS 3) with CRC-32 and length trailer. Java's
 * deflater always uses a 32 KiB window and memLevel 8, so streams asked for with a
 * smaller window equal zlib's only while the input is shorter than that window, and
 * another memLevel (a memory/speed trade-off of zlib's, accepted and checked) gives
 * valid streams whose bytes may differ from zlib's.
 * Compare zlib's deflate.c (deflateInit2, deflate's header and trailer code).
 */
final class Deflating {

    static final int ZLIB = 0;
    static final int RAW = 1;
    static final int GZIP = 2;

    private final Deflater deflater;
    private final int format;
    private final int wbits;
    /** wbits as given (copy() makes its stream from it). */
    private final int wbits0;
    private final int level;
    private final int strategy;
    private final byte[] zdict;
    private boolean headerDone;
    boolean finished;
    private int check;
    private long total;
    /** The calls so far, for copy(); null for a one-shot zlib.compress. */
    private History history;

    /** The wrapper of WBITS, or -1 when zlib would refuse it. */
    static int formatOf(int wbits) {
        if (wbits >= 8 && wbits <= 15) {
            return ZLIB;
        }
        if (wbits >= -15 && wbits <= -9) {
            return RAW;
        }
        if (wbits >= 25 && wbits <= 31) {
            return GZIP;
        }
        return -1;
    }

    Deflating(int level, int wbits, int strategy, byte[] zdict) {
        this.wbits0 = wbits;
        this.format = formatOf(wbits);
        this.wbits = format == ZLIB ? Math.max(9, wbits) : format == GZIP ? wbits - 16 : -wbits;
        this.level = level;
        this.strategy = strategy;
        this.zdict = zdict;
        this.deflater = new Deflater(level, true);
        if (strategy == 1) {
            deflater.setStrategy(Deflater.FILTERED);
        } else if (strategy == 2) {
            deflater.setStrategy(Deflater.HUFFMAN_ONLY);
        }
        if (zdict != null) {
            deflater.setDictionary(zdict);
        }
        check = format == ZLIB ? 1 : 0;
    }

    /** A stream whose calls are kept so that it can be copied (compressobj). */
    Deflating copyable() {
        history = new History();
        return this;
    }

    /**
     * A stream in the same state: a new one given this one's calls (see {@link History}).
     * Compare zlibmodule.c: zlib_Compress_copy_impl (deflateCopy).
     */
    Deflating copy() {
        Deflating d = new Deflating(level, wbits0, strategy, zdict);
        for (History.Call c : history.calls("Compress")) {
            if (c.arg() < 0) {
                d.compress(c.data());
            } else {
                d.flush(c.arg(), "flushing");
            }
        }
        d.history = history.copy();
        return d;
    }

    private void header(ByteArrayOutputStream out) {
        if (headerDone) {
            return;
        }
        headerDone = true;
        int lvl = level == -1 ? 6 : level;
        if (format == ZLIB) {
            int cmf = ((wbits - 8) << 4) | 8;
            int flevel = strategy >= 2 || lvl < 2 ? 0 : lvl < 6 ? 1 : lvl == 6 ? 2 : 3;
            int flg = flevel << 6;
            if (zdict != null) {
                flg |= 0x20;
            }
            flg += 31 - ((cmf << 8) + flg) % 31;
            out.write(cmf);
            out.write(flg);
            if (zdict != null) {
                int id = Checksums.adler32(1, zdict, 0, zdict.length);
                for (int k = 3; k >= 0; k--) {
                    out.write(id >>> (8 * k));
                }
            }
        } else if (format == GZIP) {
            out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0});
            out.write(lvl == 9 ? 2 : strategy >= 2 || lvl < 2 ? 4 : 0);
            out.write(3);
        }
    }

    /** Runs the deflater until it wants more input (or, for a flush, until the flush is complete). */
    private void drain(ByteArrayOutputStream out, int flush) {
        byte[] buf = new byte[16384];
        int n;
        do {
            n = deflater.deflate(buf, 0, buf.length, flush);
            out.write(buf, 0, n);
        } while (n == buf.length || (flush == Deflater.NO_FLUSH && !deflater.needsInput()));
    }

    /** Compresses DATA with no flush. */
    byte[] compress(byte[] data) {
        if (finished) {
            throw ZlibModule.error("Error -2 while compressing data: inconsistent stream state");
        }
        if (history != null) {
            history.add(data, -1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        header(out);
        update(data);
        deflater.setInput(data);
        drain(out, Deflater.NO_FLUSH);
        return out.toByteArray();
    }

    private void update(byte[] data) {
        total += data.length;
        check = format == ZLIB ? Checksums.adler32(check, data, 0, data.length)
            : format == GZIP ? Checksums.crc32(check, data, 0, data.length) : 0;
    }

    /** flush(mode): 1, 2 and 5 sync, 3 full, 4 finish (0 is handled by the caller). */
    byte[] flush(int mode, String what) {
        if (finished) {
            throw ZlibModule.error("Error -2 while " + what + ": inconsistent stream state");
        }
        if (history != null) {
            history.add(new byte[0], mode);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        header(out);
        if (mode == 4) {
            deflater.finish();
            byte[] buf = new byte[16384];
            while (!deflater.finished()) {
                int n = deflater.deflate(buf);
                out.write(buf, 0, n);
            }
            deflater.end();
            finished = true;
            if (format == ZLIB) {
                for (int k = 3; k >= 0; k--) {
                    out.write(check >>> (8 * k));
                }
            } else if (format == GZIP) {
                for (int k = 0; k < 4; k++) {
                    out.write(check >>> (8 * k));
                }
                for (int k = 0; k < 4; k++) {
                    out.write((int) (total >>> (8 * k)));
                }
            }
        } else if (mode == 1 || mode == 2 || mode == 5) {
            // java.util.zip has no Z_PARTIAL_FLUSH (1) or Z_BLOCK (5); a sync flush gives
            // what they promise (the block ends, all pending output is written) and more
            // (an empty stored block aligns the output), so the bytes differ from zlib's
            // while every decoder reads the same data.
            drain(out, Deflater.SYNC_FLUSH);
        } else if (mode == 3) {
            drain(out, Deflater.FULL_FLUSH);
        } else {
            // Compare deflate.c: deflate() refuses flush > Z_BLOCK or < 0 (Z_STREAM_ERROR).
            throw ZlibModule.error("Error -2 while " + what + ": inconsistent stream state");
        }
        return out.toByteArray();
    }
}
