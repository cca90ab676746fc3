package org.pyvm.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PercentFormatTest {

    @Test
    void fixedCases() {
        assertEquals("0x01f", PercentFormat.formatInt(31, 'x', PercentFormat.F_ALT | PercentFormat.F_ZERO, 5, -1));
        assertEquals("  -0X0001F",
            PercentFormat.formatInt(-31, 'X', PercentFormat.F_ALT | PercentFormat.F_SIGN, 10, 5));
        assertEquals("00nan", PercentFormat.formatFloat(Double.NaN, 'f', PercentFormat.F_ZERO, 5, 1));
        assertEquals("    a", PercentFormat.formatText("a", 's', PercentFormat.F_ZERO, 5, -1));
    }

    private record Spec(String text, int flags, int width, int prec) {}

    private static Spec randomSpec(Random r) {
        StringBuilder sb = new StringBuilder();
        int flags = 0;
        String fl = "-+ #0";
        int nf = r.nextInt(4);
        for (int i = 0; i < nf; i++) {
            int k = r.nextInt(5);
            sb.append(fl.charAt(k));
            flags |= 1 << k;
        }
        int width = -1;
        if (r.nextBoolean()) {
            width = r.nextInt(r.nextBoolean() ? 10 : 30);
            sb.append(width);
        }
        int prec = -1;
        if (r.nextBoolean()) {
            prec = r.nextInt(r.nextInt(5) == 0 ? 40 : 12);
            sb.append('.').append(prec);
        }
        return new Spec(sb.toString(), flags, width, prec);
    }

    @Test
    void percentMatchesCPython() throws Exception {
        Random r = new Random(41);
        List<String> cases = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        List<Double> xs = Oracle.doubles(42, Oracle.scale(12000));
        String intTypes = "diuoxX";
        String floatTypes = "eEfFgG";
        for (int i = 0; i < xs.size(); i++) {
            Spec s = randomSpec(r);
            double x = xs.get(i);
            char ft = floatTypes.charAt(r.nextInt(6));
            cases.add("f\t" + Oracle.bits(x) + "\t%" + s.text + ft);
            ours.add(Oracle.attempt(() -> PercentFormat.formatFloat(x, ft, s.flags, s.width, s.prec)));

            Spec s2 = randomSpec(r);
            char it = intTypes.charAt(r.nextInt(6));
            BigInteger v = switch (i % 3) {
                case 0 -> BigInteger.valueOf(r.nextInt(2001) - 1000);
                case 1 -> BigInteger.valueOf(r.nextLong() >> r.nextInt(64));
                default -> new BigInteger(1 + r.nextInt(200), r).multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1));
            };
            cases.add("i\t" + v + "\t%" + s2.text + it);
            if (v.bitLength() < 64) {
                ours.add(Oracle.attempt(() -> PercentFormat.formatInt(v.longValue(), it, s2.flags, s2.width, s2.prec)));
            } else {
                ours.add(Oracle.attempt(() -> PercentFormat.formatInt(v, it, s2.flags, s2.width, s2.prec, 4300)));
            }
            if (i % 4 == 0) {
                Spec s3 = randomSpec(r);
                long cp = r.nextInt(10) == 0 ? 0x110000 + r.nextInt(3) - 1 : r.nextInt(0x300);
                cases.add("c\t" + cp + "\t%" + s3.text + "c");
                ours.add(Oracle.attempt(() -> PercentFormat.formatChar(cp, s3.flags, s3.width)));
                Spec s4 = randomSpec(r);
                String text = new String[] {"", "abc", "h\u00e9llo", "\uD83D\uDE00\uD83D\uDE00x"}[i % 4 == 0 ? r.nextInt(4) : 0];
                cases.add("s\t" + FloatParseTest.escape(text) + "\t%" + s4.text + "s");
                ours.add(Oracle.attempt(() -> PercentFormat.formatText(text, 's', s4.flags, s4.width, s4.prec)));
            }
        }
        List<String> expected = Oracle.ask("""
            for l in LINES:
                k, v, f = l.split('\\t')
                try:
                    if k == 'f':
                        out(f % bits(v))
                    elif k == 's':
                        out(f % v.encode('ascii').decode('unicode_escape'))
                    else:
                        out(f % int(v))
                except Exception as e:
                    out(err(e))
            """, cases);
        Oracle.compare("PercentFormat", cases, expected, ours);
    }
}
