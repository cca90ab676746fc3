package org.pyvm.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FloatReprTest {

    @Test
    void fixedCases() {
        assertEquals("1.0", FloatRepr.repr(1.0));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("1.5e-05", FloatRepr.repr(1.5e-5));
        assertEquals("0.0001", FloatRepr.repr(1e-4));
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatRepr.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatRepr.repr(Double.NaN));
        assertEquals("(1+2j)", FloatRepr.complexRepr(1, 2));
        assertEquals("-2j", FloatRepr.complexRepr(0, -2));
        assertEquals("(-0+1j)", FloatRepr.complexRepr(-0.0, 1));
    }

    @Test
    void reprMatchesCPython() throws Exception {
        List<Double> xs = new ArrayList<>(Oracle.doubles(42, Oracle.scale(20000)));
        // Log-uniform over the range where repr switches notation, and random-bit
        // neighbours of the switch points.
        java.util.Random r = new java.util.Random(43);
        for (int i = 0; i < 10000; i++) {
            double x = Math.pow(10, -6 + 24 * r.nextDouble());
            xs.add(i % 2 == 0 ? x : -x);
        }
        // The smallest subnormals, where one or two digits are enough.
        for (int k = 1; k <= 3000; k++) {
            xs.add(k * Double.MIN_VALUE);
        }
        for (double edge : new double[] {1e-4, 1e-3, 1e7, 1e16}) {
            double x = edge;
            double y = edge;
            for (int i = 0; i < 20; i++) {
                xs.add(x);
                xs.add(y);
                x = Math.nextUp(x);
                y = Math.nextDown(y);
            }
        }
        List<String> cases = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (double x : xs) {
            cases.add(Oracle.bits(x));
            ours.add(FloatRepr.repr(x));
        }
        List<String> expected = Oracle.ask("for l in LINES: out(repr(bits(l)))", cases);
        Oracle.compare("FloatRepr.repr", cases, expected, ours);
    }

    @Test
    void complexReprMatchesCPython() throws Exception {
        List<Double> xs = Oracle.doubles(7, 4000);
        List<String> cases = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (int i = 0; i + 1 < xs.size(); i += 2) {
            double re = (i % 6 == 0) ? 0.0 : xs.get(i);
            cases.add(Oracle.bits(re) + " " + Oracle.bits(xs.get(i + 1)));
            ours.add(FloatRepr.complexRepr(re, xs.get(i + 1)));
        }
        List<String> expected = Oracle.ask(
            "for l in LINES:\n    a, b = l.split()\n    out(repr(complex(bits(a), bits(b))))", cases);
        Oracle.compare("FloatRepr.complexRepr", cases, expected, ours);
    }
}
