package org.pyvm.modules.unicodedata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Unicode 3.2.0 as unicodedata.ucd_3_2_0 reports it (stringprep and the idna codec use
 * it): the differences from 15.0.0 as runs of code points, read from
 * {@code ucd-3.2.0-delta.txt.gz} (tests/unicodedata/gen-ucd-3.2.0.py), plus the
 * normalization corrections made after 3.2.0 (UCD NormalizationCorrections.txt), which
 * 3.2.0's normalization does not have. A code point whose 3.2.0 category is Cn was not
 * assigned then: no name, no decomposition, combining class 0.
 */
final class Ucd32 {

    private static volatile Ucd32 instance;

    static Ucd32 get() {
        Ucd32 u = instance;
        if (u == null) {
            synchronized (Ucd32.class) {
                if (instance == null) {
                    instance = load();
                }
                u = instance;
            }
        }
        return u;
    }

    private final int[] starts;
    private final int[] ends;
    private final String[][] fields;

    /** Corrigenda after 3.2.0: the decomposition 3.2.0 had for these compatibility ideographs. */
    static final Map<Integer, Integer> NORMALIZATION = Map.of(0x2F868, 0x2136A, 0x2F874, 0x5F33, 0x2F91F, 0x43AB,
        0x2F95F, 0x7AAE, 0x2F9BF, 0x4D57);

    private Ucd32(int[] starts, int[] ends, String[][] fields) {
        this.starts = starts;
        this.ends = ends;
        this.fields = fields;
    }

    private static Ucd32 load() {
        try (InputStream in = Ucd32.class.getResourceAsStream("ucd-3.2.0-delta.txt.gz")) {
            if (in == null) {
                throw new IllegalStateException("pyvm: the resource ucd-3.2.0-delta.txt.gz is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    rows.add(line.split(";", -1));
                }
            }
            int n = rows.size();
            int[] s = new int[n];
            int[] e = new int[n];
            String[][] f = new String[n][];
            for (int i = 0; i < n; i++) {
                String[] row = rows.get(i);
                s[i] = Integer.parseInt(row[0], 16);
                e[i] = Integer.parseInt(row[1], 16);
                f[i] = java.util.Arrays.copyOfRange(row, 2, row.length);
            }
            return new Ucd32(s, e, f);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * The 3.2.0 fields of CP where they differ (category, bidirectional, east asian width,
     * mirrored, decimal, numeric; "-" where 3.2.0 agrees, "" for no value), or null.
     */
    String[] delta(int cp) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] < cp) {
                lo = mid + 1;
            } else if (starts[mid] > cp) {
                hi = mid - 1;
            } else {
                return fields[mid];
            }
        }
        return null;
    }

    boolean unassigned(int cp) {
        String[] d = delta(cp);
        return d != null && d[0].equals("Cn");
    }

    /** Field I of CP in 3.2.0 if it differs, else null. */
    String field(int cp, int i) {
        String[] d = delta(cp);
        return d == null || d[i].equals("-") ? null : d[i];
    }
}
