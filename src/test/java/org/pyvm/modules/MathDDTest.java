package org.pyvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * MathDD's claim, checked without CPython: exp, log and sin are correctly rounded. The
 * reference values come from BigDecimal series at 60 digits, rounded once to double.
 */
class MathDDTest {

    private static final MathContext MC = new MathContext(60);
    private static final BigDecimal LN2 = lnSeries(BigDecimal.valueOf(2));

    /** ln(x) for x near 1 by 2 atanh((x-1)/(x+1)). */
    private static BigDecimal lnSeries(BigDecimal x) {
        BigDecimal s = x.subtract(BigDecimal.ONE).divide(x.add(BigDecimal.ONE), MC);
        BigDecimal s2 = s.multiply(s, MC);
        BigDecimal term = s;
        BigDecimal sum = s;
        for (int n = 3; n < 2000; n += 2) {
            term = term.multiply(s2, MC);
            BigDecimal t = term.divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(t, MC);
            if (t.abs().compareTo(BigDecimal.ONE.movePointLeft(70)) < 0) {
                break;
            }
        }
        return sum.multiply(BigDecimal.valueOf(2), MC);
    }

    private static double refLog(double x) {
        int e = Math.getExponent(x);
        BigDecimal m = new BigDecimal(Math.scalb(x, -e));
        return lnSeries(m).add(LN2.multiply(BigDecimal.valueOf(e), MC), MC).doubleValue();
    }

    private static double refExp(double x) {
        // exp(x) = 2**k * exp(r), r = x - k ln2, Taylor series for |r| < 0.35
        long k = Math.round(x / 0.6931471805599453);
        BigDecimal r = new BigDecimal(x).subtract(LN2.multiply(BigDecimal.valueOf(k), MC), MC);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; n < 200; n++) {
            term = term.multiply(r, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(BigDecimal.ONE.movePointLeft(70)) < 0) {
                break;
            }
        }
        BigDecimal two = BigDecimal.valueOf(2);
        return (k >= 0 ? sum.multiply(two.pow((int) k), MC) : sum.divide(two.pow((int) -k), MC)).doubleValue();
    }

    private static double refSin(double x) {
        // for |x| < 3: Taylor series directly, 60 digits absorb the cancellation
        BigDecimal bx = new BigDecimal(x);
        BigDecimal x2 = bx.multiply(bx, MC);
        BigDecimal term = bx;
        BigDecimal sum = bx;
        for (int n = 2; n < 400; n += 2) {
            term = term.multiply(x2, MC).divide(BigDecimal.valueOf(-(long) n * (n + 1)), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(BigDecimal.ONE.movePointLeft(75)) < 0) {
                break;
            }
        }
        return sum.doubleValue();
    }

    @Test
    void logIsCorrectlyRounded() {
        Random rnd = new Random(11);
        for (int i = 0; i < 3000; i++) {
            double x = Math.scalb(1.0 + rnd.nextDouble(), rnd.nextInt(2000) - 1000);
            assertEquals(refLog(x), MathDD.log(x), "log(" + x + ")");
        }
    }

    @Test
    void expIsCorrectlyRounded() {
        Random rnd = new Random(12);
        for (int i = 0; i < 3000; i++) {
            double x = (rnd.nextDouble() * 2 - 1) * (i % 3 == 0 ? 700 : i % 3 == 1 ? 5 : 1e-3);
            assertEquals(refExp(x), MathDD.exp(x), "exp(" + x + ")");
        }
    }

    @Test
    void sinIsCorrectlyRounded() {
        Random rnd = new Random(13);
        for (int i = 0; i < 3000; i++) {
            double x = (rnd.nextDouble() * 2 - 1) * 3;
            assertEquals(refSin(x), MathDD.sin(x), "sin(" + x + ")");
        }
    }
}
