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
        // Random strings over interesting ranges, characters the JDK's newer Unicode has
        // assigned but CPython 3.12's Unicode 15.0 has not among them.
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
            for l in LINES:
                s = l.encode('ascii').decode('unicode_escape', 'surrogatepass')
                out(repr(s) + '\\t' + ascii(s))
            """, cases);
        // Characters newer than Unicode 15.0 included: repr follows CPython's Unicode 15.0
        // printable table, not the JDK's newer Unicode.
        List<String> comparedCases = cases;
        List<String> want = expected;
        List<String> got = new ArrayList<>();
        for (String s : strings) {
            got.add(StrRepr.repr(s) + "\t" + StrRepr.ascii(s));
        }
        Oracle.compare("StrRepr.repr and ascii", comparedCases, want, got);
    }
}
