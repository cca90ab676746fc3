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
                best2 = 1e9
                for _ in range(5):
                    t = time.perf_counter(); pos = 0; k = 0
                    while (m := r.match(text, pos)) is not None and m.end() > pos:
                        pos = m.end(); k += 1
                    best2 = min(best2, time.perf_counter() - t)
                out(','.join(str(int(x)) for x in code) + '|' + str(P.parse(p, 0).state.groups - 1) + '|' + str(n) + '|' + repr(best) + '|' + str(k) + '|' + repr(best2))
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
            System.out.printf("%-45s finditer: matches %7d (CPython %7d)  ours %.4fs  CPython %.4fs  ratio %.2f%n",
                PATTERNS[i], n, expected, best, cpython, best / cpython);
            // A tokenizer's loop: match at pos until no progress.
            int k = 0;
            double best2 = 1e9;
            for (int rep = 0; rep < 15; rep++) {
                long t = System.nanoTime();
                int pos = 0;
                k = 0;
                for (SreMatch m; (m = p.match(text, pos, text.length)) != null && m.end() > pos; k++) {
                    pos = m.end();
                }
                best2 = Math.min(best2, (System.nanoTime() - t) / 1e9);
            }
            double cpython2 = Double.parseDouble(f[5]);
            System.out.printf("%-45s match loop: matches %7d (CPython %7s)  ours %.4fs  CPython %.4fs  ratio %.2f%n",
                "", k, f[4], best2, cpython2, best2 / cpython2);
        }
    }

    private SreBench() {}
}
