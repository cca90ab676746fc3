package org.pyvm.modules.bz2;

import java.io.ByteArrayOutputStream;

/**
 * A bzip2 stream encoder written from the bzip2 format: the first run-length stage (runs of
 * 4-255 equal bytes as 4 bytes and a count), blocks of at most level * 100000 - 19 bytes,
 * the Burrows-Wheeler transform (cyclic rotations sorted by prefix doubling), move-to-front
 * with zero runs as RUNA/RUNB, and one Huffman table (length-limited to 17 bits) written
 * twice, as the format wants at least two. Valid streams that decode anywhere; they are a
 * little larger than libbzip2's, which tunes up to six tables per block.
 */
final class Bz2Encoder {

    private final int level;
    private final int blockMax;
    private final byte[] block;
    private int n;
    private int blockCrc = -1;
    private int combined;
    private int runChar = -1;
    private int runLen;
    private boolean headerDone;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long acc;
    private int accBits;

    Bz2Encoder(int level) {
        this.level = level;
        this.blockMax = level * 100000 - 19;
        this.block = new byte[blockMax];
    }

    private void put(long v, int nbits) {
        acc = (acc << nbits) | (v & ((1L << nbits) - 1));
        accBits += nbits;
        while (accBits >= 8) {
            accBits -= 8;
            bytes.write((int) (acc >>> accBits));
        }
    }

    private byte[] drain() {
        byte[] b = bytes.toByteArray();
        bytes.reset();
        return b;
    }

    private void header() {
        if (!headerDone) {
            headerDone = true;
            put('B', 8);
            put('Z', 8);
            put('h', 8);
            put('0' + level, 8);
        }
    }

    byte[] compress(byte[] data) {
        header();
        for (byte b : data) {
            int v = b & 0xff;
            if (v == runChar && runLen < 255) {
                runLen++;
            } else {
                flushRun();
                runChar = v;
                runLen = 1;
            }
        }
        return drain();
    }

    byte[] finish() {
        header();
        flushRun();
        if (n > 0) {
            endBlock();
        }
        put(Bz2Decoder.END_MAGIC >>> 24, 24);
        put(Bz2Decoder.END_MAGIC, 24);
        put(combined, 32);
        if (accBits > 0) {
            put(0, 8 - accBits);
        }
        return drain();
    }

    private void flushRun() {
        if (runLen == 0) {
            return;
        }
        int need = runLen < 4 ? runLen : 5;
        if (n + need > blockMax) {
            endBlock();
        }
        blockCrc = Bz2Crc.update(blockCrc, runChar, runLen);
        int k = Math.min(runLen, 4);
        for (int i = 0; i < k; i++) {
            block[n++] = (byte) runChar;
        }
        if (runLen >= 4) {
            block[n++] = (byte) (runLen - 4);
        }
        runLen = 0;
        runChar = -1;
    }

    /** Sorted order of the cyclic rotations of s[0..n) (ties kept in a consistent order). */
    static int[] sortRotations(byte[] s, int n) {
        int[] p = new int[n];
        int[] c = new int[n];
        int[] pn = new int[n];
        int[] cn = new int[n];
        int[] cnt = new int[Math.max(256, n)];
        for (int i = 0; i < n; i++) {
            cnt[s[i] & 0xff]++;
        }
        for (int i = 1; i < 256; i++) {
            cnt[i] += cnt[i - 1];
        }
        for (int i = n - 1; i >= 0; i--) {
            p[--cnt[s[i] & 0xff]] = i;
        }
        int classes = 1;
        c[p[0]] = 0;
        for (int i = 1; i < n; i++) {
            if (s[p[i]] != s[p[i - 1]]) {
                classes++;
            }
            c[p[i]] = classes - 1;
        }
        for (int h = 1; h < n && classes < n; h <<= 1) {
            for (int i = 0; i < n; i++) {
                int v = p[i] - h;
                pn[i] = v < 0 ? v + n : v;
            }
            java.util.Arrays.fill(cnt, 0, classes, 0);
            for (int i = 0; i < n; i++) {
                cnt[c[pn[i]]]++;
            }
            for (int i = 1; i < classes; i++) {
                cnt[i] += cnt[i - 1];
            }
            for (int i = n - 1; i >= 0; i--) {
                p[--cnt[c[pn[i]]]] = pn[i];
            }
            cn[p[0]] = 0;
            classes = 1;
            for (int i = 1; i < n; i++) {
                int a = p[i];
                int b = p[i - 1];
                int a2 = a + h >= n ? a + h - n : a + h;
                int b2 = b + h >= n ? b + h - n : b + h;
                if (c[a] != c[b] || c[a2] != c[b2]) {
                    classes++;
                }
                cn[a] = classes - 1;
            }
            int[] t = c;
            c = cn;
            cn = t;
        }
        return p;
    }

