package org.pyvm.modules.unicodedata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The Unicode 15.0.0 character database that CPython 3.12's unicodedata reports, read once
 * (on first use) from {@code ucd-15.0.0.txt.gz}, which tests/unicodedata/gen-ucd.py writes
 * from the UCD 15.0.0 text files (not from the JDK, whose Unicode is newer). Properties are
 * kept as runs of code points; names, decompositions and numeric values in maps. Hangul
 * syllable names and the CJK ideograph names are computed, as the standard defines them.
 * JDK-only; the module wraps it.
 */
final class Ucd {

    private static volatile Ucd instance;

    static Ucd get() {
        Ucd u = instance;
        if (u == null) {
            synchronized (Ucd.class) {
                u = instance;
                if (u == null) {
                    instance = u = load();
                }
            }
        }
        return u;
    }

    // runs of properties: starts[i]..ends[i] have record rec[i]
    private int[] starts = new int[5000];
    private int[] ends = new int[5000];
    private int[] rec = new int[5000];
    private int nruns;
    /** Distinct property records: category, bidi, combining, east asian width, mirrored. */
    final java.util.List<String[]> records = new java.util.ArrayList<>();
    private final Map<String, Integer> recordIndex = new HashMap<>();
    /** The combining class of each record. */
    private int[] combiningOf;
    final Map<Integer, String> decompositions = new HashMap<>();
    final Map<Integer, String[]> numerics = new HashMap<>();
    final Map<Integer, String> names = new HashMap<>();
    private final Map<String, Integer> byName = new HashMap<>();
    private final Map<String, Integer> aliases = new HashMap<>();
    private final Map<String, String> sequences = new HashMap<>();
    private final java.util.List<int[]> cjk = new java.util.ArrayList<>();
    private final java.util.List<int[]> exclusions = new java.util.ArrayList<>();

    private Ucd() {}

    private static Ucd load() {
        try (InputStream in = Ucd.class.getResourceAsStream("ucd-15.0.0.txt.gz")) {
            if (in == null) {
                throw new IllegalStateException("pyvm: the Unicode database resource ucd-15.0.0.txt.gz is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                StandardCharsets.UTF_8));
            Ucd u = new Ucd();
            java.util.List<Integer> ccc = new java.util.ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] f = line.split(";", -1);
                switch (f[0]) {
                    case "P" -> u.addRun(hex(f[1]), hex(f[2]), f, ccc);
                    case "D" -> u.decompositions.put(hex(f[1]), f[2]);
                    case "N" -> u.numerics.put(hex(f[1]), new String[] {f[2], f[3], f[4]});
                    case "A" -> {
                        int cp = hex(f[1]);
                        u.names.put(cp, f[2]);
                        u.byName.put(f[2], cp);
                    }
                    case "R" -> u.cjk.add(new int[] {hex(f[1]), hex(f[2])});
                    case "L" -> u.aliases.putIfAbsent(f[1], hex(f[2]));
                    case "S" -> {
                        StringBuilder sb = new StringBuilder();
                        for (String h : f[2].split(" ")) {
                            sb.appendCodePoint(hex(h));
                        }
                        u.sequences.put(f[1], sb.toString());
                    }
                    case "X" -> u.exclusions.add(new int[] {hex(f[1]), hex(f[2])});
                    default -> { }
                }
            }
            int[] comb = new int[ccc.size()];
            for (int i = 0; i < comb.length; i++) {
                comb[i] = ccc.get(i);
            }
            u.combiningOf = comb;
            return u;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int hex(String s) {
        return Integer.parseInt(s, 16);
    }

    private void addRun(int first, int last, String[] f, java.util.List<Integer> ccc) {
        String key = f[3] + ";" + f[4] + ";" + f[5] + ";" + f[6] + ";" + f[7];
        Integer idx = recordIndex.get(key);
        if (idx == null) {
            idx = records.size();
            records.add(new String[] {f[3], f[4], f[5], f[6], f[7]});
            recordIndex.put(key, idx);
            ccc.add(Integer.parseInt(f[5]));
        }
        if (nruns == starts.length) {
            starts = java.util.Arrays.copyOf(starts, nruns * 2);
            ends = java.util.Arrays.copyOf(ends, nruns * 2);
            rec = java.util.Arrays.copyOf(rec, nruns * 2);
        }
        starts[nruns] = first;
        ends[nruns] = last;
        rec[nruns] = idx;
        nruns++;
    }

    /** The property record of CP (the runs cover every code point). */
    int record(int cp) {
        int lo = 0;
        int hi = nruns - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= cp) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return rec[lo];
    }

    String category(int cp) {
        return records.get(record(cp))[0];
    }

    String bidirectional(int cp) {
        return records.get(record(cp))[1];
    }

    int combining(int cp) {
        return combiningOf[record(cp)];
    }

    String eastAsianWidth(int cp) {
        return records.get(record(cp))[3];
    }

    int mirrored(int cp) {
        return records.get(record(cp))[4].equals("1") ? 1 : 0;
    }

    String decomposition(int cp) {
        String d = decompositions.get(cp);
        return d == null ? "" : d;
    }

    /** decimal, digit, numeric fields of UnicodeData.txt ("" where absent), or null. */
    String[] numeric(int cp) {
        return numerics.get(cp);
    }

    boolean compositionExcluded(int cp) {
        for (int[] r : exclusions) {
            if (cp >= r[0] && cp <= r[1]) {
                return true;
            }
        }
        return false;
    }

    // ---- names ----

    static final int S_BASE = 0xAC00;
    static final int L_BASE = 0x1100;
    static final int V_BASE = 0x1161;
    static final int T_BASE = 0x11A7;
    static final int L_COUNT = 19;
    static final int V_COUNT = 21;
    static final int T_COUNT = 28;
    static final int N_COUNT = V_COUNT * T_COUNT;
    static final int S_COUNT = L_COUNT * N_COUNT;
    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** The character's name, or null. Compare unicodedata.c: _getucname. */
    String name(int cp) {
        if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
            int s = cp - S_BASE;
            return "HANGUL SYLLABLE " + JAMO_L[s / N_COUNT] + JAMO_V[(s % N_COUNT) / T_COUNT] + JAMO_T[s % T_COUNT];
        }
        for (int[] r : cjk) {
            if (cp >= r[0] && cp <= r[1]) {
                return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
            }
        }
        return names.get(cp);
    }

