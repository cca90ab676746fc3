package org.pyvm.modules.lzma;

/**
 * The LZ dictionary of a decoder: a circular buffer of at most the dictionary size (it
 * grows from a small start while the stream is shorter), the count of valid bytes for
 * distance checks, the position since the last dictionary reset (LZMA's pos_state and
 * literal position come from it), and the bytes written since the last flush, which
 * flush() hands to the sink (the filter chain).
 */
final class Window {

    interface Sink {
        void write(byte[] b, int off, int len);
    }

    private byte[] buf;
    private final int max;
    /** Write index in buf. */
    private int pos;
    /** First index not yet handed to the sink. */
    private int flushed;
    /** Valid bytes behind pos (at most buf.length). */
    int have;
    /** Bytes written since the last dictionary reset. */
    long total;
    private Sink sink;

    Window(int dictSize, Sink sink) {
        this.max = Math.max(4096, (int) Math.min(dictSize & 0xffffffffL, 1 << 30));
        this.buf = new byte[Math.min(this.max, 1 << 16)];
        this.sink = sink;
    }

    void setSink(Sink sink) {
        this.sink = sink;
    }

    void reset() {
        have = 0;
        total = 0;
    }

    void put(byte b) {
        buf[pos++] = b;
        total++;
        if (have < buf.length) {
            have++;
        }
        if (pos == buf.length) {
            wrap();
        }
    }

    private void wrap() {
        flush();
        if (buf.length < max) {
            buf = java.util.Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, max));
        } else {
            pos = 0;
            flushed = 0;
        }
    }

    /** The byte DIST+1 back (LZMA's rep0 form: 0 is the last byte). */
    int get(int dist) {
        int i = pos - dist - 1;
        if (i < 0) {
            i += buf.length;
        }
        return buf[i] & 0xff;
    }

    boolean valid(int dist) {
        return Integer.compareUnsigned(dist, have) < 0;
    }

    void copy(int dist, int len) {
        for (int k = 0; k < len; k++) {
            int i = pos - dist - 1;
            if (i < 0) {
                i += buf.length;
            }
            byte b = buf[i];
            buf[pos++] = b;
            total++;
            if (have < buf.length) {
                have++;
            }
            if (pos == buf.length) {
                wrap();
            }
        }
    }

    void putAll(byte[] b, int off, int len) {
        for (int k = 0; k < len; k++) {
            put(b[off + k]);
        }
    }

    void flush() {
        if (pos > flushed) {
            sink.write(buf, flushed, pos - flushed);
        }
        flushed = pos;
    }
}
