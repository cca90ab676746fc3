package org.pyvm.modules;

import java.math.BigDecimal;

/**
 * Correctly rounded exp, log and pow through double-double arithmetic (about 104
 * significant bits), for math's functions whose C library counterparts (glibc 2.28+:
 * exp, log, pow, all within about 0.52 ulp) are correctly rounded in all but rare
 * cases. Java's StrictMath (fdlibm) rounds differently in a few percent of cases, so
 * these bring pyvm's results to CPython's on Linux. A double-double is a pair (hi, lo)
 * with |lo| <= ulp(hi)/2; the algorithms are Dekker's and Knuth's error-free
 * transformations (TwoSum, TwoProduct via fma).
 */
final class MathDD {

    private MathDD() {}

    // ln 2 to about 160 bits, as three doubles (split from its decimal expansion)
    private static final BigDecimal LN2 = new BigDecimal(
        "0.693147180559945309417232121458176568075500134360255254120680009493393621969694715605863326996418687542");
    private static final double LN2_HI = LN2.doubleValue();
    private static final double LN2_LO = LN2.subtract(new BigDecimal(LN2_HI)).doubleValue();
    private static final double LN2_LO2 = LN2.subtract(new BigDecimal(LN2_HI)).subtract(new BigDecimal(LN2_LO)).doubleValue();

    /** hi and lo of the last operation (one thread runs one interpreter call at a time; kept local). */
    private static final class DD {
        double hi;
        double lo;

        DD(double hi, double lo) {
            this.hi = hi;
            this.lo = lo;
        }
    }

    private static DD add(DD a, DD b) {
        double s = a.hi + b.hi;
        double bb = s - a.hi;
        double e = (a.hi - (s - bb)) + (b.hi - bb);
        e += a.lo + b.lo;
        double hi = s + e;
        return new DD(hi, e - (hi - s));
    }

    private static DD mul(DD a, DD b) {
        double p = a.hi * b.hi;
        double e = Math.fma(a.hi, b.hi, -p);
        e += a.hi * b.lo + a.lo * b.hi;
        double hi = p + e;
        return new DD(hi, e - (hi - p));
    }

    private static DD mul(DD a, double b) {
        double p = a.hi * b;
        double e = Math.fma(a.hi, b, -p);
        e += a.lo * b;
        double hi = p + e;
        return new DD(hi, e - (hi - p));
    }

    private static DD div(DD a, DD b) {
        double q1 = a.hi / b.hi;
        DD r = add(a, neg(mul(b, q1)));
        double q2 = r.hi / b.hi;
        r = add(r, neg(mul(b, q2)));
        double q3 = r.hi / b.hi;
        DD q = add(new DD(q1, 0), new DD(q2, 0));
        return add(q, new DD(q3, 0));
    }

    private static DD neg(DD a) {
        return new DD(-a.hi, -a.lo);
    }

    private static DD ln2Times(double k) {
        // k * ln2 with k an integer of at most 11 bits: the products are nearly exact
        DD a = new DD(k * LN2_HI, Math.fma(k, LN2_HI, -k * LN2_HI));
        return add(a, new DD(k * LN2_LO, Math.fma(k, LN2_LO, -k * LN2_LO) + k * LN2_LO2));
    }

    /** ln(x) for finite x > 0 by the plain atanh series (slow; builds the tables). */
    private static DD logSlow(double x) {
        int e = MathModule.frexpExp(x);
        double m = Math.scalb(x, -e);
        if (m < 0.7071067811865476) {
            m *= 2;
            e -= 1;
        }
        // ln m = 2 atanh(s), s = (m - 1) / (m + 1), |s| <= 0.1716
        // m - 1 is exact (Sterbenz); m + 1 may need one bit more: TwoSum
        double ph = m + 1.0;
        double bb = ph - m;
        double pl = (m - (ph - bb)) + (1.0 - bb);
        DD s = div(new DD(m - 1.0, 0.0), new DD(ph, pl));
        DD s2 = mul(s, s);
        DD term = s;
        DD sum = s;
        for (int n = 3; n < 80; n += 2) {
            term = mul(term, s2);
            DD t = div(term, new DD(n, 0));
            sum = add(sum, t);
            if (Math.abs(t.hi) < Math.abs(sum.hi) * 0x1p-110) {
                break;
            }
        }
        sum = mul(sum, 2.0);
        return add(ln2Times(e), sum);
    }

