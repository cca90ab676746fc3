package org.pyvm.modules.lzma;

/** The input a decoder has been given and not consumed yet: b[pos..lim). */
final class Input {

    byte[] b = new byte[0];
    int pos;
    int lim;

    int avail() {
        return lim - pos;
    }

    void append(byte[] data) {
        if (data.length == 0) {
            return;
        }
        if (lim + data.length > b.length) {
            int live = lim - pos;
            byte[] nb = live + data.length <= b.length ? b : new byte[Math.max(live + data.length, b.length * 2)];
            System.arraycopy(b, pos, nb, 0, live);
            b = nb;
            pos = 0;
            lim = live;
        }
        System.arraycopy(data, 0, b, lim, data.length);
        lim += data.length;
    }

    byte[] rest() {
        return java.util.Arrays.copyOfRange(b, pos, lim);
    }

    int u8(int at) {
        return b[pos + at] & 0xff;
    }

    long le32(int at) {
        return u8(at) | (u8(at + 1) << 8) | (u8(at + 2) << 16) | ((long) u8(at + 3) << 24);
    }
}
