package org.pyvm.modules.bz2;

/**
 * A bzip2 stream decoder, fed in pieces, written from the bzip2 format as documented
 * (stream header "BZh1".."BZh9"; blocks: 0x314159265359, block CRC, randomised bit, origin
 * pointer, symbol map, Huffman group count, MTF-coded selectors, delta-coded code lengths,
 * Huffman-coded MTF/RUNA/RUNB symbols in groups of 50; end: 0x177245385090 and the stream
 * CRC). A block is decoded once the input holds the next block's or the end's magic after
 * it (every block is followed by one), or when the input has doubled since the last try,
 * so partial input costs a bit scan and few retries.
 * Decoded blocks are inverted (BWT), run-length decoded and checked against their CRC.
 */
final class Bz2Decoder {

    /** Thrown for corrupt data (libbzip2's BZ_DATA_ERROR / BZ_DATA_ERROR_MAGIC). */
    static final class DataError extends RuntimeException {
        DataError(String msg) {
            super(msg, null, false, false);
        }
    }

    private static final RuntimeException NEED = new RuntimeException("need input", null, false, false) { };

    static final long BLOCK_MAGIC = 0x314159265359L;
    static final long END_MAGIC = 0x177245385090L;

    // input
    private byte[] in = new byte[0];
    private int inLen;
    /** Bit position of the next unread bit. */
    private long bitPos;
    /** Bit position where the scan for a following magic continues. */
    private long scanPos;
    private long scanWindow;
    private int scanBits;

    /** Input bits after the block start at the last try without a following magic. */
    private long lastTry;
    private int level;
    private int combined;
    boolean done;
    private final Out out;

    interface Out {
        void write(byte[] b, int off, int len);
    }

    Bz2Decoder(Out out) {
        this.out = out;
    }

    void feed(byte[] data) {
        int keep = (int) (bitPos >>> 3);
        int live = inLen - keep;
        if (live + data.length > in.length) {
            byte[] nb = new byte[Math.max(live + data.length, in.length * 2)];
            System.arraycopy(in, keep, nb, 0, live);
            in = nb;
        } else if (keep > 0) {
            System.arraycopy(in, keep, in, 0, live);
        }
        bitPos -= (long) keep << 3;
        scanPos -= (long) keep << 3;
        inLen = live;
        System.arraycopy(data, 0, in, inLen, data.length);
        inLen += data.length;
    }

    /** The bytes after the end of the stream (valid once done). */
    byte[] rest() {
        int from = (int) ((bitPos + 7) >>> 3);
        return java.util.Arrays.copyOfRange(in, Math.min(from, inLen), inLen);
    }

