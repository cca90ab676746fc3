package org.pyvm.modules.sre;

import java.util.List;

/**
 * A rough speed comparison with CPython's re (not a test): for a few typical patterns,
 * CPython compiles the code and times finditer over a generated text; we time our
 * scanner on the same code and text. Run by hand:
 * {@code java -cp target/classes:target/test-classes:... org.pyvm.modules.sre.SreBench}.
 */
public final class SreBench {

    static final String[] PATTERNS = {
        "\\s*(?:(\\d+\\.\\d*|\\d+)|([A-Za-z_]\\w*)|(\\S))",
        "[a-z]+ing\\b",
        "\\w+@\\w+\\.com",
        "(?i)hello",
        "(?:foo|bar|baz)qux",
        "\"(?:[^\"\\\\]|\\\\.)*\"",
    };

    public static void main(String[] args) throws Exception {
        String script = """
            import re, re._parser as P, re._compiler as C, time, random
            random.seed(1)
            words = ['for', 'x1', '=', '12.5', 'running', 'hello', 'HeLLo', 'a@b.com', '"str\\\\"ing"', '(', ')', 'foo', 'bazqux', 'singing', '42']
            text = ' '.join(random.choice(words) for _ in range(200000))
            out(','.join('%x' % ord(c) for c in text))
            for line in LINES:
                p = line
                r = re.compile(p)
                code = C._code(P.parse(p, 0), 0)
                best = 1e9
                for _ in range(5):
                    t = time.perf_counter(); n = sum(1 for _ in r.finditer(text)); best = min(best, time.perf_counter() - t)
                out(','.join(str(int(x)) for x in code) + '|' + str(P.parse(p, 0).state.groups - 1) + '|' + str(n) + '|' + repr(best))
            """;
        List<String> got = SreOracle.ask(script, List.of(PATTERNS));
        int[] text = SreOracle.unhex(got.get(0));
        System.out.printf("text: %d characters%n", text.length);
        for (int i = 0; i < PATTERNS.length; i++) {
            String[] f = got.get(i + 1).split("\\|");
            SrePattern p = new SrePattern(SreDifferentialTest.Arrays2.ints(f[0]), 0, Integer.parseInt(f[1]));
            int expected = Integer.parseInt(f[2]);
            double cpython = Double.parseDouble(f[3]);
            double best = 1e9;
            int n = 0;
            for (int rep = 0; rep < 15; rep++) {
                long t = System.nanoTime();
                n = 0;
                SreScanner sc = p.scanner(text);
                while (sc.search() != null) {
                    n++;
                }
                best = Math.min(best, (System.nanoTime() - t) / 1e9);
            }
            System.out.printf("%-45s matches %7d (CPython %7d)  ours %.4fs  CPython %.4fs  ratio %.2f%n",
                PATTERNS[i], n, expected, best, cpython, best / cpython);
        }
    }

    private SreBench() {}
}
