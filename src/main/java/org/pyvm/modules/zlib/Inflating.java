package org.pyvm.modules.zlib;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * One decompression stream: the zlib or gzip wrapper parsed here (header, dictionary id,
 * trailer checks with zlib's messages) around a raw java.util.zip Inflater, fed in pieces.
 * WBITS as zlib's inflateInit2: 8..15 zlib, -8..-15 raw, 24..31 gzip, 40..47 (and 32)
 * either, 0 zlib with the window from the header. Compare zlib's inflate.c.
 */
final class Inflating {

    private static final int HEADER = 0;
    private static final int BODY = 1;
    private static final int TRAILER = 2;
    private static final int DONE = 3;

    private final int wbits;
    private int format;
    private final byte[] zdict;
    private final Inflater inflater = new Inflater(true);
    private int state = HEADER;
    /** Bytes of a header or trailer read so far. */
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private int check;
    private long total;
    /** Input left after the end of the stream. */
    byte[] unused = new byte[0];
    /** Input not consumed because the output limit was reached. */
    byte[] tail = new byte[0];
    /** The calls so far, for copy(); null for a one-shot zlib.decompress. */
    private History history;

    /** Whether WBITS is one zlib's inflateInit2 accepts. */
    static boolean valid(int wbits) {
        // Compare inflate.c: inflateReset2 (16 and 32 take the window size from the header).
        return wbits == 0 || (wbits >= 8 && wbits <= 15) || (wbits >= -15 && wbits <= -8) || wbits == 16
            || (wbits >= 24 && wbits <= 31) || wbits == 32 || (wbits >= 40 && wbits <= 47);
    }

    Inflating(int wbits, byte[] zdict) {
        this.wbits = wbits;
        this.zdict = zdict;
        this.format = wbits < 0 ? Deflating.RAW : wbits >= 16 && wbits <= 31 ? Deflating.GZIP : wbits >= 32 ? -1
            : Deflating.ZLIB;
        if (format == Deflating.RAW) {
            state = BODY;
            if (zdict != null) {
                inflater.setDictionary(zdict);
            }
        }
    }

    /** A stream whose calls are kept so that it can be copied (decompressobj). */
    Inflating copyable() {
        history = new History();
        return this;
    }

    /**
     * A stream in the same state: a new one given this one's calls (see {@link History});
     * a call that raised raises again at the same point and is passed over.
     * Compare zlibmodule.c: zlib_Decompress_copy_impl (inflateCopy).
     */
    Inflating copy() {
        Inflating c = new Inflating(wbits, zdict);
        for (History.Call call : history.calls("Decompress")) {
            try {
                c.decompress(call.data(), call.arg());
            } catch (org.pyvm.runtime.PyBaseException e) {
                // as the original did
            }
        }
        c.history = history.copy();
        return c;
    }

    boolean eof() {
        return state == DONE;
    }

    private static org.pyvm.runtime.PyBaseException bad(String msg) {
        return ZlibModule.error("Error -3 while decompressing data: " + msg);
    }

    /** How many header bytes are needed in total (given those seen), or -1 if it is complete and valid. */
    private int headerNeed(byte[] h) {
        if (format == -1) {
            if (h.length < 2) {
                return 2;
            }
            format = (h[0] & 0xff) == 0x1f && (h[1] & 0xff) == 0x8b ? Deflating.GZIP : Deflating.ZLIB;
        }
        if (format == Deflating.ZLIB) {
            if (h.length < 2) {
                return 2;
            }
            int cmf = h[0] & 0xff;
            int flg = h[1] & 0xff;
            if (((cmf << 8) + flg) % 31 != 0) {
                throw bad("incorrect header check");
            }
            if ((cmf & 0x0f) != 8) {
                throw bad("unknown compression method");
            }
            int window = (cmf >> 4) + 8;
            int limit = wbits == 0 ? 15 : wbits >= 32 ? (wbits == 32 ? 15 : wbits - 32) : wbits;
            if (window > 15 || window > limit) {
                throw bad("invalid window size");
            }
            if ((flg & 0x20) != 0) {
                if (h.length < 6) {
                    return 6;
                }
                if (zdict == null) {
                    throw ZlibModule.error("Error 2 while decompressing data");
                }
                int id = (h[2] & 0xff) << 24 | (h[3] & 0xff) << 16 | (h[4] & 0xff) << 8 | (h[5] & 0xff);
                if (id != Checksums.adler32(1, zdict, 0, zdict.length)) {
                    throw ZlibModule.error("Error 2 while decompressing data");
                }
                inflater.setDictionary(zdict);
            }
            check = 1;
            return -1;
        }
        // gzip
        if (h.length < 10) {
            return 10;
        }
        if ((h[0] & 0xff) != 0x1f || (h[1] & 0xff) != 0x8b) {
            throw bad("incorrect header check");
        }
        if (h[2] != 8) {
            throw bad("unknown compression method");
        }
        int flags = h[3] & 0xff;
        if ((flags & 0xe0) != 0) {
            throw bad("unknown header flags set");
        }
        int at = 10;
        if ((flags & 4) != 0) {
            if (h.length < at + 2) {
                return at + 2;
            }
            int xlen = (h[at] & 0xff) | (h[at + 1] & 0xff) << 8;
            at += 2 + xlen;
            if (h.length < at) {
                return at;
            }
        }
        for (int bit : new int[] {8, 16}) {
            if ((flags & bit) != 0) {
                while (true) {
                    if (h.length <= at) {
                        return at + 1;
                    }
                    if (h[at++] == 0) {
                        break;
                    }
                }
            }
        }
        if ((flags & 2) != 0) {
            at += 2;
            if (h.length < at) {
                return at;
            }
        }
        check = 0;
        return -at - 2;
    }

    /**
     * Decompresses DATA, writing at most MAX bytes (0: no limit); what is left of DATA
     * becomes {@link #tail} or, after the end of the stream, {@link #unused}.
     */
    byte[] decompress(byte[] data, int max) {
        if (history != null) {
            history.add(data, max);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        tail = new byte[0];
        while (pos < data.length || state == BODY) {
            if (state == DONE) {
                byte[] u = new byte[unused.length + data.length - pos];
                System.arraycopy(unused, 0, u, 0, unused.length);
                System.arraycopy(data, pos, u, unused.length, data.length - pos);
                unused = u;
                return out.toByteArray();
            }
            if (state == HEADER) {
                pending.write(data[pos++]);
                byte[] h = pending.toByteArray();
                int need = headerNeed(h);
                if (need < -1) {
                    // gzip header complete: its length is -need - 2.
                    state = BODY;
                    pending.reset();
                } else if (need == -1) {
                    state = BODY;
                    pending.reset();
                }
                continue;
            }
            if (state == TRAILER) {
                pending.write(data[pos++]);
                byte[] t = pending.toByteArray();
                int len = format == Deflating.GZIP ? 8 : 4;
                if (t.length == len) {
                    checkTrailer(t);
                    state = DONE;
                }
                continue;
            }
            // BODY
            // The input is handed over afresh each time: what an earlier call left (its
            // tail) comes back inside DATA, so the inflater must not keep its old array.
            // Without new input inflate() still runs: output held back by an earlier
            // max_length may be waiting in the inflater's window.
            inflater.setInput(data, pos, data.length - pos);
            int before = inflater.getRemaining();
            byte[] buf = new byte[max > 0 ? Math.min(16384, max - out.size()) : 16384];
            int n;
            try {
                n = inflater.inflate(buf);
            } catch (DataFormatException e) {
                throw bad(e.getMessage() == null ? "invalid data" : e.getMessage());
            }
            out.write(buf, 0, n);
            if (format == Deflating.ZLIB) {
                check = Checksums.adler32(check, buf, 0, n);
            } else if (format == Deflating.GZIP) {
                check = Checksums.crc32(check, buf, 0, n);
            }
            total += n;
            pos = data.length - inflater.getRemaining();
            if (inflater.finished()) {
                state = format == Deflating.RAW ? DONE : TRAILER;
                continue;
            }
            if (inflater.needsDictionary()) {
                throw ZlibModule.error("Error 2 while decompressing data");
            }
            if (max > 0 && out.size() >= max) {
                tail = java.util.Arrays.copyOfRange(data, pos, data.length);
                return out.toByteArray();
            }
            if (n == 0 && inflater.getRemaining() == before && inflater.needsInput() && pos >= data.length) {
                break;
            }
        }
        return out.toByteArray();
    }

    private void checkTrailer(byte[] t) {
        if (format == Deflating.ZLIB) {
            int v = (t[0] & 0xff) << 24 | (t[1] & 0xff) << 16 | (t[2] & 0xff) << 8 | (t[3] & 0xff);
            if (v != check) {
                throw bad("incorrect data check");
            }
        } else {
            int crc = (t[0] & 0xff) | (t[1] & 0xff) << 8 | (t[2] & 0xff) << 16 | (t[3] & 0xff) << 24;
            int len = (t[4] & 0xff) | (t[5] & 0xff) << 8 | (t[6] & 0xff) << 16 | (t[7] & 0xff) << 24;
            if (crc != check) {
                throw bad("incorrect data check");
            }
            if (len != (int) total) {
                throw bad("incorrect length check");
            }
        }
    }
}
