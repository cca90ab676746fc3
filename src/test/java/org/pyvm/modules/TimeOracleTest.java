package org.pyvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyvm.testing.CPython;

/**
 * Compares time.gmtime, time.strftime and time.asctime with CPython 3.12 on generated
 * timestamps and time tuples (fixed seed): every line must be equal. Only the
 * deterministic functions are compared (no local time, no clocks).
 */
class TimeOracleTest {

    private final Random rnd = new Random(7_2026_11_22L);
    private final List<String> cases = new ArrayList<>();

    static final String[] FORMATS = {"%Y-%m-%d %H:%M:%S", "%a %A %b %B %h", "%c|%x|%X|%D|%F|%T|%R|%r",
        "%C %y %Y %G %g %V %U %W %u %w %j", "%d %e %H %I %k %l %M %S %p %P", "%Z %z %% %n %t",
        "%5Y|%-d|%_d|%0e|%^a|%^B|%-H|%_m|%10A|%Ey|%Od|%-j|%3C", "%Q %E %O abc%", "plain text", "%"};

    String tuple(long y, int mo, int d, int h, int mi, int s, int wd, int yd, int dst) {
        return y + "," + mo + "," + d + "," + h + "," + mi + "," + s + "," + wd + "," + yd + "," + dst;
    }

    void generate() {
        long[] fixed = {0, 1, -1, 86399, 86400, -86400, 951782400, 1709211909, 1L << 31, -(1L << 31), 4102444800L,
            253402300799L, 67768036191676799L, -67768040609740800L, 67768036191676800L, -67768040609740801L};
        for (long t : fixed) {
            cases.add("g|" + t);
        }
        for (int i = 0; i < 400; i++) {
            long t = switch (i % 4) {
                case 0 -> rnd.nextLong(-5_000_000_000L, 5_000_000_000L);
                case 1 -> rnd.nextLong(-100_000_000_000_000L, 100_000_000_000_000L);
                case 2 -> rnd.nextLong(0, 4_102_444_800L);
                default -> rnd.nextLong(-67768040609740800L, 67768036191676799L);
            };
            cases.add("g|" + t);
            cases.add("G|" + t + "|" + FORMATS[rnd.nextInt(FORMATS.length)]);
        }
        for (int i = 0; i < 300; i++) {
            // in-range tuples, with day-of-year and weekday consistent or not (strftime uses them as given)
            long y = i % 5 == 0 ? rnd.nextInt(-3000, 20000) : rnd.nextInt(1900, 2100);
            String t = tuple(y, rnd.nextInt(0, 13), rnd.nextInt(0, 32), rnd.nextInt(0, 24), rnd.nextInt(0, 60),
                rnd.nextInt(0, 62), rnd.nextInt(0, 7), rnd.nextInt(0, 367), rnd.nextInt(-1, 2));
            cases.add("f|" + t + "|" + FORMATS[rnd.nextInt(FORMATS.length)]);
            cases.add("a|" + t);
        }
        for (int i = 0; i < 60; i++) {
            // out-of-range fields: the range errors
            int[] v = {2024, 1, 1, 0, 0, 0, 0, 1, 0};
            int k = 1 + rnd.nextInt(8);
            v[k] = rnd.nextBoolean() ? -1 - rnd.nextInt(3) : 60 + rnd.nextInt(400);
            String t = tuple(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
            cases.add("f|" + t + "|%Y");
            cases.add("a|" + t);
        }
    }

    static final String SCRIPT = """
        import time
        def tup(s):
            return tuple(int(x) for x in s.split(','))
        for line in CASES.splitlines():
            if not line:
                continue
            kind, _, rest = line.partition('|')
            try:
                if kind == 'g':
                    out = repr(time.gmtime(int(rest)))
                elif kind == 'G':
                    t, _, fmt = rest.partition('|')
                    out = repr(time.strftime(fmt, time.gmtime(int(t))))
                elif kind == 'f':
                    t, _, fmt = rest.partition('|')
                    out = repr(time.strftime(fmt, tup(t)))
                else:
                    out = repr(time.asctime(tup(rest)))
            except Exception as e:
                out = 'e:' + type(e).__name__ + ':' + str(e)
            print(out)
        """;

    @Test
    void timeAgreesWithCPython(@TempDir Path dir) throws Exception {
        assumeTrue(CPython.present(), "skipped: no CPython 3.12 on this machine");
        generate();
        Files.writeString(dir.resolve("oracle.py"), "CASES = '''\n" + String.join("\n", cases) + "\n'''\n" + SCRIPT);
        CPython.Result c = CPython.run(dir, "-c",
            "import py_compile; py_compile.compile('oracle.py', cfile='oracle.pyc', doraise=True)");
        assertEquals(0, c.status(), c.err());
        CPython.Result expected = CPython.run(dir, "oracle.py");
        assertEquals(0, expected.status(), expected.err());
        String[] want = expected.out().split("\n");
        String[] have = MathOracleTest.runPyvm(dir.resolve("oracle.pyc")).split("\n", -1);
        assertTrue(have.length >= want.length, "pyvm printed fewer lines");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < want.length; i++) {
            if (!want[i].equals(have[i]) && failures.size() < 30) {
                failures.add(cases.get(i) + "  CPython " + want[i] + "  pyvm " + have[i]);
            }
        }
        System.out.println("time oracle: " + want.length + " cases, " + failures.size() + " differ");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