    private void endBlock() {
        int len = n;
        int crc = ~blockCrc;
        combined = ((combined << 1) | (combined >>> 31)) ^ crc;
        int[] p = sortRotations(block, len);
        int origPtr = 0;
        byte[] last = new byte[len];
        for (int i = 0; i < len; i++) {
            int j = p[i];
            if (j == 0) {
                origPtr = i;
            }
            last[i] = block[j == 0 ? len - 1 : j - 1];
        }
        boolean[] inUse = new boolean[256];
        for (int i = 0; i < len; i++) {
            inUse[block[i] & 0xff] = true;
        }
        int[] unseqToSeq = new int[256];
        int nInUse = 0;
        for (int i = 0; i < 256; i++) {
            if (inUse[i]) {
                unseqToSeq[i] = nInUse++;
            }
        }
        int alpha = nInUse + 2;
        int eob = nInUse + 1;
        int[] syms = new int[len + 2];
        int ns = 0;
        int[] freq = new int[alpha];
        int[] mtf = new int[nInUse];
        for (int i = 0; i < nInUse; i++) {
            mtf[i] = i;
        }
        int zeros = 0;
        for (int i = 0; i < len; i++) {
            int c = unseqToSeq[last[i] & 0xff];
            int j = 0;
            while (mtf[j] != c) {
                j++;
            }
            if (j == 0) {
                zeros++;
                continue;
            }
            System.arraycopy(mtf, 0, mtf, 1, j);
            mtf[0] = c;
            if (zeros > 0) {
                ns = runSymbols(zeros, syms, ns, freq);
                zeros = 0;
            }
            syms[ns++] = j + 1;
            freq[j + 1]++;
        }
        if (zeros > 0) {
            ns = runSymbols(zeros, syms, ns, freq);
        }
        syms[ns++] = eob;
        freq[eob]++;
        int[] lens = huffmanLengths(freq, 17);
        int[] codes = new int[alpha];
        int code = 0;
        for (int l = 1; l <= 20; l++) {
            for (int s = 0; s < alpha; s++) {
                if (lens[s] == l) {
                    codes[s] = code++;
                }
            }
            code <<= 1;
        }
        put(Bz2Decoder.BLOCK_MAGIC >>> 24, 24);
        put(Bz2Decoder.BLOCK_MAGIC, 24);
        put(crc, 32);
        put(0, 1);
        put(origPtr, 24);
        int used16 = 0;
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                if (inUse[i * 16 + j]) {
                    used16 |= 0x8000 >>> i;
                }
            }
        }
        put(used16, 16);
        for (int i = 0; i < 16; i++) {
            if ((used16 & (0x8000 >>> i)) != 0) {
                int m = 0;
                for (int j = 0; j < 16; j++) {
                    if (inUse[i * 16 + j]) {
                        m |= 0x8000 >>> j;
                    }
                }
                put(m, 16);
            }
        }
        int nSelectors = (ns + 49) / 50;
        put(2, 3);
        put(nSelectors, 15);
        for (int i = 0; i < nSelectors; i++) {
            put(0, 1);
        }
        for (int t = 0; t < 2; t++) {
            int curr = lens[0];
            put(curr, 5);
            for (int s = 0; s < alpha; s++) {
                while (curr < lens[s]) {
                    put(2, 2);
                    curr++;
                }
                while (curr > lens[s]) {
                    put(3, 2);
                    curr--;
                }
                put(0, 1);
            }
        }
        for (int i = 0; i < ns; i++) {
            int s = syms[i];
            put(codes[s], lens[s]);
        }
        n = 0;
        blockCrc = -1;
    }

    /** A run of R zeros as RUNA/RUNB digits (bijective base 2, least significant first). */
    private static int runSymbols(int r, int[] syms, int ns, int[] freq) {
        while (r > 0) {
            if ((r & 1) != 0) {
                syms[ns++] = 0;
                freq[0]++;
                r = (r - 1) >> 1;
            } else {
                syms[ns++] = 1;
                freq[1]++;
                r = (r - 2) >> 1;
            }
        }
        return ns;
    }

    /** Huffman code lengths for FREQ (every symbol gets a code), at most MAX bits. */
    static int[] huffmanLengths(int[] freq, int max) {
        int m = freq.length;
        long[] w = new long[m];
        for (int i = 0; i < m; i++) {
            w[i] = Math.max(1, freq[i]);
        }
        while (true) {
            int[] lens = lengthsOnce(w);
            int longest = 0;
            for (int l : lens) {
                longest = Math.max(longest, l);
            }
            if (longest <= max) {
                return lens;
            }
            for (int i = 0; i < m; i++) {
                w[i] = 1 + w[i] / 2;
            }
        }
    }

    private static int[] lengthsOnce(long[] w) {
        int m = w.length;
        int[] parent = new int[2 * m];
        java.util.PriorityQueue<long[]> q = new java.util.PriorityQueue<>((a, b) ->
            a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        for (int i = 0; i < m; i++) {
            q.add(new long[] {w[i], i});
        }
        int next = m;
        while (q.size() > 1) {
            long[] a = q.poll();
            long[] b = q.poll();
            parent[(int) a[1]] = next;
            parent[(int) b[1]] = next;
            q.add(new long[] {a[0] + b[0], next});
            next++;
        }
        int root = next - 1;
        int[] depth = new int[next];
        for (int i = root - 1; i >= 0; i--) {
            depth[i] = depth[parent[i]] + 1;
        }
        return java.util.Arrays.copyOf(depth, m);
    }
}
