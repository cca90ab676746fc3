package org.pyvm.modules.unicodedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.testing.CPython;

/**
 * Every property of every code point (category, bidirectional, combining, east asian
 * width, mirrored, decomposition, decimal, digit, numeric, name, and lookup of the name),
 * and the four normalization forms of generated strings, against CPython 3.12's
 * unicodedata. Works on {@link Ucd} and {@link Normalization} directly (1.1 million code
 * points through the interpreter would be slow).
 */
class UcdOracleTest {

    static final String SCRIPT = """
        import unicodedata as u, sys
        out = open(sys.argv[1], 'w', encoding='utf-8', errors='surrogatepass')
        for c in range(0x110000):
            ch = chr(c)
            nm = u.name(ch, '')
            look = '' if not nm else ('=' if u.lookup(nm) == ch else 'x')
            out.write('%s;%s;%d;%s;%d;%s;%s;%s;%s;%s;%s\\n' % (u.category(ch), u.bidirectional(ch), u.combining(ch),
                u.east_asian_width(ch), u.mirrored(ch), u.decomposition(ch), u.decimal(ch, ''), u.digit(ch, ''),
                repr(u.numeric(ch, '')), nm, look))
        old = u.ucd_3_2_0
        out32 = open(sys.argv[3], 'w', encoding='utf-8', errors='surrogatepass')
        for c in range(0x110000):
            ch = chr(c)
            nm = old.name(ch, '')
            look = '' if not nm else ('=' if old.lookup(nm) == ch else 'x')
            out32.write('%s;%s;%d;%s;%d;%s;%s;%s;%s;%s;%s\\n' % (old.category(ch), old.bidirectional(ch), old.combining(ch),
                old.east_asian_width(ch), old.mirrored(ch), old.decomposition(ch), old.decimal(ch, ''), old.digit(ch, ''),
                repr(old.numeric(ch, '')), nm, look))
        # normalization: strings of code points chosen around combining marks, Hangul and composites
        seed = 12345
        def rnd(n):
            global seed
            seed = (seed * 1103515245 + 12345) & 0x7fffffff
            return seed % n
        pools = [list(range(0x300, 0x370)), list(range(0x41, 0x7b)), list(range(0xc0, 0x180)),
                 list(range(0x1100, 0x1200)), list(range(0xac00, 0xac80)), list(range(0x1e00, 0x1f00)),
                 list(range(0x3040, 0x3100)), list(range(0xfb00, 0xfb50)), list(range(0x0590, 0x0700)),
                 list(range(0x0900, 0x0a00)), [0x1d15e, 0x1d165, 0x1d16e, 0x2126, 0x212b, 0x1e0a, 0x323, 0x307,
                 0x1100, 0x1161, 0x11a8, 0xf900, 0x2fa1d, 0x0344, 0x0f73, 0x0f75, 0x0f81, 0x1b05, 0x1b35, 0x110a5, 0x110ba,
                 0x2f868, 0x2f874, 0x2f91f, 0x2f95f, 0x2f9bf, 0xf951, 0x1e9e, 0x0221, 0x1d1bb, 0x1d1bc, 0x1d165]]
        norm = open(sys.argv[2], 'w', encoding='utf-8', errors='surrogatepass')
        for i in range(20000):
            s = ''
            for _ in range(1 + rnd(6)):
                pool = pools[rnd(len(pools))]
                s += chr(pool[rnd(len(pool))])
            norm.write(' '.join('%x' % ord(c) for c in s))
            for f in ('NFC', 'NFKC', 'NFD', 'NFKD'):
                norm.write(';' + ' '.join('%x' % ord(c) for c in u.normalize(f, s)))
            for f in ('NFC', 'NFKC', 'NFD', 'NFKD'):
                norm.write(';' + ' '.join('%x' % ord(c) for c in old.normalize(f, s)))
            norm.write('\\n')
        """;

    private static String num(String[] f, int i) {
        return f == null ? "" : f[i];
    }

    /** repr(float) of a numeric field as CPython prints it, or '' when absent. */
    private static String numRepr(String[] f) {
        if (f == null || f[2].isEmpty()) {
            return "''";
        }
        String v = f[2];
        int slash = v.indexOf('/');
        double d = slash < 0 ? Double.parseDouble(v)
            : Double.parseDouble(v.substring(0, slash)) / Double.parseDouble(v.substring(slash + 1));
        return org.pyvm.runtime.text.FloatRepr.repr(d);
    }