    /**
     * The character (or named sequence) a name stands for, matched without regard to case,
     * or null. Aliases are accepted; named sequences only when SEQUENCES. Compare
     * unicodedata.c: _getcode.
     */
    String lookup(String name, boolean sequencesToo) {
        return lookup(name, sequencesToo, null);
    }

    /**
     * As {@link #lookup(String, boolean)}; with OLD (the Unicode 3.2.0 view) there are no
     * aliases or named sequences and a name must belong to a character assigned in 3.2.0.
     */
    String lookup(String name, boolean sequencesToo, Ucd32 old) {
        // The algorithmic names are matched as written (upper case), the others without case.
        if (name.startsWith("HANGUL SYLLABLE ")) {
            int cp = hangul(name.substring("HANGUL SYLLABLE ".length()));
            return cp < 0 ? null : Character.toString(cp);
        }
        if (name.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            String h = name.substring("CJK UNIFIED IDEOGRAPH-".length());
            if ((h.length() == 4 || h.length() == 5)
                && h.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) {
                int cp = Integer.parseInt(h, 16);
                for (int[] r : cjk) {
                    if (cp >= r[0] && cp <= r[1]) {
                        return Character.toString(cp);
                    }
                }
            }
            return null;
        }
        StringBuilder up = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            up.append(ch >= 'a' && ch <= 'z' ? (char) (ch - 32) : ch);   // Py_TOUPPER: ASCII only
        }
        String n = up.toString();
        Integer cp = byName.get(n);
        if (cp != null && (old == null || !old.unassigned(cp))) {
            return Character.toString(cp);
        }
        if (old != null) {
            return null;
        }
        cp = aliases.get(n);
        if (cp != null) {
            return Character.toString(cp);
        }
        return sequencesToo ? sequences.get(n) : null;
    }

    /** A Hangul syllable's code point from the jamo part of its name, or -1. Compare find_syllable. */
    private static int hangul(String s) {
        String rest = s;
        int l = longest(JAMO_L, rest);
        if (l < 0) {
            return -1;
        }
        rest = rest.substring(JAMO_L[l].length());
        int v = longest(JAMO_V, rest);
        if (v < 0) {
            return -1;
        }
        rest = rest.substring(JAMO_V[v].length());
        int t = longest(JAMO_T, rest);
        if (t < 0 || rest.length() != JAMO_T[t].length()) {
            return -1;
        }
        return S_BASE + (l * V_COUNT + v) * T_COUNT + t;
    }

    private static int longest(String[] table, String s) {
        int best = -1;
        for (int i = 0; i < table.length; i++) {
            if (s.startsWith(table[i]) && (best < 0 || table[i].length() > table[best].length())) {
                best = i;
            }
        }
        return best;
    }
}
