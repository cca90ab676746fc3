package org.pyvm.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrReprTest {

    @Test
    void fixedCases() {
        assertEquals("'a\\'b\"'", StrRepr.repr("a'b\""));
        assertEquals("\"it's\"", StrRepr.repr("it's"));
        assertEquals("'\\x00\\n\\x7f\\xa0\u00e9'", StrRepr.repr("\0\n\u007f\u00a0\u00e9"));
        assertEquals("'\\xe9\\u20ac\\U0001f600'", StrRepr.ascii("\u00e9\u20ac\uD83D\uDE00"));
    }

    @Test
    void reprMatchesCPython() throws Exception {
        // Random strings over interesting ranges. Characters the JDK's newer Unicode has
        // assigned but CPython 3.12's Unicode 15.0 has not are left out of the comparison.
        Random r = new Random(61);
        int[][] ranges = {{0, 0x100}, {0x100, 0x3000}, {0x2000, 0x2100}, {0xd7f0, 0xe010}, {0xfff0, 0x10000},
            {0x10000, 0x20000}, {0x1f000, 0x1fb00}, {0xe0000, 0xe0200}, {0x20000, 0x110000}};
        List<String> strings = new ArrayList<>(List.of("", "'", "\"", "'\"", "\\", "it's", "say \"hi\""));
        for (int i = 0; i < 8000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(6);
            for (int k = 0; k < n; k++) {
                int[] range = ranges[r.nextInt(ranges.length)];
                int cp = range[0] + r.nextInt(range[1] - range[0]);
                if (cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == '\\') {
                    cp = 'q';
                }
                sb.appendCodePoint(cp);
            }
            if (r.nextInt(10) == 0) {
                sb.append(r.nextBoolean() ? '\'' : '"');
            }
            strings.add(sb.toString());
        }
        List<String> cases = new ArrayList<>();
        for (String s : strings) {
            cases.add(FloatParseTest.escape(s));
        }
        List<String> expected = Oracle.ask("""
            import unicodedata
            for l in LINES:
                s = l.encode('ascii').decode('unicode_escape', 'surrogatepass')
                new = ''.join('1' if unicodedata.category(c) == 'Cn' else '0' for c in s)
                out(new + '\\t' + repr(s) + '\\t' + ascii(s))
            """, cases);
        List<String> comparedCases = new ArrayList<>();
        List<String> want = new ArrayList<>();
        List<String> got = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < strings.size(); i++) {
            String[] parts = expected.get(i).split("\t", 3);
            String s = strings.get(i);
            boolean newer = false;
            int k = 0;
            for (int j = 0; j < s.length(); k++) {
                int cp = s.codePointAt(j);
                j += Character.charCount(cp);
                if (parts[0].charAt(k) == '1' && Character.getType(cp) != Character.UNASSIGNED) {
                    newer = true;
                }
            }
            if (newer) {
                skipped++;
                continue;
            }
            comparedCases.add(cases.get(i));
            want.add(parts[1] + "\t" + parts[2]);
            got.add(StrRepr.repr(s) + "\t" + StrRepr.ascii(s));
        }
        System.out.println("[oracle] StrRepr: " + skipped + " strings skipped (characters newer than Unicode 15.0)");
        Oracle.compare("StrRepr.repr and ascii", comparedCases, want, got);
    }
}