    @Test
    void everyCodePointAndNormalizationAgreeWithCPython(@TempDir Path dir) throws Exception {
        assumeTrue(CPython.present(), "skipped: no CPython 3.12 on this machine");
        Files.writeString(dir.resolve("dump.py"), SCRIPT);
        CPython.Result r = CPython.run(dir, "dump.py", "props.txt", "norm.txt", "props32.txt");
        assertEquals(0, r.status(), r.err());
        List<String> want = Files.readAllLines(dir.resolve("props.txt"), StandardCharsets.UTF_8);
        Ucd u = Ucd.get();
        List<String> failures = new ArrayList<>();
        int differ = 0;
        for (int c = 0; c < 0x110000; c++) {
            String[] f = u.numeric(c);
            String nm = u.name(c);
            String look = nm == null ? "" : (Character.toString(c).equals(u.lookup(nm, true)) ? "=" : "x");
            String have = u.category(c) + ";" + u.bidirectional(c) + ";" + u.combining(c) + ";" + u.eastAsianWidth(c)
                + ";" + u.mirrored(c) + ";" + u.decomposition(c) + ";" + num(f, 0) + ";" + num(f, 1) + ";"
                + numRepr(f) + ";" + (nm == null ? "" : nm) + ";" + look;
            if (!have.equals(want.get(c))) {
                differ++;
                if (failures.size() < 20) {
                    failures.add(Integer.toHexString(c) + "\n   CPython " + want.get(c) + "\n   pyvm    " + have);
                }
            }
        }
        List<String> want32 = Files.readAllLines(dir.resolve("props32.txt"), StandardCharsets.UTF_8);
        Ucd32 old = Ucd32.get();
        for (int c = 0; c < 0x110000; c++) {
            String have = props32(u, old, c);
            if (!have.equals(want32.get(c))) {
                differ++;
                if (failures.size() < 20) {
                    failures.add("3.2.0 " + Integer.toHexString(c) + "\n   CPython " + want32.get(c) + "\n   pyvm    " + have);
                }
            }
        }
        Normalization n = Normalization.get();
        int normCases = 0;
        for (String line : Files.readAllLines(dir.resolve("norm.txt"), StandardCharsets.UTF_8)) {
            String[] parts = line.split(";", -1);
            int[] s = cps(parts[0]);
            int[][] got = {n.composeForm(s, false), n.composeForm(s, true), n.decompose(s, false), n.decompose(s, true),
                n.composeForm(s, false, old), n.composeForm(s, true, old), n.decompose(s, false, old),
                n.decompose(s, true, old)};
            normCases++;
            for (int k = 0; k < 8; k++) {
                if (!java.util.Arrays.equals(cps(parts[k + 1]), got[k])) {
                    differ++;
                    if (failures.size() < 20) {
                        failures.add("normalize form " + k + " of " + parts[0] + "\n   CPython " + parts[k + 1]
                            + "\n   pyvm    " + hex(got[k]));
                    }
                }
            }
        }
        System.out.println("unicodedata oracle: 1114112 code points in 15.0.0 and in 3.2.0, " + normCases
            + " x 8 normalizations, " + differ + " differ");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** What the module's ucd_3_2_0 functions answer, from the 15.0.0 data and the 3.2.0 delta. */
    private static String props32(Ucd u, Ucd32 old, int c) {
        boolean gone = old.unassigned(c);
        String[] f = u.numeric(c);
        String dec = old.field(c, 4) != null ? old.field(c, 4) : num(f, 0);
        String[] fn = f;
        String numField = old.field(c, 5);
        String numRepr = numField != null ? (numField.isEmpty() ? "''" : numField) : numRepr(fn);
        String nm = gone ? null : u.name(c);
        String look = nm == null ? "" : (Character.toString(c).equals(u.lookup(nm, true, old)) ? "=" : "x");
        return orElse(old.field(c, 0), u.category(c)) + ";" + orElse(old.field(c, 1), u.bidirectional(c)) + ";"
            + (gone ? 0 : u.combining(c)) + ";" + orElse(old.field(c, 2), u.eastAsianWidth(c)) + ";"
            + orElse(old.field(c, 3), String.valueOf(u.mirrored(c))) + ";" + (gone ? "" : u.decomposition(c)) + ";"
            + dec + ";" + num(f, 1) + ";" + numRepr + ";" + (nm == null ? "" : nm) + ";" + look;
    }

    private static String orElse(String a, String b) {
        return a != null ? a : b;
    }

    private static int[] cps(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] h = s.split(" ");
        int[] a = new int[h.length];
        for (int i = 0; i < h.length; i++) {
            a[i] = Integer.parseInt(h[i], 16);
        }
        return a;
    }

    private static String hex(int[] a) {
        StringBuilder sb = new StringBuilder();
        for (int v : a) {
            sb.append(sb.isEmpty() ? "" : " ").append(Integer.toHexString(v));
        }
        return sb.toString();
    }
}