    private int bits(int n) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            if (bitPos >= (long) inLen << 3) {
                throw NEED;
            }
            int b = (in[(int) (bitPos >>> 3)] >>> (7 - (int) (bitPos & 7))) & 1;
            bitPos++;
            v = (v << 1) | b;
        }
        return v;
    }

    private boolean bit() {
        return bits(1) != 0;
    }

    /** Decodes what it can: the header, then whole blocks, then the end. Stops when it needs input. */
    void decode() {
        while (!done) {
            long start = bitPos;
            try {
                if (level == 0) {
                    if (inLen - (bitPos >>> 3) < 4) {
                        if (inLen > 0 && !headerPrefixOk()) {
                            throw new DataError("Invalid data stream");
                        }
                        return;
                    }
                    if (bits(8) != 'B' || bits(8) != 'Z' || bits(8) != 'h') {
                        throw new DataError("Invalid data stream");
                    }
                    int c = bits(8);
                    if (c < '1' || c > '9') {
                        throw new DataError("Invalid data stream");
                    }
                    level = c - '0';
                    scanPos = bitPos + 48;
                    continue;
                }
                long magic = ((long) bits(24) << 24) | bits(24);
                if (magic == END_MAGIC) {
                    int crc = bits(32);
                    if (crc != combined) {
                        throw new DataError("Invalid data stream");
                    }
                    bitPos = (bitPos + 7) & ~7L;
                    done = true;
                    return;
                }
                if (magic != BLOCK_MAGIC) {
                    throw new DataError("Invalid data stream");
                }
                if (!nextMagicSeen()) {
                    // No magic after the block yet: the stream may be cut short (libbzip2 still
                    // returns a block whose end is there), so try when the input has doubled.
                    long avail = ((long) inLen << 3) - start;
                    if (avail < 2 * lastTry) {
                        bitPos = start;
                        return;
                    }
                    lastTry = avail;
                }
                block();
                lastTry = 0;
                scanPos = bitPos + 48;
                scanBits = 0;
            } catch (RuntimeException e) {
                if (e != NEED) {
                    throw e;
                }
                bitPos = start;
                return;
            }
        }
    }

    private boolean headerPrefixOk() {
        byte[] h = {'B', 'Z', 'h'};
        int from = (int) (bitPos >>> 3);
        for (int k = 0; k < Math.min(3, inLen - from); k++) {
            if (in[from + k] != h[k]) {
                return false;
            }
        }
        return true;
    }

    /** Scans on from scanPos for a block or end magic; true once one is found. */
    private boolean nextMagicSeen() {
        long end = (long) inLen << 3;
        while (scanPos < end) {
            int b = (in[(int) (scanPos >>> 3)] >>> (7 - (int) (scanPos & 7))) & 1;
            scanPos++;
            scanWindow = ((scanWindow << 1) | b) & 0xFFFFFFFFFFFFL;
            if (++scanBits >= 48 && (scanWindow == BLOCK_MAGIC || scanWindow == END_MAGIC)) {
                // Found one: a failed decode of the block scans on from here.
                return true;
            }
        }
        return false;
    }

    private int[] tt = new int[0];
    private byte[] ll = new byte[0];

    private void block() {
        int blockCrc = bits(32);
        if (bit()) {
            throw new DataError("pyvm: randomised bzip2 blocks (written by bzip2 0.9.0) are not supported");
        }
        int origPtr = bits(24);
        int used = bits(16);
        int[] seqToUnseq = new int[256];
        int nInUse = 0;
        for (int i = 0; i < 16; i++) {
            if ((used & (0x8000 >>> i)) != 0) {
                int m = bits(16);
                for (int j = 0; j < 16; j++) {
                    if ((m & (0x8000 >>> j)) != 0) {
                        seqToUnseq[nInUse++] = i * 16 + j;
                    }
                }
            }
        }
        if (nInUse == 0) {
            throw new DataError("Invalid data stream");
        }
        int alpha = nInUse + 2;
        int nGroups = bits(3);
        if (nGroups < 2 || nGroups > 6) {
            throw new DataError("Invalid data stream");
        }
        int nSelectors = bits(15);
        if (nSelectors < 1) {
            throw new DataError("Invalid data stream");
        }
        int[] mtfG = {0, 1, 2, 3, 4, 5};
        int[] selectors = new int[Math.min(nSelectors, 18002)];
        for (int i = 0; i < nSelectors; i++) {
            int j = 0;
            while (bit()) {
                j++;
                if (j >= nGroups) {
                    throw new DataError("Invalid data stream");
                }
            }
            int v = mtfG[j];
            System.arraycopy(mtfG, 0, mtfG, 1, j);
            mtfG[0] = v;
            if (i < selectors.length) {
                selectors[i] = v;
            }
        }
        nSelectors = selectors.length;
        int[][] limit = new int[nGroups][];
        int[][] base = new int[nGroups][];
        int[][] perm = new int[nGroups][];
        int[] minLens = new int[nGroups];
        for (int t = 0; t < nGroups; t++) {
            int[] len = new int[alpha];
            int curr = bits(5);
            for (int i = 0; i < alpha; i++) {
                while (true) {
                    if (curr < 1 || curr > 20) {
                        throw new DataError("Invalid data stream");
                    }
                    if (!bit()) {
                        break;
                    }
                    curr += bit() ? -1 : 1;
                }
                len[i] = curr;
            }
            int minLen = 32;
            int maxLen = 0;
            for (int l : len) {
                minLen = Math.min(minLen, l);
                maxLen = Math.max(maxLen, l);
            }
            // Canonical codes: by length, then symbol. limit[l] is the largest code of length l,
            // base[l] the offset into perm of the first code of length l.
            int[] p = new int[alpha];
            int pp = 0;
            for (int l = minLen; l <= maxLen; l++) {
                for (int s = 0; s < alpha; s++) {
                    if (len[s] == l) {
                        p[pp++] = s;
                    }
                }
            }
            int[] lim = new int[22];
            int[] bs = new int[22];
            int code = 0;
            int idx = 0;
            for (int l = minLen; l <= maxLen; l++) {
                int count = 0;
                for (int s = 0; s < alpha; s++) {
                    if (len[s] == l) {
                        count++;
                    }
                }
                bs[l] = idx - code;
                code += count;
                idx += count;
                lim[l] = code - 1;
                code <<= 1;
            }
            limit[t] = lim;
            base[t] = bs;
            perm[t] = p;
            minLens[t] = minLen;
            maxLens[t] = maxLen;
        }
        int max = level * 100000;
        if (ll.length < max) {
            ll = new byte[max];
        }
        byte[] block = ll;
        int n = 0;
        int[] mtf = new int[256];
        for (int i = 0; i < 256; i++) {
            mtf[i] = i;
        }
        int[] counts = new int[256];
        int groupNo = -1;
        int groupPos = 0;
        int runLen = 0;
        int runWeight = 1;
        int t = 0;
        while (true) {
            if (groupPos == 0) {
                groupNo++;
                if (groupNo >= nSelectors) {
                    throw new DataError("Invalid data stream");
                }
                groupPos = 50;
                t = selectors[groupNo];
            }
            groupPos--;
            int l = minLens[t];
            int code = bits(l);
            int[] lim = limit[t];
            while (l > maxLens[t] || code > lim[l]) {
                if (l >= maxLens[t]) {
                    throw new DataError("Invalid data stream");
                }
                l++;
                code = (code << 1) | bits(1);
            }
            int sym = perm[t][base[t][l] + code];
            if (sym <= 1) {
                runLen += runWeight << sym;
                runWeight <<= 1;
                if (runLen > max) {
                    throw new DataError("Invalid data stream");
                }
                continue;
            }
            if (runLen > 0) {
                if (n + runLen > max) {
                    throw new DataError("Invalid data stream");
                }
                int c = seqToUnseq[mtf[0]];
                java.util.Arrays.fill(block, n, n + runLen, (byte) c);
                counts[c] += runLen;
                n += runLen;
                runLen = 0;
                runWeight = 1;
            }
            if (sym == alpha - 1) {
                break;
            }
            if (n >= max) {
                throw new DataError("Invalid data stream");
            }
            int k = sym - 1;
            int v = mtf[k];
            System.arraycopy(mtf, 0, mtf, 1, k);
            mtf[0] = v;
            int c = seqToUnseq[v];
            block[n++] = (byte) c;
            counts[c]++;
        }
        if (n == 0 ? origPtr != 0 : origPtr >= n) {
            throw new DataError("Invalid data stream");
        }
        // Inverse BWT: T maps each position of the last column to the next one.
        if (tt.length < n) {
            tt = new int[max];
        }
        int[] cf = new int[256];
        int sum = 0;
        for (int c = 0; c < 256; c++) {
            cf[c] = sum;
            sum += counts[c];
        }
        for (int i = 0; i < n; i++) {
            tt[cf[block[i] & 0xff]++] = i;
        }
        Unrle u = new Unrle(n);
        int pos = n == 0 ? 0 : tt[origPtr];
        for (int k = 0; k < n; k++) {
            u.add(block[pos]);
            pos = tt[pos];
        }
        int crc = Bz2Crc.update(-1, u.buf, 0, u.len) ^ -1;
        if (crc != blockCrc) {
            throw new DataError("Invalid data stream");
        }
        combined = ((combined << 1) | (combined >>> 31)) ^ crc;
        out.write(u.buf, 0, u.len);
    }

    private final int[] maxLens = new int[6];

    /** The first run-length stage undone: 4 equal bytes are followed by a count of more. */
    private static final class Unrle {
        byte[] buf;
        int len;
        int last = -1;
        int same;

        Unrle(int n) {
            buf = new byte[Math.max(16, n + n / 4)];
        }

        void add(byte b) {
            if (same == 4) {
                int extra = b & 0xff;
                ensure(extra);
                java.util.Arrays.fill(buf, len, len + extra, (byte) last);
                len += extra;
                same = 0;
                last = -1;
                return;
            }
            ensure(1);
            buf[len++] = b;
            int v = b & 0xff;
            if (v == last) {
                same++;
            } else {
                last = v;
                same = 1;
            }
        }

        private void ensure(int k) {
            if (len + k > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + k));
            }
        }
    }
}
