package org.pyvm.modules.lzma;

/**
 * An LZMA2 stream (the chunked form of LZMA in .xz blocks and raw LZMA2): control byte,
 * sizes and properties of each chunk, then the chunk, decoded once all of it has come (a
 * chunk is at most 64 KiB compressed, 2 MiB uncompressed). The rules of the LZMA2 format:
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
     * Decodes whole chunks from IN while OUT holds fewer than WANT bytes. Returns END after
     * the end-of-stream control byte, MORE when it needs input or OUT is full.
     */
    int run(Input in, OutQueue out, long want) {
        while (out.size() < want) {
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
                int size = (((in.b[in.pos + 1] & 0xff) << 8) | (in.b[in.pos + 2] & 0xff)) + 1;
                if (in.avail() < 3 + size) {
                    return MORE;
                }
                if (control == 1) {
                    win.reset();
                }
                win.putAll(in.b, in.pos + 3, size);
                win.flush();
                in.pos += 3 + size;
                consumed += 3 + size;
                continue;
            }
            int head = control >= 0xC0 ? 6 : 5;
            if (in.avail() < head) {
                return MORE;
            }
            int usize = (((control & 0x1f) << 16) | ((in.b[in.pos + 1] & 0xff) << 8) | (in.b[in.pos + 2] & 0xff)) + 1;
            int csize = (((in.b[in.pos + 3] & 0xff) << 8) | (in.b[in.pos + 4] & 0xff)) + 1;
            if (in.avail() < head + csize) {
                return MORE;
            }
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
            int start = in.pos + head;
            lz.in = in.b;
            lz.pos = start;
            lz.lim = start + csize;
            if (csize < 5) {
                throw LzmaError.data();
            }
            lz.rcInit();
            long end = win.total + usize;
            int r = lz.run(end, Long.MAX_VALUE, true);
            if (r != 0 || win.total != end || lz.pos != start + csize || !lz.rcFinished()) {
                throw LzmaError.data();
            }
            win.flush();
            in.pos = start + csize;
            consumed += head + csize;
        }
        return MORE;
    }
}
