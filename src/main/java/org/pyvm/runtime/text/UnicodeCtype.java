package org.pyvm.runtime.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The character facts of CPython 3.12's Unicode 15.0.0 behind str's methods (isalpha ...
 * isidentifier, lower, upper, title, casefold), the Unicode digits of int() and float(),
 * and re's character classes. Compare CPython Objects/unicodectype.c: _PyUnicode_IsAlpha,
 * _PyUnicode_IsDecimalDigit, _PyUnicode_ToLowerFull, _PyUnicode_ToFoldedFull ...; the flag
 * bits are those of Tools/unicode/makeunicodedata.py.
 *
 * <p>Why not java.lang.Character: the JDK's Unicode is newer (16.0 in JDK 25). It assigns
 * some 5,000 characters that 15.0 leaves unassigned (and so not alphabetic, not printable,
 * without case), gives older characters new case pairs (U+0264 and U+A7CB), and has no
 * digit/numeric values of Python's kind (isdigit, the Unihan numerals of isnumeric).
 *
 * <p>The facts are read on first use of a non-ASCII code point from {@code ctype-15.0.0.txt},
 * which tests/unicodedata/gen-ctype.py writes from CPython 3.12; ASCII is answered from a
 * small table built here (UnicodeCtypeTest checks that the two agree).
 */
public final class UnicodeCtype {

    private UnicodeCtype() {}

    public static final int ALPHA = 0x1;
    public static final int DECIMAL = 0x2;
    public static final int DIGIT = 0x4;
    public static final int NUMERIC = 0x8;
    public static final int SPACE = 0x10;
    public static final int PRINTABLE = 0x20;
    public static final int LOWER = 0x40;
    public static final int UPPER = 0x80;
    public static final int TITLE = 0x100;
    public static final int CASED = 0x200;
    public static final int CASE_IGNORABLE = 0x400;
    public static final int XID_START = 0x800;
    public static final int XID_CONTINUE = 0x1000;
    /** Category other than Cn in Unicode 15.0.0. */
    public static final int ASSIGNED = 0x2000;

    private static final short[] ASCII = asciiFlags();

