package org.pyvm.modules.cjk;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds each CJK codec's tables once per process, when it is first asked for: every one-
 * and two-byte sequence (and euc_jp's three-byte, gb18030's four-byte BMP sequences) is
 * decoded with the JDK's charset of the same encoding, then the few places where the JDK's
 * mapping differs from CPython 3.12's are patched (CjkPatches: entries to delete, entries to
 * set, and encodings to override; found by comparing the two over every sequence and every
 * code point). The encoder is the inverse of the decoder, taking the first or the last
 * sequence for a code point that several decode to, as CPython's table for that codec does.
 */
final class CjkTables {

    private CjkTables() {}

    private static final ConcurrentHashMap<String, CjkCodec> CODECS = new ConcurrentHashMap<>();

    /** The JDK charset behind each codec pyvm builds this way. */
    static String javaCharset(String name) {
        return switch (name) {
            case "shift_jis" -> "Shift_JIS";
            case "cp932" -> "windows-31j";
            case "euc_jp" -> "EUC-JP";
            case "euc_kr" -> "EUC-KR";
            case "cp949" -> "x-windows-949";
            case "johab" -> "x-Johab";
            case "gb2312" -> "GB2312";
            case "gbk" -> "GBK";
            case "gb18030" -> "GB18030";
            case "big5" -> "Big5";
            case "cp950" -> "x-windows-950";
            case "big5hkscs" -> "Big5-HKSCS";
            // JIS X 0213: the JDK has its Shift_JIS form; the EUC form is converted from it.
            case "shift_jis_2004", "shift_jisx0213", "euc_jis_2004", "euc_jisx0213" -> "x-SJIS_0213";
            case "hz" -> "GB2312";
            case "iso2022_kr", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3",
                "iso2022_jp_ext" -> "ISO-2022-JP";
            default -> null;
        };
    }

    static CjkCodec get(String name) {
        CjkCodec c = CODECS.get(name);
        if (c == null) {
            // hz and the ISO-2022 codecs are built on other codecs' tables (outside
            // computeIfAbsent, which must not nest).
            c = name.equals("hz") ? new HzCodec(get("gb2312"))
                : name.startsWith("iso2022") ? new Iso2022Codec(name) : build(name);
            CjkCodec prior = CODECS.putIfAbsent(name, c);
            c = prior != null ? prior : c;
        }
        return c;
    }

