package org.pyvm.modules.sre;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Our engine against CPython 3.12's: for each (pattern, flags, subject) CPython compiles
 * the pattern with its own re._parser/re._compiler and prints the code list, then the
 * results of match/fullmatch/search (whole subject and a pos/endpos window: all group
 * spans and lastindex), finditer, successive scanner().match() calls, split and sub with
 * a template. We run the same code list
 * and compare everything. Cases: hand-written tricky ones and random ones from a small
 * grammar with a fixed seed ({@code -Dpyvm.oracle.scale=N} for more).
 */
class SreDifferentialTest {

    // The Python half: one output line per case.
    static final String SCRIPT = """
        import re, re._parser as P, re._compiler as C, signal
        # A case that backtracks catastrophically is cut off (sre checks signals as it
        # runs) and left out, on both sides.
        def _alarm(*a):
            raise TimeoutError
        signal.signal(signal.SIGALRM, _alarm)
        def dec(x, b):
            cps = [int(t, 16) for t in x.split(',')] if x else []
            return bytes(cps) if b else ''.join(map(chr, cps))
        def h(s):
            return ','.join('%x' % c for c in (s if isinstance(s, bytes) else map(ord, s)))
        def regs(m):
            if m is None:
                return 'N'
            return ' '.join('%d:%d' % sp for sp in m.regs) + ';' + str(-1 if m.lastindex is None else m.lastindex)
        def many(it):
            return '/'.join(regs(m) for m in it)
        for line in LINES:
            fl, kind, ph, sh, pos, endpos = line.split('\\t')
            b = kind == 'b'
            p = dec(ph, b); s = dec(sh, b); fl = int(fl); pos = int(pos); endpos = int(endpos)
            try:
                signal.setitimer(signal.ITIMER_REAL, 0.5)
                r = re.compile(p, fl)
                pp = P.parse(p, fl)
                code = C._code(pp, fl)
                groups = pp.state.groups - 1
                rep = '<\\\\g<0>|' + ''.join('\\\\g<%d>' % i for i in range(1, groups + 1)) + '>'
                if b:
                    rep = rep.encode()
                res = [','.join(str(int(x)) for x in code), str(groups), str(r.flags),
                       regs(r.match(s)), regs(r.fullmatch(s)), regs(r.search(s)),
                       regs(r.match(s, pos, endpos)), regs(r.fullmatch(s, pos, endpos)), regs(r.search(s, pos, endpos)),
                       many(r.finditer(s)), many(r.finditer(s, pos, endpos)),
                       many(iter(r.scanner(s, pos, endpos).match, None)),
                       '/'.join('N' if x is None else h(x) for x in r.split(s)),
                       h(r.sub(rep, s))]
                signal.setitimer(signal.ITIMER_REAL, 0)
                out('|'.join(res))
            except Exception as e:
                signal.setitimer(signal.ITIMER_REAL, 0)
                out('E ' + type(e).__name__)
        """;

    record Case(int flags, boolean bytes, int[] pattern, int[] subject, int pos, int endpos) {
        String line() {
            return flags + "\t" + (bytes ? "b" : "s") + "\t" + SreOracle.hex(pattern) + "\t"
                + SreOracle.hex(subject) + "\t" + pos + "\t" + endpos;
        }

        @Override
        public String toString() {
            return "flags=" + flags + (bytes ? " bytes" : "") + " pattern=" + show(pattern) + " subject="
                + show(subject) + " pos=" + pos + " endpos=" + endpos;
        }
    }

    static String show(int[] cps) {
        StringBuilder sb = new StringBuilder("'");
        for (int c : cps) {
            if (c >= 32 && c < 127 && c != '\\' && c != '\'') {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\u%04x", c));
            }
        }
        return sb.append('\'').toString();
    }

    static int[] cps(String s) {
        return s.codePoints().toArray();
    }

    /** Our answer line for a case, given the code CPython compiled. */
    static String ours(Case c, int[] code, int groups) {
        SrePattern p = new SrePattern(code, c.flags, groups);
        int[] s = c.subject;
        List<String> res = new ArrayList<>();
        res.add(regs(p.match(s)));
        res.add(regs(p.fullmatch(s)));
        res.add(regs(p.search(s)));
        res.add(regs(p.match(s, c.pos, c.endpos)));
        res.add(regs(p.fullmatch(s, c.pos, c.endpos)));
        res.add(regs(p.search(s, c.pos, c.endpos)));
        res.add(many(p.scanner(s)));
        res.add(many(p.scanner(s, c.pos, c.endpos)));
        SreScanner matcher = p.scanner(s, c.pos, c.endpos);
        List<String> anchored = new ArrayList<>();
        for (SreMatch m; (m = matcher.match()) != null; ) {
            anchored.add(regs(m));
        }
        res.add(String.join("/", anchored));
        res.add(split(p, s));
        res.add(SreOracle.hex(sub(p, s)));
        return String.join("|", res);
    }

