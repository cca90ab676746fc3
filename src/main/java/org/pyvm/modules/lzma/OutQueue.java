package org.pyvm.modules.lzma;

/** Decoded bytes not handed out yet: the end of a decoder's sink chain. */
final class OutQueue implements Window.Sink {

    private byte[] b = new byte[8192];
    private int start;
    private int end;

    @Override
    public void write(byte[] src, int off, int len) {
        if (end + len > b.length) {
            int live = end - start;
            byte[] nb = live + len <= b.length ? b : new byte[Math.max(live + len, b.length * 2)];
            System.arraycopy(b, start, nb, 0, live);
            b = nb;
            start = 0;
            end = live;
        }
        System.arraycopy(src, off, b, end, len);
        end += len;
    }

    int size() {
        return end - start;
    }

    /** Takes at most MAX bytes (all if MAX is negative). */
    byte[] take(long max) {
        int n = max < 0 ? size() : (int) Math.min(max, size());
        byte[] out = java.util.Arrays.copyOfRange(b, start, start + n);
        start += n;
        if (start == end) {
            start = end = 0;
        }
        return out;
    }
}