    private static CharsetDecoder decoder(String charset) {
        return Charset.forName(charset).newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static CjkCodec build(String name) {
        CjkCodec c = new CjkCodec(name);
        List<int[]> pairs = new ArrayList<>();
        if (name.startsWith("euc_jis")) {
            eucJis(c, pairs);
        } else {
            fill(c, decoder(javaCharset(name)), pairs);
        }
        if (name.startsWith("shift_jis")) {
            // Neither characters nor lead bytes: illegal on their own. Compare _codecs_jp.c
            // shift_jis_decode and shift_jis_2004_decode.
            c.illegalAlone[0x80] = true;
            c.illegalAlone[0xa0] = true;
            for (int b = name.equals("shift_jis") ? 0xeb : 0xfd; b <= 0xff; b++) {
                c.illegalAlone[b] = true;
            }
        }
        CharsetDecoder d = decoder(javaCharset(name));
        if (name.equals("euc_jp")) {
            c.triple = jisx0212(d);
        }
        if (name.equals("gb18030")) {
            c.quad = new int[4 * 10 * 1260];
            java.util.Arrays.fill(c.quad, -1);
            byte[] four = new byte[4];
            for (int i = 0; i < c.quad.length; i++) {
                four[0] = (byte) (0x81 + i / 12600);
                four[1] = (byte) (0x30 + i / 1260 % 10);
                four[2] = (byte) (0x81 + i / 10 % 126);
                four[3] = (byte) (0x30 + i % 10);
                int[] v = decode(d, four);
                if (v != null) {
                    c.quad[i] = v[0];
                }
            }
        }
        patch(c, pairs);
        return c;
    }

    /** The one- and two-byte sequences charset D decodes, into C's tables. */
    private static void fill(CjkCodec c, CharsetDecoder d, List<int[]> pairs) {
        byte[] one = new byte[1];
        byte[] two = new byte[2];
        for (int b1 = 0; b1 < 256; b1++) {
            one[0] = (byte) b1;
            int[] s = decode(d, one);
            if (s != null) {
                c.single[b1] = s[0];
                continue;
            }
            two[0] = (byte) b1;
            for (int b2 = 0; b2 < 256; b2++) {
                two[1] = (byte) b2;
                int[] v = decode(d, two);
                if (v != null) {
                    if (v.length == 1) {
                        c.dbl[b1 << 8 | b2] = v[0];
                    } else {
                        c.dbl[b1 << 8 | b2] = -2 - pairs.size();
                        pairs.add(new int[] {v[0], v[1], b1 << 8 | b2});
                    }
                }
            }
        }
    }

    /** EUC-JP's JIS X 0212 plane: 0x8F b2 b3 as (b2 << 8 | b3) to code point. */
    private static int[] jisx0212(CharsetDecoder d) {
        int[] t = new int[65536];
        java.util.Arrays.fill(t, -1);
        byte[] three = {(byte) 0x8f, 0, 0};
        for (int b2 = 0xa1; b2 < 0xff; b2++) {
            for (int b3 = 0xa1; b3 < 0xff; b3++) {
                three[1] = (byte) b2;
                three[2] = (byte) b3;
                int[] v = decode(d, three);
                if (v != null) {
                    t[b2 << 8 | b3] = v[0];
                }
            }
        }
        return t;
    }

    /** Rows of JIS X 0213 plane 2 for the Shift_JIS lead bytes F0-F4 (odd trail, even trail); F5-FC follow on from 79. */
    private static final int[][] PLANE2_ROWS = {{1, 8}, {3, 4}, {5, 12}, {13, 14}, {15, 78}};

    /**
     * euc_jis_2004/euc_jisx0213: the JDK's Shift_JIS-2004 table moved to EUC positions
     * (row and cell from the Shift_JIS bytes; plane 2 after 0x8F), over EUC-JP's JIS X 0212
     * for the three-byte sequences JIS X 0213 leaves free. Compare _codecs_jp.c euc_jis_2004_decode.
     */
    private static void eucJis(CjkCodec c, List<int[]> pairs) {
        CjkCodec sj = new CjkCodec("shift_jis_2004");
        fill(sj, decoder("x-SJIS_0213"), pairs);
        c.triple = new int[65536];
        java.util.Arrays.fill(c.triple, -1);
        c.late = jisx0212(decoder("EUC-JP"));
        for (int b = 0; b < 0x80; b++) {
            c.single[b] = sj.single[b];
        }
        for (int b = 0xa1; b <= 0xdf; b++) {
            c.dbl[0x8e << 8 | b] = sj.single[b]; // half-width katakana
        }
        for (int k = 0; k < 65536; k++) {
            int v = sj.dbl[k];
            if (v == -1) {
                continue;
            }
            int e = sjisToEuc(k >> 8, k & 0xff);
            if (e > 0xffff) {
                c.triple[e & 0xffff] = v;
            } else if (e > 0) {
                c.dbl[e] = v;
            }
        }
        for (int[] p : pairs) {
            p[2] = sjisToEuc(p[2] >> 8, p[2] & 0xff);
        }
    }

    /** The EUC-JIS-2004 bytes (0x8Fxxxx for plane 2) of Shift_JIS-2004's S1 S2, or -1. */
    private static int sjisToEuc(int s1, int s2) {
        if (s2 < 0x40 || s2 == 0x7f || s2 > 0xfc) {
            return -1;
        }
        boolean odd = s2 < 0x9f;
        int cell = odd ? s2 - 0x3f - (s2 >= 0x80 ? 1 : 0) : s2 - 0x9e;
        int row;
        boolean plane2 = false;
        if (s1 >= 0x81 && s1 <= 0x9f || s1 >= 0xe0 && s1 <= 0xef) {
            int base = s1 <= 0x9f ? (s1 - 0x81) * 2 + 1 : (s1 - 0xe0) * 2 + 63;
            row = odd ? base : base + 1;
        } else if (s1 >= 0xf0 && s1 <= 0xfc) {
            plane2 = true;
            int[] pr = s1 <= 0xf4 ? PLANE2_ROWS[s1 - 0xf0] : new int[] {79 + 2 * (s1 - 0xf5), 80 + 2 * (s1 - 0xf5)};
            row = odd ? pr[0] : pr[1];
        } else {
            return -1;
        }
        int e = (row + 0xa0) << 8 | (cell + 0xa0);
        return plane2 ? 0x8f0000 | e : e;
    }

    /** Applies CjkPatches to C and builds the encoder. */
    private static void patch(CjkCodec c, List<int[]> pairs) {
        String name = c.name;
        String[] patch = CjkPatches.of(name);
        if (name.endsWith("x0213")) {
            // The sequences JIS X 0213:2004 added are illegal as a whole in the 2000 edition.
            c.illegalPairs = new java.util.BitSet(65536);
        }
        for (String del : words(patch[1])) {
            int dash = del.indexOf('-');
            String lo = dash < 0 ? del : del.substring(0, dash);
            long from = Long.parseLong(lo, 16);
            long to = dash < 0 ? from : Long.parseLong(del.substring(dash + 1), 16);
            for (long k = from; k <= to; k++) {
                set(c, lo.length(), k, -1, pairs);
                if (c.illegalPairs != null && lo.length() == 4) {
                    c.illegalPairs.set((int) k);
                }
            }
        }
        for (String s : words(patch[2])) {
            int eq = s.indexOf('=');
            String key = s.substring(0, eq);
            String[] cps = s.substring(eq + 1).split("\\.");
            long k = Long.parseLong(key, 16);
            if (cps.length == 2) {
                c.dbl[(int) k] = -2 - pairs.size();
                pairs.add(new int[] {Integer.parseInt(cps[0], 16), Integer.parseInt(cps[1], 16), (int) k});
            } else {
                set(c, key.length(), k, Integer.parseInt(cps[0], 16), pairs);
            }
        }
        c.pairs = new int[pairs.size()][];
        for (int i = 0; i < pairs.size(); i++) {
            int[] p = pairs.get(i);
            c.pairs[i] = new int[] {p[0], p[1]};
            c.pairStart.set(p[0]);
            c.pairEnc.put((long) p[0] << 21 | p[1], p[2]);
        }
        invert(c, patch[0].equals("last"));
        for (String e : words(patch[3])) {
            int eq = e.indexOf('=');
            int cp = Integer.parseInt(e.substring(0, eq), 16);
            String b = e.substring(eq + 1);
            int v = b.equals("-") ? -1 : (int) Long.parseLong(b, 16);
            if (cp < 0x10000) {
                c.enc[cp] = v;
            } else if (v == -1) {
                c.encHigh.remove(cp);
            } else {
                c.encHigh.put(cp, v);
            }
        }
    }

    private static String[] words(String s) {
        s = s.strip();
        return s.isEmpty() ? new String[0] : s.split(" +");
    }

    /** Sets the decoding of the sequence K (of HEXLEN hex digits) to CP (-1: none). */
    private static void set(CjkCodec c, int hexLen, long k, int cp, List<int[]> pairs) {
        int key = (int) k;
        switch (hexLen) {
            case 2 -> c.single[key] = cp;
            case 4 -> c.dbl[key] = cp;
            case 6 -> c.triple[key & 0xffff] = cp;
            default -> {
                int b1 = key >>> 24;
                int b2 = key >>> 16 & 0xff;
                int b3 = key >>> 8 & 0xff;
                int b4 = key & 0xff;
                c.quad[((b1 - 0x81) * 10 + (b2 - 0x30)) * 1260 + (b3 - 0x81) * 10 + (b4 - 0x30)] = cp;
            }
        }
    }

    /**
     * The encoder as the inverse of the decoder, over the sequences in order of length
     * then value; with LAST the later of two sequences for one code point wins.
     */
    private static void invert(CjkCodec c, boolean last) {
        for (int b = 0; b < 256; b++) {
            put(c, c.single[b], b, last);
        }
        for (int k = 0; k < 65536; k++) {
            put(c, c.dbl[k], k, last);
        }
        if (c.triple != null) {
            for (int k = 0; k < 65536; k++) {
                put(c, c.triple[k], 0x8f0000 | k, last);
            }
        }
        if (c.late != null) {
            // JIS X 0212 encodes only what JIS X 0213 cannot.
            for (int k = 0; k < 65536; k++) {
                put(c, c.late[k], 0x8f0000 | k, false);
            }
        }
        if (c.quad != null) {
            for (int i = 0; i < c.quad.length; i++) {
                int bytes = (0x81 + i / 12600) << 24 | (0x30 + i / 1260 % 10) << 16 | (0x81 + i / 10 % 126) << 8 | (0x30 + i % 10);
                put(c, c.quad[i], bytes, last);
            }
        }
    }

    private static void put(CjkCodec c, int cp, int bytes, boolean last) {
        if (cp < 0) {
            return;
        }
        if (cp < 0x10000) {
            if (last || c.enc[cp] == -1) {
                c.enc[cp] = bytes;
            }
        } else if (last || !c.encHigh.containsKey(cp)) {
            c.encHigh.put(cp, bytes);
        }
    }

    /** The code points B decodes to as a whole, or null. */
    private static int[] decode(CharsetDecoder d, byte[] b) {
        try {
            d.reset();
            CharBuffer r = d.decode(ByteBuffer.wrap(b));
            return r.toString().codePoints().toArray();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
