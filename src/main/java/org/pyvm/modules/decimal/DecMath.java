package org.pyvm.modules.decimal;

import static org.pyvm.modules.decimal.DecimalObject.FINITE;
import static org.pyvm.modules.decimal.DecimalObject.INF;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The transcendental operations exp, ln, log10 and power, correctly rounded: each value is
 * computed with guard digits and an error bound, and recomputed with more digits until
 * both ends of the error interval round to the same result (Ziv's strategy); exact
 * results (ln 1, log10 of a power of ten, integer powers) are found directly. Compare
 * libmpdec mpdecimal.c: mpd_qexp, mpd_qln, mpd_qlog10, mpd_qpow, mpd_qpowmod, and
 * _pydecimal's Decimal.exp, ln, log10, __pow__.
 */
final class DecMath {

    private DecMath() {}

    private static final double LN10 = Math.log(10);

    /** Evaluates f with WP digits, error within 10**(adjusted - WP + 4). */
    private interface Approx {
        BigDecimal eval(int wp);
    }

    /**
     * The correctly rounded result of a positive inexact value computed by F, with sign SIGN.
     * Compare the loop of libmpdec _mpd_qexp_check_one / mpd_qln's Ziv iteration.
     */
    private static DecimalObject ziv(int sign, Approx f, Op op) {
        return ziv(sign, f, op, true, 0);
    }

    /**
     * With HALFEVEN the result is rounded half-even whatever the context says (exp, ln,
     * log10); F's values are multiplied by 10**SHIFT10 (exp's argument reduction).
     */
    private static DecimalObject ziv(int sign, Approx f, Op op, boolean halfEven, long shift10) {
        int saved = op.round;
        if (halfEven) {
            op.round = Op.ROUND_HALF_EVEN;
        }
        try {
            return zivLoop(sign, f, op, shift10);
        } finally {
            op.round = saved;
        }
    }

    private static DecimalObject zivLoop(int sign, Approx f, Op op, long shift10) {
        int wp = (int) Math.min(op.prec, 100_000_000) + 12;
        for (int round = 0; ; round++) {
            BigDecimal y = f.eval(wp);
            BigInteger c = y.unscaledValue();
            long e = -(long) y.scale() + shift10;
            int drop = c.bitLength() == 0 ? 0 : (int) Op.digits(c) - wp;
            if (drop > 0) {
                c = c.divide(Op.pow10(drop));
                e += drop;
            }
            BigInteger err = BigInteger.valueOf(10_000);
            DecimalObject lo = DecimalObject.finite(sign, c.subtract(err).max(BigInteger.ONE), e);
            DecimalObject hi = DecimalObject.finite(sign, c.add(err), e);
            Op a = op.copy();
            Op b = op.copy();
            DecimalObject rl = a.fix(lo);
            DecimalObject rh = b.fix(hi);
            if ((rl.equalsExactly(rh) && a.status == b.status) || round > 3) {
                // A sticky digit keeps the value off any rounding boundary: the true value is inexact.
                DecimalObject r = op.fix(sign, c.multiply(BigInteger.TEN).add(BigInteger.ONE), e - 1);
                op.status |= Op.INEXACT | Op.ROUNDED;
                return r;
            }
            wp = wp * 2;
        }
    }

    private static DecimalObject halfEven(Op op, int sign, BigInteger c, long e) {
        int saved = op.round;
        op.round = Op.ROUND_HALF_EVEN;
        DecimalObject r = op.fix(sign, c, e);
        op.round = saved;
        return r;
    }

    private static BigDecimal toBig(DecimalObject a) {
        BigDecimal v = new BigDecimal(a.coef, (int) Math.max(Math.min(-a.exp, Integer.MAX_VALUE), Integer.MIN_VALUE));
        return a.sign == 1 ? v.negate() : v;
    }

    /** exp(x) to WP significant digits by halving, Taylor series and squaring. */
    static BigDecimal expBig(BigDecimal x, int wp) {
        if (x.signum() == 0) {
            return BigDecimal.ONE;
        }
        int k = Math.max(0, (int) (x.precision() - x.scale()) * 4 + 8);
        MathContext mc = new MathContext(wp + k / 3 + 10, RoundingMode.HALF_EVEN);
        BigDecimal r = x.divide(BigDecimal.valueOf(2).pow(k), mc);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int n = 1; n < 100000; n++) {
            term = term.multiply(r, mc).divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
        }
        for (int i = 0; i < k; i++) {
            sum = sum.multiply(sum, mc);
        }
        return sum;
    }

    /** ln(x) for finite x > 0 to WP digits: ln(m) + e ln 10 with 1 <= m < 10. */
    static BigDecimal lnBig(DecimalObject x, int wp) {
        long e = x.adjusted();
        BigDecimal m = new BigDecimal(x.coef, (int) Math.min(Op.digits(x.coef) - 1, Integer.MAX_VALUE));
        BigDecimal y = lnSmall(m, wp);
        if (e != 0) {
            MathContext mc = new MathContext(wp + 10, RoundingMode.HALF_EVEN);
            y = y.add(ln10(wp + 10 + String.valueOf(Math.abs(e)).length()).multiply(BigDecimal.valueOf(e)), mc);
        }
        return y;
    }

    private static BigDecimal ln10Cache = BigDecimal.ZERO;
    private static int ln10Prec;

    private static synchronized BigDecimal ln10(int wp) {
        if (ln10Prec < wp) {
            ln10Cache = lnSmall(BigDecimal.valueOf(25, 1), wp + 5).add(lnSmall(BigDecimal.valueOf(4), wp + 5));
            ln10Prec = wp;
        }
        return ln10Cache;
    }

    /** ln(m) for 1 <= m < 10 without the exponent step. */
    private static BigDecimal lnSmall(BigDecimal m, int wp) {
        BigDecimal y = BigDecimal.valueOf(Math.log(m.doubleValue()));
        for (int digits = 14; ; digits *= 3) {
            int p = Math.min(wp + 10, digits * 3 + 10);
            MathContext m2 = new MathContext(p, RoundingMode.HALF_EVEN);
            BigDecimal ey = expBig(y, p);
            y = y.add(BigDecimal.valueOf(2).multiply(m.subtract(ey, m2), m2).divide(m.add(ey, m2), m2), m2);
            if (p >= wp + 10) {
                return y;
            }
        }
    }

    /** exp(a). Compare mpd_qexp. */
    static DecimalObject exp(DecimalObject a, Op op) {
        if (a.kind != FINITE) {
            DecimalObject n = op.nans(a, null);
            if (n != null) {
                return n;
            }
            return a.sign == 1 ? DecimalObject.ofInt(0) : a;
        }
        if (a.isZero()) {
            return DecimalObject.ofInt(1);
        }
        double approx = a.adjusted() > 30 ? Double.MAX_VALUE : Math.abs(a.toDouble());
        if (a.sign == 0 && approx > (op.emax + 2) * LN10) {
            return halfEven(op, 0, BigInteger.ONE, op.emax + 2);
        }
        if (a.sign == 1 && approx > (op.prec - op.emin + 3) * LN10) {
            return halfEven(op, 0, BigInteger.ONE, op.etiny() - 2);
        }
        if (a.adjusted() < -(op.prec + 2)) {
            // |x| below half an ulp of 1: 1 + x rounds (half-even) as 1 +- a sticky digit does.
            long p = op.prec + 2;
            BigInteger one = Op.pow10(p);
            op.status |= Op.INEXACT | Op.ROUNDED;
            return halfEven(op, 0, a.sign == 0 ? one.add(BigInteger.ONE) : one.subtract(BigInteger.ONE), -p);
        }
        // exp(x) = 10**n * exp(x - n ln 10): the series runs on a reduced argument and the
        // power of ten goes into the exponent (no huge BigDecimal scales).
        BigDecimal x = toBig(a);
        long n = a.adjusted() < 0 ? 0 : Math.round(a.toDouble() / LN10);
        int nd = Long.toString(Math.abs(n)).length();
        return ziv(0, wp -> {
            BigDecimal r = x;
            if (n != 0) {
                MathContext mc = new MathContext(wp + nd + 20, RoundingMode.HALF_EVEN);
                r = x.subtract(ln10(wp + nd + 20).multiply(BigDecimal.valueOf(n), mc), mc);
            }
            return expBig(r, wp + 4);
        }, op, true, n);
    }

    /** ln(a). Compare mpd_qln. */
    static DecimalObject ln(DecimalObject a, Op op) {
        if (a.kind != FINITE) {
            DecimalObject n = op.nans(a, null);
            if (n != null) {
                return n;
            }
            return a.sign == 1 ? op.invalid(Op.INVALID_OPERATION) : a;
        }
        if (a.isZero()) {
            return DecimalObject.infinity(1);
        }
        if (a.sign == 1) {
            return op.invalid(Op.INVALID_OPERATION);
        }
        if (a.coef.equals(BigInteger.ONE) && a.exp == 0 || isOne(a)) {
            return DecimalObject.ofInt(0);
        }
        int extra = (int) Math.max(0, -Math.log10(Math.abs(a.toDouble() - 1) + 1e-300)) + 2;
        return ziv(lessThanOne(a) ? 1 : 0, wp -> lnBig(a, wp + extra).abs(), op);
    }

    private static boolean isOne(DecimalObject a) {
        return a.kind == FINITE && a.exp <= 0 && Op.digits(a.coef) == 1 - a.exp && a.coef.equals(Op.pow10(-a.exp));
    }

    private static boolean lessThanOne(DecimalObject a) {
        return DecArith.cmp(a, DecimalObject.ofInt(1)) < 0;
    }

    /** log10(a). Compare mpd_qlog10. */
    static DecimalObject log10(DecimalObject a, Op op) {
        if (a.kind != FINITE) {
            DecimalObject n = op.nans(a, null);
            if (n != null) {
                return n;
            }
            return a.sign == 1 ? op.invalid(Op.INVALID_OPERATION) : a;
        }
        if (a.isZero()) {
            return DecimalObject.infinity(1);
        }
        if (a.sign == 1) {
            return op.invalid(Op.INVALID_OPERATION);
        }
        BigInteger c = a.coef;
        String s = c.toString();
        if (s.charAt(0) == '1' && s.substring(1).chars().allMatch(ch -> ch == '0')) {
            long v = a.exp + s.length() - 1;
            return op.fix(v < 0 ? 1 : 0, BigInteger.valueOf(Math.abs(v)), 0);
        }
        int extra = (int) Math.max(0, -Math.log10(Math.abs(a.toDouble() - 1) + 1e-300)) + 2;
        Approx f = wp -> {
            BigDecimal l = lnBig(a, wp + extra + 4);
            return l.divide(ln10(wp + extra + 8), new MathContext(wp + extra + 4, RoundingMode.HALF_EVEN)).abs();
        };
        return ziv(lessThanOne(a) ? 1 : 0, f, op);
    }

    // ---- power ----

    /** a ** b. Compare mpd_qpow / _pydecimal Decimal.__pow__. */
    static DecimalObject power(DecimalObject a, DecimalObject b, Op op) {
        DecimalObject n = op.nans(a, b);
        if (n != null) {
            return n;
        }
        if (b.isZero()) {
            return a.isZero() ? op.invalid(Op.INVALID_OPERATION) : DecimalObject.ofInt(1);
        }
        int sign = 0;
        boolean bInt = b.isInteger();
        if (a.sign == 1) {
            if (bInt) {
                if (isOdd(b)) {
                    sign = 1;
                }
            } else if (!a.isZero()) {
                return op.invalid(Op.INVALID_OPERATION);
            }
            a = a.withSign(0);
        }
        if (a.isZero()) {
            return b.sign == 0 ? DecimalObject.finite(sign, BigInteger.ZERO, 0) : DecimalObject.infinity(sign);
        }
        if (a.kind == INF) {
            return b.sign == 0 ? DecimalObject.infinity(sign) : DecimalObject.finite(sign, BigInteger.ZERO, 0);
        }
        if (isOne(a)) {
            // Compare _pydecimal __pow__ (self == _One) and libmpdec _qcheck_pow_one.
            long e;
            if (bInt) {
                long mult = b.sign == 1 ? 0 : (DecArith.cmp(b, DecimalObject.finite(0, BigInteger.valueOf(op.prec), 0)) > 0
                    ? op.prec : intValue(b).longValue());
                e = a.exp * mult;
                if (e < 1 - op.prec) {
                    e = 1 - op.prec;
                    op.status |= Op.ROUNDED;
                }
            } else {
                op.status |= Op.INEXACT | Op.ROUNDED;
                e = 1 - op.prec;
            }
            return DecimalObject.finite(sign, Op.pow10(-e), e);
        }
        if (b.kind == INF) {
            boolean big = DecArith.cmp(a, DecimalObject.ofInt(1)) > 0;
            return (b.sign == 0) == big ? DecimalObject.infinity(sign) : DecimalObject.finite(sign, BigInteger.ZERO, 0);
        }
        // Results certain to overflow or underflow. Compare libmpdec _qcheck_pow_bounds: the
        // adjusted exponent of |y log10 x| against the number of digits of Emax or Etiny.
        double l10 = log10Approx(a);
        double mag = Math.abs(l10) * Math.abs(b.toDouble());
        if (mag > 0 && l10 != 0) {
            long bound = (long) Math.floor(Math.log10(Math.abs(l10))) + b.adjusted();
            boolean up = (l10 > 0) == (b.sign == 0);
            if (up && Long.toString(op.emax).length() < bound) {
                return op.fix(sign, BigInteger.ONE, op.emax + 2);
            }
            if (!up && Long.toString(-op.etiny()).length() < bound) {
                return op.fix(sign, BigInteger.ONE, op.etiny() - 1);
            }
        }
        if (bInt) {
            BigInteger k = intValue(b).abs();
            if (k.bitLength() < 63) {
                return powInt(a, k.longValue(), b, sign, op);
            }
        }
        l10 = l10 * b.toDouble();
        if (l10 > op.emax + 2) {
            return op.fix(sign, BigInteger.ONE, op.emax + 2);
        }
        if (l10 < op.etiny() - 3) {
            return op.fix(sign, BigInteger.ONE, op.etiny() - 3);
        }
        return powReal(a, b, sign, op);
    }

    /**
     * x ** y as exp(y * ln x), each step correctly rounded half-even to the context's
     * precision (or x's digits) plus 23 digits, then rounded to the context. Compare
     * libmpdec _mpd_qpow_real: like it, results that are exact (4 ** 0.5) come out
     * inexact, and values within the work precision of 1 round as 1 does.
     */
    private static DecimalObject powReal(DecimalObject x, DecimalObject y, int sign, Op op) {
        Op w = Op.max();
        w.prec = Math.max(Op.digits(x.coef), op.prec) + 4 + 19;
        DecimalObject l = ln(x, w);
        DecimalObject t = DecArith.multiply(l, y, w);
        Op we = w.copy();
        DecimalObject e = exp(t, we);
        op.status |= we.status & (Op.INEXACT | Op.ROUNDED);
        return op.fix(e.withSign(sign));
    }

    /**
     * x ** n for an integer n, by left-to-right binary powering in a work context of higher
     * precision, rounding half-even (so intermediate results may underflow to zero, as they
     * do in libmpdec), then rounded to the context. Compare libmpdec _mpd_qpow_int,
     * _mpd_qpow_uint.
     */
    private static DecimalObject powInt(DecimalObject x, long n, DecimalObject y, int sign, Op op) {
        Op w = op.copy();
        w.prec += Op.digits(y.coef) + y.exp + 2;
        w.round = Op.ROUND_HALF_EVEN;
        w.clamp = 0;
        DecimalObject base = x;
        if (y.sign == 1) {
            Op d = w.copy();
            d.prec += 1;
            w.prec += 1;
            base = DecArith.divide(DecimalObject.ofInt(1), x, d);
            w.status |= d.status;
            if (base.isZero()) {
                op.status |= w.status;
                return op.fix(base.withSign(sign));
            }
        }
        DecimalObject r = base;
        for (int bit = 62 - Long.numberOfLeadingZeros(n); bit >= 0; bit--) {
            r = DecArith.multiply(r, r, w);
            if (((n >>> bit) & 1) != 0) {
                r = DecArith.multiply(r, base, w);
            }
            if (r.kind != FINITE || (r.isZero() && (w.status & Op.CLAMPED) != 0)) {
                break;
            }
        }
        if (r.kind == INF) {
            op.status |= w.status & ~(Op.OVERFLOW | Op.INEXACT | Op.ROUNDED);
            return op.overflow(sign);
        }
        op.status |= w.status;
        return op.fix(r.withSign(sign));
    }

    private static boolean isOdd(DecimalObject b) {
        if (b.exp > 0) {
            return false;
        }
        return b.coef.divide(Op.pow10(-b.exp)).testBit(0);
    }

    private static double log10Approx(DecimalObject a) {
        String s = a.coef.toString();
        int n = Math.min(s.length(), 17);
        double lead = Double.parseDouble(s.substring(0, n));
        return Math.log10(lead) + (s.length() - n) + a.exp;
    }

    /** pow(a, b, m) for integers. Compare mpd_qpowmod / _pydecimal Decimal._power_modulo. */
    static DecimalObject powerMod(DecimalObject a, DecimalObject b, DecimalObject m, Op op) {
        if (a.isNan() || b.isNan() || m.isNan()) {
            DecimalObject n = op.nans(a, b);
            if (n == null || (m.kind == DecimalObject.SNAN && a.kind != DecimalObject.SNAN && b.kind != DecimalObject.SNAN)) {
                n = op.nans(m, null);
            }
            return n;
        }
        if (!a.isInteger() || !b.isInteger() || !m.isInteger()) {
            return op.invalid(Op.INVALID_OPERATION);
        }
        if ((b.sign == 1 && !b.isZero()) || m.isZero()) {
            return op.invalid(Op.INVALID_OPERATION);
        }
        if (m.adjusted() + 1 > op.prec) {
            return op.invalid(Op.INVALID_OPERATION);
        }
        BigInteger mi = intValue(m).abs();
        if (a.isZero() && b.isZero()) {
            return op.invalid(Op.INVALID_OPERATION);
        }
        BigInteger bi = intValue(b);
        // |a| mod m without writing out a's zeros: coef * (10**exp mod m).
        BigInteger base = a.exp >= 0
            ? a.coef.mod(mi).multiply(BigInteger.TEN.modPow(BigInteger.valueOf(a.exp), mi)).mod(mi)
            : intValue(a).abs().mod(mi);
        BigInteger r = base.modPow(bi, mi);
        int sign = a.sign == 1 && bi.testBit(0) ? 1 : 0;
        return DecimalObject.finite(sign, r, 0);
    }

    private static BigInteger intValue(DecimalObject d) {
        BigInteger v = d.exp >= 0 ? d.coef.multiply(Op.pow10(d.exp)) : d.coef.divide(Op.pow10(-d.exp));
        return d.sign == 1 ? v.negate() : v;
    }
}
