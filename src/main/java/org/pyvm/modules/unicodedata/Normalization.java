package org.pyvm.modules.unicodedata;

import java.util.HashMap;
import java.util.Map;

/**
 * The four normalization forms of UAX #15 over the Unicode 15.0 data of {@link Ucd}:
 * full (recursive) canonical or compatibility decomposition with Hangul syllables
 * decomposed arithmetically, canonical ordering of combining marks, and canonical
 * composition of primary composites (decompositions to two characters that are not
 * Full_Composition_Exclusion) with the blocking rule. Compare CPython
 * Modules/unicodedata.c: nfd_nfkd, nfc_nfkc, is_normalized_quickcheck.
 */
final class Normalization {

    private final Ucd ucd;
    /** (first << 21 | second) to the primary composite. */
    private final Map<Long, Integer> compose = new HashMap<>();

    Normalization(Ucd ucd) {
        this.ucd = ucd;
        for (Map.Entry<Integer, String> e : ucd.decompositions.entrySet()) {
            String d = e.getValue();
            if (d.startsWith("<")) {
                continue;
            }
            String[] parts = d.split(" ");
            if (parts.length != 2 || ucd.compositionExcluded(e.getKey())) {
                continue;
            }
            compose.put(((long) Integer.parseInt(parts[0], 16) << 21) | Integer.parseInt(parts[1], 16), e.getKey());
        }
    }

    private static volatile Normalization instance;

    static Normalization get() {
        Normalization n = instance;
        if (n == null) {
            synchronized (Normalization.class) {
                if (instance == null) {
                    instance = new Normalization(Ucd.get());
                }
                n = instance;
            }
        }
        return n;
    }

    /** NFD (compat false) or NFKD (compat true) as code points. */
    int[] decompose(int[] s, boolean compat) {
        return decompose(s, compat, null);
    }

    /**
     * The same for Unicode 3.2.0 when OLD is given: characters unassigned in 3.2.0 stay as
     * they are, and the decompositions corrected after 3.2.0 are the old ones. Compare
     * unicodedata.c: nfd_nfkd with a UCD self.
     */
    int[] decompose(int[] s, boolean compat, Ucd32 old) {
        IntBuf out = new IntBuf(s.length + 8);
        for (int cp : s) {
            decomposeOne(cp, compat, out, old);
        }
        // canonical ordering: a stable sort of each run of non-starters by combining class
        int[] a = out.a;
        int n = out.n;
        for (int i = 1; i < n; i++) {
            int cc = ucd.combining(a[i]);
            if (cc == 0) {
                continue;
            }
            int j = i;
            while (j > 0) {
                int pc = ucd.combining(a[j - 1]);
                if (pc <= cc) {
                    break;
                }
                int t = a[j - 1];
                a[j - 1] = a[j];
                a[j] = t;
                j--;
            }
        }
        return java.util.Arrays.copyOf(a, n);
    }

    private void decomposeOne(int cp, boolean compat, IntBuf out, Ucd32 old) {
        if (old != null) {
            Integer corrected = Ucd32.NORMALIZATION.get(cp);
            if (corrected != null) {
                decomposeOne(corrected, compat, out, old);
                return;
            }
        }
        if (cp >= Ucd.S_BASE && cp < Ucd.S_BASE + Ucd.S_COUNT) {
            int s = cp - Ucd.S_BASE;
            out.add(Ucd.L_BASE + s / Ucd.N_COUNT);
            out.add(Ucd.V_BASE + (s % Ucd.N_COUNT) / Ucd.T_COUNT);
            if (s % Ucd.T_COUNT != 0) {
                out.add(Ucd.T_BASE + s % Ucd.T_COUNT);
            }
            return;
        }
        String d = old != null && old.unassigned(cp) ? null : ucd.decompositions.get(cp);
        if (d == null || (!compat && d.startsWith("<"))) {
            out.add(cp);
            return;
        }
        for (String h : d.split(" ")) {
            if (!h.startsWith("<")) {
                decomposeOne(Integer.parseInt(h, 16), compat, out, old);
            }
        }
    }

    /** NFC (compat false) or NFKC (compat true). */
    int[] composeForm(int[] s, boolean compat) {
        return composeForm(s, compat, null);
    }

    /** The same for Unicode 3.2.0 when OLD is given (its decomposition, today's composition pairs). */
    int[] composeForm(int[] s, boolean compat, Ucd32 old) {
        int[] d = decompose(s, compat, old);
        int n = d.length;
        if (n == 0) {
            return d;
        }
        int starter = -1;   // output index of the last starter
        int lastClass = 0;  // combining class of the character at out - 1
        int out = 0;
        for (int i = 0; i < n; i++) {
            int cp = d[i];
            int cc = ucd.combining(cp);
            // cp may join the starter unless a character between them blocks it
            if (starter >= 0 && (out - 1 == starter || lastClass != 0 && lastClass < cc)) {
                int c = composite(d[starter], cp);
                if (c >= 0) {
                    d[starter] = c;
                    continue;
                }
            }
            if (cc == 0) {
                starter = out;
            }
            lastClass = cc;
            d[out++] = cp;
        }
        return java.util.Arrays.copyOf(d, out);
    }

    /** The primary composite of A and B (Hangul arithmetically), or -1. */
    private int composite(int a, int b) {
        if (a >= Ucd.L_BASE && a < Ucd.L_BASE + Ucd.L_COUNT && b >= Ucd.V_BASE && b < Ucd.V_BASE + Ucd.V_COUNT) {
            return Ucd.S_BASE + ((a - Ucd.L_BASE) * Ucd.V_COUNT + (b - Ucd.V_BASE)) * Ucd.T_COUNT;
        }
        if (a >= Ucd.S_BASE && a < Ucd.S_BASE + Ucd.S_COUNT && (a - Ucd.S_BASE) % Ucd.T_COUNT == 0
            && b > Ucd.T_BASE && b < Ucd.T_BASE + Ucd.T_COUNT) {
            return a + (b - Ucd.T_BASE);
        }
        Integer c = compose.get(((long) a << 21) | b);
        return c == null ? -1 : c;
    }

    private static final class IntBuf {
        int[] a;
        int n;

        IntBuf(int cap) {
            a = new int[cap];
        }

        void add(int v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2 + 4);
            }
            a[n++] = v;
        }
    }
}