    private static short[] asciiFlags() {
        short[] t = new short[128];
        for (int c = 0; c < 128; c++) {
            int f = ASSIGNED;
            boolean upper = c >= 'A' && c <= 'Z';
            boolean lower = c >= 'a' && c <= 'z';
            boolean digit = c >= '0' && c <= '9';
            if (upper || lower) {
                f |= ALPHA | CASED | XID_START | XID_CONTINUE | (upper ? UPPER : LOWER);
            }
            if (digit) {
                f |= DECIMAL | DIGIT | NUMERIC | XID_CONTINUE;
            }
            if (c == '_') {
                f |= XID_START | XID_CONTINUE;
            }
            if (c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f)) {
                f |= SPACE;
            }
            if (c >= ' ' && c < 0x7f) {
                f |= PRINTABLE;
            }
            // Case_Ignorable in ASCII: the word-break MidLetter/MidNumLet/Single_Quote
            // characters and the modifier symbols (Sk).
            if (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`') {
                f |= CASE_IGNORABLE;
            }
            t[c] = (short) f;
        }
        return t;
    }

    /** The flags of CP (0 outside Unicode). */
    public static int flags(int cp) {
        if (cp >= 0 && cp < 128) {
            return ASCII[cp];
        }
        if (cp < 0 || cp > 0x10ffff) {
            return 0;
        }
        return tableFlags(cp);
    }

    /** The flags the table holds for CP, also for ASCII (UnicodeCtypeTest compares the two). */
    static int tableFlags(int cp) {
        return Table.BLOCKS[Table.INDEX[cp >> 8]][cp & 0xff] & 0xffff;
    }

    /** The table's full mappings of CP (lower, upper, title, fold, {simple lower}), or null. */
    static int[][] tableMappings(int cp) {
        return Table.mappings(cp);
    }

    private static boolean has(int cp, int flag) {
        return (flags(cp) & flag) != 0;
    }

    public static boolean isAlpha(int cp) {
        return has(cp, ALPHA);
    }

    public static boolean isDecimal(int cp) {
        return has(cp, DECIMAL);
    }

    public static boolean isDigit(int cp) {
        return has(cp, DIGIT);
    }

    public static boolean isNumeric(int cp) {
        return has(cp, NUMERIC);
    }

    /** str.isalnum() of one code point: alpha, decimal, digit or numeric. */
    public static boolean isAlnum(int cp) {
        return has(cp, ALPHA | DECIMAL | DIGIT | NUMERIC);
    }

    /** Bidirectional class WS, B or S, or category Zs. */
    public static boolean isSpace(int cp) {
        return has(cp, SPACE);
    }

    public static boolean isPrintable(int cp) {
        return has(cp, PRINTABLE);
    }

    /** The derived property Lowercase. */
    public static boolean isLower(int cp) {
        return has(cp, LOWER);
    }

    /** The derived property Uppercase. */
    public static boolean isUpper(int cp) {
        return has(cp, UPPER);
    }

    /** Category Lt. */
    public static boolean isTitle(int cp) {
        return has(cp, TITLE);
    }

    /** The derived property Cased: Lowercase, Uppercase or Lt. */
    public static boolean isCased(int cp) {
        return has(cp, CASED);
    }

    /** The derived property Case_Ignorable. */
    public static boolean isCaseIgnorable(int cp) {
        return has(cp, CASE_IGNORABLE);
    }

    /** XID_Start, and '_': what may start an identifier. */
    public static boolean isXidStart(int cp) {
        return has(cp, XID_START);
    }

    public static boolean isXidContinue(int cp) {
        return has(cp, XID_CONTINUE);
    }

    /** The decimal value of CP, or -1. Compare _PyUnicode_ToDecimalDigit. */
    public static int decimalValue(int cp) {
        if (cp >= '0' && cp <= '9') {
            return cp - '0';
        }
        if (cp < 128 || !has(cp, DECIMAL)) {
            return -1;
        }
        return Table.VALUES.get(cp)[0];
    }

    /** The digit value of CP, or -1. Compare _PyUnicode_ToDigit. */
    public static int digitValue(int cp) {
        if (cp >= '0' && cp <= '9') {
            return cp - '0';
        }
        if (cp < 128 || !has(cp, DIGIT)) {
            return -1;
        }
        return Table.VALUES.get(cp)[1];
    }

    private static final int LOWER_MAP = 0;
    private static final int UPPER_MAP = 1;
    private static final int TITLE_MAP = 2;
    private static final int FOLD_MAP = 3;

    /** Appends the full lowercase mapping of CP (without final sigma's context). */
    public static void appendLower(StringBuilder sb, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        } else {
            append(sb, cp, LOWER_MAP);
        }
    }

    /** Appends the full uppercase mapping of CP (ß -> SS). */
    public static void appendUpper(StringBuilder sb, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
        } else {
            append(sb, cp, UPPER_MAP);
        }
    }

    /** Appends the full titlecase mapping of CP (ß -> Ss). */
    public static void appendTitle(StringBuilder sb, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
        } else {
            append(sb, cp, TITLE_MAP);
        }
    }

    /** Appends the full case folding of CP (ß -> ss). */
    public static void appendFold(StringBuilder sb, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        } else {
            append(sb, cp, FOLD_MAP);
        }
    }

    private static void append(StringBuilder sb, int cp, int which) {
        // Every character with a case mapping is cased (gen-ctype.py's data: none is not),
        // so most text skips the map.
        int[][] m = (flags(cp) & CASED) == 0 ? null : Table.mappings(cp);
        if (m == null) {
            sb.appendCodePoint(cp);
            return;
        }
        for (int c : m[which]) {
            sb.appendCodePoint(c);
        }
    }

    /** The simple lowercase mapping of CP, as re's IGNORECASE uses. Compare _PyUnicode_ToLowercase. */
    public static int simpleLower(int cp) {
        if (cp < 128) {
            return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        }
        int[][] m = Table.mappings(cp);
        return m == null ? cp : m[4][0];
    }

    /**
     * The first code point of CP's full uppercase mapping (ß -> S), as re's IGNORECASE uses.
     * Compare _PyUnicode_ToUppercase.
     */
    public static int upperFirst(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
        }
        int[][] m = Table.mappings(cp);
        return m == null ? cp : m[UPPER_MAP][0];
    }

    /**
     * Whether S holds only Latin-1 characters: their case mappings are the same in the
     * JDK's Unicode as in 15.0 (UnicodeCtypeTest checks), so String.toLowerCase/toUpperCase
     * in the root locale, which are much faster, give str.lower()/upper().
     */
    public static boolean isLatin1(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x100) {
                return false;
            }
        }
        return true;
    }

    /** Whether S holds only ASCII characters (the case methods' fast path). */
    public static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * The table, read when a non-ASCII code point is first asked about. Built from the
     * runs without a per-code-point pass (a class initializer runs in the JVM's
     * interpreter): a block of 256 code points inside one run shares that run's block.
     */
    private static final class Table {
        /** Per block of 256 code points, the index of its flags in BLOCKS. */
        static final char[] INDEX = new char[0x1100];
        static final short[][] BLOCKS;
        /** Per block of 256 code points, its mapping numbers (ZERO when it has none). */
        static final char[][] MAP_BLOCKS = new char[0x1100][];
        private static final char[] ZERO = new char[256];
        /** Mapping number (1...) -> {lower, upper, title, fold, {simple lower}}; 0 is none. */
        static final int[][][] MAPS;
        /** Code point -> {decimal value or -1, digit value}. */
        static final Map<Integer, int[]> VALUES = new HashMap<>(1024);

        static {
            int[] firsts = new int[4096];
            int[] lasts = new int[4096];
            short[] runFlags = new short[4096];
            int runs = 0;
            java.util.List<int[][]> maps = new java.util.ArrayList<>();
            maps.add(null);
            Arrays.fill(MAP_BLOCKS, ZERO);
            try (InputStream in = UnicodeCtype.class.getResourceAsStream("ctype-15.0.0.txt")) {
                if (in == null) {
                    throw new IllegalStateException("pyvm: the resource org/pyvm/runtime/text/ctype-15.0.0.txt is missing");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isEmpty() || line.charAt(0) == '#') {
                        continue;
                    }
                    String[] f = line.split(" ");
                    switch (f[0]) {
                        case "R" -> {
                            if (runs == firsts.length) {
                                firsts = Arrays.copyOf(firsts, runs * 2);
                                lasts = Arrays.copyOf(lasts, runs * 2);
                                runFlags = Arrays.copyOf(runFlags, runs * 2);
                            }
                            firsts[runs] = hex(f[1]);
                            lasts[runs] = hex(f[2]);
                            runFlags[runs++] = (short) hex(f[3]);
                        }
                        case "M" -> {
                            int cp = hex(f[1]);
                            if (MAP_BLOCKS[cp >> 8] == ZERO) {
                                MAP_BLOCKS[cp >> 8] = new char[256];
                            }
                            MAP_BLOCKS[cp >> 8][cp & 0xff] = (char) maps.size();
                            maps.add(new int[][] {points(f[2]), points(f[3]), points(f[4]), points(f[5]), {hex(f[6])}});
                        }
                        case "V" -> VALUES.put(hex(f[1]), new int[] {f[2].equals("-") ? -1 : hex(f[2]), hex(f[3])});
                        default -> throw new IllegalStateException("pyvm: bad line in ctype-15.0.0.txt: " + line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            MAPS = maps.toArray(new int[0][][]);
            BLOCKS = blocks(firsts, lasts, runFlags, runs);
        }

        /** The flag blocks from the runs (sorted, apart; code points in none have no flags). */
        private static short[][] blocks(int[] firsts, int[] lasts, short[] runFlags, int runs) {
            java.util.List<short[]> blocks = new java.util.ArrayList<>();
            Map<Short, Integer> uniform = new HashMap<>();
            int k = 0;
            for (int b = 0; b < INDEX.length; b++) {
                int lo = b << 8;
                int hi = lo + 255;
                while (k < runs && lasts[k] < lo) {
                    k++;
                }
                short whole = -1;
                if (k >= runs || firsts[k] > hi) {
                    whole = 0;
                } else if (firsts[k] <= lo && lasts[k] >= hi) {
                    whole = runFlags[k];
                }
                if (whole >= 0) {
                    Integer at = uniform.get(whole);
                    if (at == null) {
                        at = blocks.size();
                        short[] block = new short[256];
                        Arrays.fill(block, whole);
                        blocks.add(block);
                        uniform.put(whole, at);
                    }
                    INDEX[b] = (char) (int) at;
                    continue;
                }
                short[] block = new short[256];
                for (int j = k; j < runs && firsts[j] <= hi; j++) {
                    Arrays.fill(block, Math.max(firsts[j], lo) - lo, Math.min(lasts[j], hi) - lo + 1, runFlags[j]);
                }
                INDEX[b] = (char) blocks.size();
                blocks.add(block);
            }
            return blocks.toArray(new short[0][]);
        }

        static int[][] mappings(int cp) {
            if (cp < 0 || cp > 0x10ffff) {
                return null;
            }
            return MAPS[MAP_BLOCKS[cp >> 8][cp & 0xff]];
        }

        private static int hex(String s) {
            return Integer.parseInt(s, 16);
        }

        private static int[] points(String s) {
            String[] p = s.split("\\.");
            int[] r = new int[p.length];
            for (int i = 0; i < p.length; i++) {
                r[i] = hex(p[i]);
            }
            return r;
        }
    }
}
