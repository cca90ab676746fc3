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
            default -> null;
        };
    }

    static CjkCodec get(String name) {
        return CODECS.computeIfAbsent(name, CjkTables::build);
    }

    private static CjkCodec build(String name) {
        CjkCodec c = new CjkCodec(name);
        CharsetDecoder d = Charset.forName(javaCharset(name)).newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<int[]> pairs = new ArrayList<>();
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
        if (name.equals("shift_jis")) {
            // Neither characters nor lead bytes: illegal on their own. Compare _codecs_jp.c shift_jis_decode.
            c.illegalAlone[0x80] = true;
            c.illegalAlone[0xa0] = true;
            for (int b = 0xeb; b <= 0xff; b++) {
                c.illegalAlone[b] = true;
            }
        }
        if (name.equals("euc_jp")) {
            c.triple = new int[65536];
            java.util.Arrays.fill(c.triple, -1);
            byte[] three = {(byte) 0x8f, 0, 0};
            for (int b2 = 0xa1; b2 < 0xff; b2++) {
                for (int b3 = 0xa1; b3 < 0xff; b3++) {
                    three[1] = (byte) b2;
                    three[2] = (byte) b3;
                    int[] v = decode(d, three);
                    if (v != null) {
                        c.triple[b2 << 8 | b3] = v[0];
                    }
                }
            }
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
        String[] patch = CjkPatches.of(name);
        for (String del : words(patch[1])) {
            int dash = del.indexOf('-');
            String lo = dash < 0 ? del : del.substring(0, dash);
            long from = Long.parseLong(lo, 16);
            long to = dash < 0 ? from : Long.parseLong(del.substring(dash + 1), 16);
            for (long k = from; k <= to; k++) {
                set(c, lo.length(), k, -1, pairs);
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
        c.pairBytes = new int[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            int[] p = pairs.get(i);
            c.pairs[i] = new int[] {p[0], p[1]};
            c.pairBytes[i] = p[2];
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
        return c;
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