    /**
     * Tables for the fast paths, built on first use from the slow series: 1/n!, 1/n,
     * ln(1 + i/64), exp(j/64), sin(j/64) and cos(j/64) as double-doubles.
     */
    private static final class Tables {
        static final DD[] INV_FACT = new DD[32];
        static final DD[] INV_N = new DD[32];
        static final DD[] LOG_C = new DD[48];    // ln(1 + i/64), i = -20..27
        static final DD[] EXP_J = new DD[49];    // exp(j/64), j = -24..24
        static final DD[] SIN_J = new DD[53];    // sin(j/64), j = 0..52
        static final DD[] COS_J = new DD[53];

        static {
            java.math.MathContext mc = new java.math.MathContext(60);
            BigDecimal f = BigDecimal.ONE;
            for (int n = 0; n < 32; n++) {
                if (n > 0) {
                    f = f.multiply(BigDecimal.valueOf(n));
                }
                INV_FACT[n] = ofBig(BigDecimal.ONE.divide(f, mc));
                INV_N[n] = n == 0 ? new DD(0, 0) : ofBig(BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc));
            }
            for (int i = -20; i <= 27; i++) {
                LOG_C[i + 20] = i == 0 ? new DD(0, 0) : logSlow(1.0 + i / 64.0);
            }
            for (int j = -24; j <= 24; j++) {
                EXP_J[j + 24] = expSeries(new DD(j / 64.0, 0.0));
            }
            for (int j = 0; j <= 52; j++) {
                DD[] sc = sinCosSmall(new DD(j / 64.0, 0.0));
                SIN_J[j] = sc[0];
                COS_J[j] = sc[1];
            }
        }

        private static DD ofBig(BigDecimal b) {
            double hi = b.doubleValue();
            return new DD(hi, b.subtract(new BigDecimal(hi)).doubleValue());
        }