    static String regs(SreMatch m) {
        if (m == null) {
            return "N";
        }
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g <= m.groups(); g++) {
            if (g > 0) {
                sb.append(' ');
            }
            sb.append(m.start(g)).append(':').append(m.end(g));
        }
        return sb.append(';').append(m.lastindex()).toString();
    }

    static String many(SreScanner sc) {
        List<String> all = new ArrayList<>();
        for (SreMatch m; (m = sc.search()) != null; ) {
            all.add(regs(m));
        }
        return String.join("/", all);
    }

    /** re.split as CPython's pattern_split does it, on our scanner. */
    static String split(SrePattern p, int[] s) {
        List<String> parts = new ArrayList<>();
        SreScanner sc = p.scanner(s);
        int last = 0;
        for (SreMatch m; (m = sc.search()) != null; ) {
            parts.add(SreOracle.hex(s, last, m.start()));
            for (int g = 1; g <= m.groups(); g++) {
                parts.add(m.start(g) < 0 ? "N" : SreOracle.hex(s, m.start(g), m.end(g)));
            }
            last = m.end();
        }
        parts.add(SreOracle.hex(s, last, s.length));
        return String.join("/", parts);
    }

    /** re.sub with the template <\g<0>|\g<1>...> (unmatched groups empty). */
    static int[] sub(SrePattern p, int[] s) {
        var out = new java.io.ByteArrayOutputStream();
        List<Integer> r = new ArrayList<>();
        SreScanner sc = p.scanner(s);
        int last = 0;
        for (SreMatch m; (m = sc.search()) != null; ) {
            for (int i = last; i < m.start(); i++) {
                r.add(s[i]);
            }
            r.add((int) '<');
            for (int g = 0; g <= m.groups(); g++) {
                if (g == 1) {
                    r.add((int) '|');
                }
                for (int i = m.start(g); i >= 0 && i < m.end(g); i++) {
                    r.add(s[i]);
                }
            }
            if (m.groups() == 0) {
                r.add((int) '|');
            }
            r.add((int) '>');
            last = m.end();
        }
        for (int i = last; i < s.length; i++) {
            r.add(s[i]);
        }
        return r.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Runs the cases through CPython and us; fails listing the first differences. */
    static int check(String what, List<Case> cases) throws Exception {
        List<String> lines = cases.stream().map(Case::line).toList();
        List<String> answers = SreOracle.ask(SCRIPT, lines);
        if (answers.size() != cases.size()) {
            throw new AssertionError("oracle gave " + answers.size() + " answers for " + cases.size());
        }
        int compared = 0, bad = 0;
        StringBuilder diffs = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            String a = answers.get(i);
            if (a.startsWith("E ")) {
                continue;
            }
            String[] f = a.split("\\|", 4);
            int[] code = Arrays2.ints(f[0]);
            int groups = Integer.parseInt(f[1]);
            String expected = f[3];
            String got;
            try {
                got = ours(cases.get(i), code, groups);
            } catch (RuntimeException | StackOverflowError e) {
                got = "threw " + e;
            }
            compared++;
            if (!expected.equals(got)) {
                if (bad++ < 25) {
                    diffs.append("\n  ").append(cases.get(i)).append("\n    code     ").append(f[0])
                        .append("\n    expected ").append(expected).append("\n    got      ").append(got);
                }
            }
        }
        System.out.println("[sre oracle] " + what + ": " + compared + " cases compared with CPython ("
            + (cases.size() - compared) + " left out: pattern rejected or too slow in CPython), " + bad + " differ");
        assertTrue(bad == 0, what + ": " + bad + " of " + compared + " differ" + diffs);
        return compared;
    }

    /** Converts CPython's printed code list. */
    static final class Arrays2 {
        static int[] ints(String s) {
            String[] parts = s.split(",");
            int[] r = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                r[i] = (int) Long.parseLong(parts[i]);
            }
            return r;
        }
    }

    static Case str(String pattern, int flags, String subject) {
        int[] s = cps(subject);
        return new Case(flags, false, cps(pattern), s, Math.min(1, s.length), Math.max(0, s.length - 1));
    }

    static Case bytes(String pattern, int flags, String subject) {
        int[] s = cps(subject);
        return new Case(flags, true, cps(pattern), s, Math.min(1, s.length), Math.max(0, s.length - 1));
    }

    static final int I = SreConstants.FLAG_IGNORECASE, M = SreConstants.FLAG_MULTILINE,
        S = SreConstants.FLAG_DOTALL, A = SreConstants.FLAG_ASCII, L = SreConstants.FLAG_LOCALE;

    @Test
    void handWrittenCases() throws Exception {
        List<Case> c = new ArrayList<>();
        String[][] strCases = {
            {"(a|ab)(c|bcd)(d*)", "abcd"}, {"(a*)*", "b"}, {"(a*)*", "aaa"}, {"(a*)+", "aab"},
            {"(a|b)*?c", "abac"}, {"(a*)*?b", "aab"}, {"(?:(a)|b)*", "ab"}, {"(a)|b", "b"},
            {"((a)|b)+", "ab"}, {"(a?)((ab)?)(b?)", "ab"}, {"x*", "axxb"}, {"", "abc"},
            {"\\b", "ab cd"}, {"^", "a\nb\n"}, {"$", "a\nb\n"}, {"(?m)^|$", "a\nb\n"},
            {"(?<=a)b", "abab"}, {"(?<!a)b", "abbb"}, {"(?=(a))a", "aa"}, {"(?!(a)b)a", "acab"},
            {"(?>a|ab)c", "abc ac"}, {"a*+a", "aaa"}, {"(?:ab)*+", "ababa"}, {"(a+)+b", "aaaac"},
            {"(a)?(?(1)b|c)", "ab c"}, {"(?(1)a|b)", "ab"}, {"(a)\\1", "aa aA"}, {"(?i)(a)\\1", "aA"},
            {"(?P<x>a)(?P=x)", "aaa"}, {"\\d+", "12 \u0661\u0662\u0663 \u00b2"}, {"\\w+", "h\u00e9llo w\u00f6rld \u00b2\u2160"},
            {"\\s+", "a\u001c\u2028 \u00a0\u0085b"}, {"a{3,5}?", "aaaaaa"}, {"(?:a{2}){2,}", "aaaaaaa"},
            {"(ab){0}c", "abc"}, {"(a)(b)?", "a"}, {"(?:(a)|(b))+", "abab"}, {"(a)|(b)", "b"},
            {"((a)|(b))*", "ab"}, {"(?:a|(b))*c", "abac"}, {"(a*?)*b", "aab"}, {"(?:a?)+?b", "ab"},
            {"(a|)*b", "aab"}, {"(|a)*b", "aab"}, {"(a?)*?c", "aac"}, {"(?:x|(a)*)*y", "aaxay"},
            {"(a+|b+)*c", "aabbac"}, {"(?:(a)|b)+?c", "abac"}, {"(a)*?(?(1)x|y)", "aax y"},
            {"(?s).*", "a\nb"}, {".*", "a\nb"}, {"(?s:.)+?\\n", "ab\ncd\n"}, {"\\Aab|b\\Z", "abab"},
            {"(?i)[k]", "K\u212ak"}, {"(?i)\u017f", "sS\u017f"}, {"(?i)[a-z]+", "\u017f\u0131\u0130\u212a"},
            {"(?i)\u00df", "\u1e9e\u00df"}, {"(?i)[^a]", "Aa\u00e0"}, {"(?i)[\u00e0-\u00ff]", "\u00c0\u00df\u0178"},
            {"(?i)\u03c3+", "\u03a3\u03c3\u03c2"}, {"(?i)[\u03c3x]", "\u03c2"}, {"(?i)i", "\u0130\u0131I"},
            {"(?i)[^k]", "\u212a"}, {"(?a)\\w+", "h\u00e9llo"}, {"(?a)\\b", "\u00e9a"},
            {"[\u0100\u0102\u0104\u0106\u0108\u010a\u010c\u010e\u0110\u0112\u0114\u0116\u0118\u011a\u011c\u011e\u0120]+", "\u0100\u0102\u0101\u0120"},
            {"[^\u0100-\u0200\u0400\u0402\u0404\u0406]+", "ab\u0150c\u0402d"}, {"[\\w\u0100-\u0101]", "a\u0101"},
            {"(?i)[\u0100\u0102\u0104\u0106\u0108\u010a\u010c\u010e\u0110]+", "\u0101\u0103\u0111"},
            {"a|b|c|d", "xdcba"}, {"ab|ac|ad", "xadacab"}, {"(?:a|b)*", "ababc"}, {"(?:ab|b)*", "abbab"},
            {"(a)(?:b|(c))*", "abcb"}, {"(?:(a)|b)*?b", "ab"}, {"a(?=b)|a", "ab"}, {"(?<=\\b)a", "a a"},
            {"(?<=(a))b", "ab"}, {"(?<!(a))b", "cb"}, {"(a)(?<=(a))", "aa"}, {"(?:(?=(a))a)*", "aa"},
            {"a++b", "aab"}, {"(?:a|ab)++c", "abc"}, {"(a?)++b", "aab"}, {"(?>(a*))*b", "aab"},
            {"(?:(?>a)|b)*+", "ab"}, {"(a){2}", "aaa"}, {"(a){2,}?", "aaaa"}, {"(a){,2}+", "aaa"},
            {"\\B", "ab c"}, {"\\Z", "ab\n"}, {"$", "ab\n"}, {"(?m)$", "a\n\nb"}, {"x*|y", "yxy"},
            {"\\$\\^", "$^"}, {"[\\d\\s]+", " 1 2"}, {"[^\\W\\d]+", "ab12cd"}, {"(?x) a b # c", "ab"},
            {"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11", "abcdefghijkk"}, {"(?i)(\u00df)\\1", "\u00df\u1e9e"},
            {"(?i)(\u0130)\\1", "\u0130i"}, {"(?i)\\w", "\u212a"}, {"(?:a*)*b", "aaab"}, {"(?:a+?)*?b", "aab"},
            {"abab", "abaababab"}, {"aab", "aaab aab"}, {"(ab)c", "abababcabc"}, {"[ab]c", "xxbcac"},
            {"ab(?=c)|b", "abdabc"}, {"ab*c", "abbbdac"}, {"(?i)ab", "xAbAB"}, {"a\\d", "aa1a2"},
            {"(?:x|y)z", "xyzxz"}, {"\\bfoo\\b", "foofoo foo"}, {"foo|bar", "xbarfoo"}, {"a{2,}b", "aaabaab"},
            {"(?:(a)|\\1)*+", "aa"}, {"(([a-c])|\\2)*+", "aa"}, {"(?:(a)|b)*+", "aab"}, {"(?:(a)|(?=a))*+", "aa"},
        };
        for (String[] sc : strCases) {
            c.add(str(sc[0], 0, sc[1]));
        }
        String[][] bytesCases = {
            {"\\w+", "ab\u00e9_1"}, {"(?i)[a-z]+", "AbC\u00c9"}, {"(?L)\\w+", "ab\u00e9"}, {"(?Li)a", "A"},
            {"(?Li)[a-c]+", "AbC"}, {"(?Li)(a)\\1", "aA"}, {"\\s", " \u0085"}, {"(?L)\\b", "a\u00e9"},
            {"(?i)\\xe9", "\u00c9\u00e9"}, {"[\\x80-\\xff]+", "a\u0080\u00ffb"}, {"(?Li)[^a]", "A"},
        };
        for (String[] sc : bytesCases) {
            c.add(bytes(sc[0], 0, sc[1]));
        }
        for (int f : new int[] {I, M, S, I | M}) {
            c.add(str("^a.b$", f, "A\nB\na\nb\naxb"));
        }
        // pos and endpos at every pair over a short subject.
        for (String p : new String[] {"^a", "a$", "\\ba", "a\\b", "(?<=a)b", "(?m)^", "\\Z", "a*", "(a*)\\1", "(?m)$", "(?:a|b)*?$"}) {
            int[] s = cps("aab\nab");
            for (int pos = -1; pos <= s.length + 1; pos += 2) {
                for (int endpos = -1; endpos <= s.length + 1; endpos += 2) {
                    c.add(new Case(0, false, cps(p), s, pos, endpos));
                }
            }
        }
        check("hand-written", c);
    }

    @Test
    void randomCases() throws Exception {
        Random r = new Random(20221023);
        int n = 3000 * Integer.getInteger("pyvm.oracle.scale", 1);
        List<Case> c = new ArrayList<>();
        int[] flagChoices = {0, 0, 0, I, M, S, A, I | M, I | S, I | A};
        for (int i = 0; i < n; i++) {
            String p = RegexGen.pattern(r);
            boolean bytes = r.nextInt(6) == 0 && p.codePoints().allMatch(ch -> ch < 256);
            int flags = flagChoices[r.nextInt(flagChoices.length)];
            if (bytes && (flags & A) == 0 && r.nextBoolean()) {
                flags |= r.nextBoolean() ? L : 0;
            }
            int[] s = cps(RegexGen.subject(r, bytes));
            int pos = r.nextInt(s.length + 2) - 1;
            int endpos = r.nextInt(s.length + 2);
            c.add(new Case(flags, bytes, cps(p), s, pos, endpos));
        }
        check("random", c);
    }

    @Test
    void randomCasesOnLongerSubjects() throws Exception {
        Random r = new Random(42);
        int n = 1000 * Integer.getInteger("pyvm.oracle.scale", 1);
        List<Case> c = new ArrayList<>();
        int[] flagChoices = {0, 0, I, M, S, I | M};
        for (int i = 0; i < n; i++) {
            String p = RegexGen.pattern(r);
            int[] s = cps(RegexGen.subject(r, false, 20 + r.nextInt(60)));
            c.add(new Case(flagChoices[r.nextInt(flagChoices.length)], false, cps(p), s, r.nextInt(10), s.length - r.nextInt(10)));
        }
        check("random, longer subjects", c);
    }
}
