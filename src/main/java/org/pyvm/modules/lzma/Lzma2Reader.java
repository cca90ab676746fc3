package org.pyvm.modules.lzma;

/**
 * An LZMA2 stream (the chunked form of LZMA in .xz blocks and raw LZMA2): control byte,
 * sizes and properties of each chunk, then the chunk, decoded as its bytes come. The rules of the LZMA2 format:
 * the first chunk resets the dictionary, a chunk after a dictionary reset sets new
 * properties, control bytes 0x03-0x7F are invalid, and each LZMA chunk ends exactly at its
 * sizes with its range coder finished.
 */
final class Lzma2Reader {

    static final int END = 1;
    static final int MORE = 0;

    private final Window win;
    private final LzmaDecoder lz;
    private boolean needDictReset = true;
    private boolean needProps = true;
    /** Compressed bytes read so far (for the .xz block's sizes). */
    long consumed;

    Lzma2Reader(Window win) {
        this.win = win;
        this.lz = new LzmaDecoder(win, 0, 0, 0);
    }

    /**
     * Decodes chunks from IN while OUT holds fewer than WANT bytes. Returns END after
     * the end-of-stream control byte, MORE when it needs input or OUT is full.
     */
    int run(Input in, OutQueue out, long want) {
        while (out.size() < want) {
            if (rawLeft > 0) {
                int n = Math.min(in.avail(), rawLeft);
                if (n == 0) {
                    return MORE;
                }
                win.putAll(in.b, in.pos, n);
                win.flush();
                in.pos += n;
                consumed += n;
                rawLeft -= n;
                continue;
            }
            if (cLeft > 0) {
                if (!lzmaChunk(in, out, want)) {
                    return MORE;
                }
                continue;
            }
            if (in.avail() < 1) {
                return MORE;
            }
            int control = in.b[in.pos] & 0xff;
            if (control == 0) {
                in.pos++;
                consumed++;
                win.flush();
                return END;
            }
            if (control >= 0xE0 || control == 1) {
                needProps = true;
                needDictReset = false;
            } else if (needDictReset) {
                throw LzmaError.data();
            }
            if (control < 0x80) {
                if (control > 2) {
                    throw LzmaError.data();
                }
                if (in.avail() < 3) {
                    return MORE;
                }
                rawLeft = (((in.b[in.pos + 1] & 0xff) << 8) | (in.b[in.pos + 2] & 0xff)) + 1;
                if (control == 1) {
                    win.reset();
                }
                in.pos += 3;
                consumed += 3;
                continue;
            }
            int head = control >= 0xC0 ? 6 : 5;
            if (in.avail() < head) {
                return MORE;
            }
            int usize = (((control & 0x1f) << 16) | ((in.b[in.pos + 1] & 0xff) << 8) | (in.b[in.pos + 2] & 0xff)) + 1;
            int csize = (((in.b[in.pos + 3] & 0xff) << 8) | (in.b[in.pos + 4] & 0xff)) + 1;
            if (control >= 0xE0) {
                win.reset();
            }
            if (control >= 0xC0) {
                int props = in.b[in.pos + 5] & 0xff;
                FilterSpec f = new FilterSpec(Filters.LZMA2);
                if (!f.setPropsByte(props)) {
                    throw LzmaError.data();
                }
                lz.setProps((int) f.lc, (int) f.lp, (int) f.pb);
                needProps = false;
            } else if (needProps) {
                throw LzmaError.data();
            }
            if (control >= 0xA0) {
                lz.resetState();
            }
            if (csize < 5) {
                throw LzmaError.data();
            }
            in.pos += head;
            consumed += head;
            cLeft = csize;
            uEnd = win.total + usize;
            rcStarted = false;
        }
        return MORE;
    }

    /** Bytes left of the uncompressed chunk being copied. */
    private int rawLeft;
    /** Compressed bytes left of the LZMA chunk being decoded, and where its output ends. */
    private int cLeft;
    private long uEnd;
    private boolean rcStarted;

    /** Decodes what the input holds of the current LZMA chunk; false when it needs more input. */
    private boolean lzmaChunk(Input in, OutQueue out, long want) {
        if (!rcStarted) {
            if (in.avail() < 1) {
                return false;
            }
            if (in.b[in.pos] != 0) {
                throw LzmaError.data();
            }
            if (in.avail() < 5) {
                return false;
            }
            lz.in = in.b;
            lz.pos = in.pos;
            lz.lim = in.lim;
            lz.rcInit();
            in.pos += 5;
            consumed += 5;
            cLeft -= 5;
            rcStarted = true;
        }
        boolean last = in.avail() >= cLeft;
        lz.in = in.b;
        lz.pos = in.pos;
        lz.lim = in.pos + Math.min(in.avail(), cLeft);
        long t0 = win.total;
        long soft = want == Long.MAX_VALUE ? Long.MAX_VALUE : win.total + Math.max(1, want - out.size());
        int r = lz.run(uEnd, soft, last);
        int used = lz.pos - in.pos;
        in.pos = lz.pos;
        consumed += used;
        cLeft -= used;
        win.flush();
        if (r != 0) {
            throw LzmaError.data();
        }
        if (win.total == uEnd) {
            if (cLeft != 0 || !lz.rcFinished()) {
                throw LzmaError.data();
            }
            cLeft = 0;
            return true;
        }
        if (cLeft == 0) {
            throw LzmaError.data();
        }
        return used > 0 || win.total != t0;
    }
}