        /** exp(t) for a small double-double t by its Taylor series (table building only). */
        private static DD expSeries(DD t) {
            DD sum = new DD(1.0, 0.0);
            DD term = new DD(1.0, 0.0);
            for (int n = 1; n < 40; n++) {
                term = div(mul(term, t), new DD(n, 0));
                sum = add(sum, term);
                if (Math.abs(term.hi) < 0x1p-115) {
                    break;
                }
            }
            return sum;
        }
    }

    /**
     * ln(x) for finite x > 0, as a double-double: x = 2**e * m, m = c * (m/c) with
     * c = 1 + i/64 the nearest table point, ln(m/c) = 2 atanh(s) with s = (m - c)/(m + c),
     * |s| < 1/179, whose series needs eight terms for 2**-110.
     */
    private static DD logDD(double x) {
        int e = MathModule.frexpExp(x);
        double m = Math.scalb(x, -e);
        if (m < 0.7071067811865476) {
            m *= 2;
            e -= 1;
        }
        int i = (int) Math.rint((m - 1.0) * 64);
        double c = 1.0 + i / 64.0;
        // m - c is exact (Sterbenz); m + c by TwoSum
        double ph = m + c;
        double bb = ph - m;
        double pl = (m - (ph - bb)) + (c - bb);
        DD s = div(new DD(m - c, 0.0), new DD(ph, pl));
        DD s2 = mul(s, s);
        DD[] inv = Tables.INV_N;
        DD p = inv[17];
        for (int n = 15; n >= 1; n -= 2) {
            p = add(mul(p, s2), inv[n]);
        }
        DD lnm = add(Tables.LOG_C[i + 20], mul(mul(s, p), 2.0));
        return add(ln2Times(e), lnm);
    }

    /** Correctly rounded natural logarithm of a finite x > 0. */
    static double log(double x) {
        if (x == 1.0) {
            return 0.0;
        }
        DD r = logDD(x);
        return r.hi + r.lo;
    }

    /** Correctly rounded log2 of a finite x > 0. */
    static double log2(double x) {
        int e = MathModule.frexpExp(x);
        if (Math.scalb(x, -e) == 0.5) {
            return e - 1;
        }
        DD r = div(logDD(x), new DD(LN2_HI, LN2_LO));
        return r.hi + r.lo;
    }

    /** exp(a) for a double-double argument, correctly rounded (overflow/underflow as C). */
    private static double expDD(DD a) {
        if (a.hi > 709.8) {
            return Double.POSITIVE_INFINITY;
        }
        if (a.hi < -745.2) {
            return 0.0;
        }
        double k = Math.rint(a.hi / LN2_HI);
        DD r = add(a, neg(ln2Times(k)));
        // exp(r) = exp(j/64) * exp(u), |u| <= 1/128 + tiny: twelve Taylor terms for 2**-110
        int j = (int) Math.rint(r.hi * 64);
        DD u = add(r, new DD(-j / 64.0, 0.0));
        DD[] f = Tables.INV_FACT;
        DD p = f[13];
        for (int n = 12; n >= 0; n--) {
            p = add(mul(p, u), f[n]);
        }
        DD sum = mul(Tables.EXP_J[j + 24], p);
        int ki = (int) k;
        if (ki > -1020 && ki < 1020) {
            double hi = sum.hi + sum.lo;
            double res = Math.scalb(hi, ki);
            if (Math.abs(res) >= Double.MIN_NORMAL) {
                return res;
            }
        }
        // near the ends of the range: scale exactly and round once
        BigDecimal v = new BigDecimal(sum.hi).add(new BigDecimal(sum.lo));
        v = ki >= 0 ? v.multiply(new BigDecimal(java.math.BigInteger.TWO.pow(ki)))
            : v.divide(new BigDecimal(java.math.BigInteger.TWO.pow(-ki)));
        return v.doubleValue();
    }

    /** Correctly rounded e**x (finite x). */
    static double exp(double x) {
        if (x == 0.0) {
            return 1.0;
        }
        return expDD(new DD(x, 0.0));
    }

    /**
     * x**y for finite x > 0 and finite y, as exp(y * ln x) in double-double: correctly
     * rounded except when the exact result lies (almost) on a rounding boundary; exact
     * results (powers of two, squares) come out exact.
     */
    static double powPositive(double x, double y) {
        if (x == 1.0 || y == 0.0) {
            return 1.0;
        }
        if (y == 1.0) {
            return x;
        }
        // single correctly rounded operations; also exact where the result is a tie for the series
        if (y == 0.5) {
            return Math.sqrt(x);
        }
        if (y == 2.0) {
            return x * x;
        }
        if (y == -1.0) {
            return 1.0 / x;
        }
        DD l = logDD(x);
        double approx = l.hi * y;
        if (approx > 710.0) {
            return Double.POSITIVE_INFINITY;
        }
        if (approx < -746.0) {
            return 0.0;
        }
        DD p = mul(l, y);
        return expDD(p);
    }

    // ---- trigonometry: sin, cos, tan by reduction modulo pi/2 in double-double ----

    private static final BigDecimal PIO2 = new BigDecimal(
        "1.570796326794896619231321691639751442098584699687552910487472296153908203143104499314017412671058534");
    private static final double PIO2_1 = PIO2.doubleValue();
    private static final double PIO2_2 = PIO2.subtract(new BigDecimal(PIO2_1)).doubleValue();
    private static final double PIO2_3 = PIO2.subtract(new BigDecimal(PIO2_1)).subtract(new BigDecimal(PIO2_2))
        .doubleValue();

    /** Arguments below this are reduced in double-double arithmetic, larger ones with BigDecimal. */
    static final double TRIG_LIMIT = 0x1p19;

    /** pi/2 to 1,200 digits, computed on first use (Machin's formula) for the reduction of huge arguments. */
    private static volatile BigDecimal pio2Long;

    private static BigDecimal pio2Long() {
        BigDecimal p = pio2Long;
        if (p == null) {
            java.math.MathContext mc = new java.math.MathContext(1220);
            // pi/4 = 4 atan(1/5) - atan(1/239)
            BigDecimal a = arctanInv(5, mc).multiply(BigDecimal.valueOf(4)).subtract(arctanInv(239, mc));
            p = a.multiply(BigDecimal.valueOf(2)).round(new java.math.MathContext(1200));
            pio2Long = p;
        }
        return p;
    }

    /** atan(1/n) by its series, to MC's precision. */
    private static BigDecimal arctanInv(int n, java.math.MathContext mc) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
        BigDecimal n2 = BigDecimal.valueOf((long) n * n);
        BigDecimal sum = x;
        BigDecimal power = x;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
        for (int k = 1; ; k++) {
            power = power.divide(n2, mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), mc);
            if (term.compareTo(eps) < 0) {
                break;
            }
            sum = (k & 1) == 1 ? sum.subtract(term) : sum.add(term);
        }
        return sum;
    }

    /** x - k*pi/2 for a huge x, exactly enough: x is exact, pi/2 has 1,200 digits (x has at most 309). */
    private static DD reduceHuge(double x, int[] quadrant) {
        BigDecimal bx = new BigDecimal(x);
        BigDecimal p = pio2Long();
        BigDecimal k = bx.divide(p, new java.math.MathContext(bx.precision() + 40)).setScale(0, java.math.RoundingMode.HALF_EVEN);
        quadrant[0] = k.toBigInteger().intValue() & 3;
        BigDecimal r = bx.subtract(k.multiply(p));
        double hi = r.doubleValue();
        double lo = r.subtract(new BigDecimal(hi)).doubleValue();
        return new DD(hi, lo);
    }

    /** x - k*pi/2 as a double-double, and k mod 4. */
    private static DD reduce(double x, int[] quadrant) {
        if (Math.abs(x) >= TRIG_LIMIT) {
            return reduceHuge(x, quadrant);
        }
        double k = Math.rint(x / PIO2_1);
        quadrant[0] = (int) ((long) k & 3);
        if (k == 0) {
            return new DD(x, 0.0);
        }
        // k has at most 20 bits: k*PIO2_1 and k*PIO2_2 are exact as double-doubles
        DD a = new DD(x, 0.0);
        DD p1 = new DD(k * PIO2_1, Math.fma(k, PIO2_1, -k * PIO2_1));
        DD p2 = new DD(k * PIO2_2, Math.fma(k, PIO2_2, -k * PIO2_2) + k * PIO2_3);
        return add(add(a, neg(p1)), neg(p2));
    }

    /** sin and cos of a double-double |r| <= pi/4 by their Taylor series. */
    private static DD[] sinCosSmall(DD r) {
        DD r2 = mul(r, r);
        DD sin = r;
        DD term = r;
        for (int n = 2; n < 60; n += 2) {
            term = div(mul(term, r2), new DD(-(double) n * (n + 1), 0));
            sin = add(sin, term);
            if (Math.abs(term.hi) <= Math.abs(sin.hi) * 0x1p-112) {
                break;
            }
        }
        DD cos = new DD(1.0, 0.0);
        term = new DD(1.0, 0.0);
        for (int n = 1; n < 60; n += 2) {
            term = div(mul(term, r2), new DD(-(double) n * (n + 1), 0));
            cos = add(cos, term);
            if (Math.abs(term.hi) <= 0x1p-112) {
                break;
            }
        }
        return new DD[] {sin, cos};
    }

    /**
     * sin and cos of a reduced |r| <= pi/4 + tiny: r = j/64 + u with |u| <= 1/128, the
     * table's sin(j/64), cos(j/64), short Taylor series for u, and the addition formulas.
     */
    private static DD[] sinCosFast(DD r) {
        int j = (int) Math.rint(r.hi * 64);
        DD u = add(r, new DD(-j / 64.0, 0.0));
        DD u2 = mul(u, u);
        DD[] f = Tables.INV_FACT;
        // sin u = u (1 - u^2/3! + u^4/5! - ...), cos u = 1 - u^2/2! + u^4/4! - ...
        DD ps = f[15];
        DD pc = f[14];
        for (int n = 13; n >= 1; n -= 2) {
            ps = add(neg(mul(ps, u2)), f[n]);
        }
        for (int n = 12; n >= 0; n -= 2) {
            pc = add(neg(mul(pc, u2)), f[n]);
        }
        DD sinU = mul(u, ps);
        int aj = Math.abs(j);
        DD sa = j < 0 ? neg(Tables.SIN_J[aj]) : Tables.SIN_J[aj];
        DD ca = Tables.COS_J[aj];
        DD sin = add(mul(sa, pc), mul(ca, sinU));
        DD cos = add(mul(ca, pc), neg(mul(sa, sinU)));
        return new DD[] {sin, cos};
    }

    /** {sin x, cos x} as double-doubles. */
    private static DD[] sinCos(double x) {
        int[] q = new int[1];
        DD r = reduce(x, q);
        DD[] sc = sinCosFast(r);
        return switch (q[0]) {
            case 0 -> sc;
            case 1 -> new DD[] {sc[1], neg(sc[0])};
            case 2 -> new DD[] {neg(sc[0]), neg(sc[1])};
            default -> new DD[] {neg(sc[1]), sc[0]};
        };
    }

    /** Correctly rounded sin (finite x). */
    static double sin(double x) {
        if (!Double.isFinite(x)) {
            return Double.NaN;
        }
        double ax = Math.abs(x);
        if (ax < 0x1p-26) {
            return x;
        }
        DD s = sinCos(x)[0];
        return s.hi + s.lo;
    }

    /** Correctly rounded cos (finite x). */
    static double cos(double x) {
        if (!Double.isFinite(x)) {
            return Double.NaN;
        }
        double ax = Math.abs(x);
        if (ax < 0x1p-27) {
            return 1.0;
        }
        DD c = sinCos(x)[1];
        return c.hi + c.lo;
    }

    /** Correctly rounded tan (finite x). */
    static double tan(double x) {
        if (!Double.isFinite(x)) {
            return Double.NaN;
        }
        double ax = Math.abs(x);
        if (ax < 0x1p-27) {
            return x;
        }
        DD[] sc = sinCos(x);
        DD t = div(sc[0], sc[1]);
        return t.hi + t.lo;
    }

    // ---- inverse functions: one Newton step in double-double from StrictMath's estimate ----

    /**
     * The angle t = atan2(y, x) refined from an estimate t0 within a few ulps: with
     * s, c = sin t0, cos t0, tan(t - t0) = (y c - x s) / (x c + y s), so t = t0 + q with
     * q that quotient (q^3/3 is below 2^-150). (y, x) may be double-doubles.
     */
    private static double refineAngle(double t0, DD y, DD x) {
        DD[] sc = sinCos(t0);
        DD num = add(mul(y, sc[1]), neg(mul(x, sc[0])));
        DD den = add(mul(x, sc[1]), mul(y, sc[0]));
        DD q = div(num, den);
        DD t = add(new DD(t0, 0.0), q);
        return t.hi + t.lo;
    }

    /** Correctly rounded atan. */
    static double atan(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax < 0x1p-27 || ax > 0x1p60) {
            return StrictMath.atan(x);
        }
        return refineAngle(StrictMath.atan(x), new DD(x, 0.0), new DD(1.0, 0.0));
    }

    /** Correctly rounded atan2 of finite, non-zero-ratio arguments; special cases stay StrictMath's (C99's). */
    static double atan2(double y, double x) {
        double t0 = StrictMath.atan2(y, x);
        if (!Double.isFinite(x) || !Double.isFinite(y) || x == 0.0 || y == 0.0 || Math.abs(t0) < 0x1p-900) {
            return t0;
        }
        // scale both by the same power of two: the angle is unchanged, no overflow
        int e = Math.max(Math.getExponent(Math.abs(x) >= Double.MIN_NORMAL ? x : x * 0x1p60)
            - (Math.abs(x) >= Double.MIN_NORMAL ? 0 : 60),
            Math.getExponent(Math.abs(y) >= Double.MIN_NORMAL ? y : y * 0x1p60) - (Math.abs(y) >= Double.MIN_NORMAL ? 0 : 60));
        double xs = Math.scalb(x, -e);
        double ys = Math.scalb(y, -e);
        return refineAngle(t0, new DD(ys, 0.0), new DD(xs, 0.0));
    }

    /** Correctly rounded asin of x in [-1, 1]: the angle of (sqrt(1 - x^2), x). */
    static double asin(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax > 1.0 || ax < 0x1p-26) {
            return StrictMath.asin(x);
        }
        return refineAngle(StrictMath.asin(x), new DD(x, 0.0), sqrtDD(oneMinusSquare(x)));
    }

    /** Correctly rounded acos of x in [-1, 1]: the angle of (x, sqrt(1 - x^2)). */
    static double acos(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax > 1.0 || ax == 1.0) {
            return StrictMath.acos(x);
        }
        return refineAngle(StrictMath.acos(x), sqrtDD(oneMinusSquare(x)), new DD(x, 0.0));
    }

    /** 1 - x*x exactly enough: x*x as a double-double by fma. */
    private static DD oneMinusSquare(double x) {
        double p = x * x;
        double e = Math.fma(x, x, -p);
        return add(new DD(1.0, 0.0), new DD(-p, -e));
    }

    private static DD sqrtDD(DD a) {
        if (a.hi <= 0) {
            return new DD(0.0, 0.0);
        }
        double s = Math.sqrt(a.hi);
        DD sq = new DD(s * s, Math.fma(s, s, -s * s));
        DD r = add(a, neg(sq));
        double corr = (r.hi + r.lo) / (2 * s);
        double hi = s + corr;
        return new DD(hi, corr - (hi - s));
    }
}
