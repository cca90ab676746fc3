package org.pyvm.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoundingTest {

    @Test
    void fixedCases() {
        assertEquals(2.67, FloatRounding.round(2.675, 2));
        assertEquals(2L, FloatRounding.roundToInt(2.5));
        assertEquals(-0.0, FloatRounding.round(-0.4, 0));
        assertEquals("E OverflowError: cannot convert float infinity to integer",
            Oracle.attempt(() -> FloatRounding.roundToInt(Double.NEGATIVE_INFINITY)));
        BigInteger[] r = FloatRounding.asIntegerRatio(0.75);
        assertEquals("3/4", r[0] + "/" + r[1]);
    }

    @Test
    void roundMatchesCPython() throws Exception {
        Random r = new Random(31);
        List<Double> xs = Oracle.doubles(32, Oracle.scale(12000));
        List<String> cases = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            double x = xs.get(i);
            long nd = switch (i % 6) {
                case 0 -> r.nextInt(6);
                case 1 -> r.nextInt(30) - 10;
                case 2 -> r.nextInt(700) - 350;
                case 3 -> -(long) Math.floor(Math.log10(Math.abs(x) + 1e-300)) + r.nextInt(18);
                case 4 -> r.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE;
                default -> 322 + r.nextInt(3) - (r.nextBoolean() ? 631 : 0);
            };
            cases.add(Oracle.bits(x) + " " + nd);
            ours.add(Oracle.attempt(() -> FloatRepr.repr(FloatRounding.round(x, nd))));
            cases.add(Oracle.bits(x) + " None");
            ours.add(Oracle.attempt(() -> FloatRounding.roundToInt(x).toString()));
            cases.add(Oracle.bits(x) + " int");
            ours.add(Oracle.attempt(() -> FloatRounding.toInt(x).toString()));
            cases.add(Oracle.bits(x) + " ratio");
            ours.add(Oracle.attempt(() -> {
                BigInteger[] q = FloatRounding.asIntegerRatio(x);
                return q[0] + "/" + q[1];
            }));
        }
        List<String> expected = Oracle.ask("""
            for l in LINES:
                a, b = l.split()
                x = bits(a)
                try:
                    if b == 'None':
                        out(round(x))
                    elif b == 'int':
                        out(int(x))
                    elif b == 'ratio':
                        p, q = x.as_integer_ratio()
                        out(f'{p}/{q}')
                    else:
                        out(repr(round(x, int(b))))
                except Exception as e:
                    out(err(e))
            """, cases);
        Oracle.compare("FloatRounding (round, round to int, int, as_integer_ratio)", cases, expected, ours);
    }
}
