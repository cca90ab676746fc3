package org.pyvm.modules;

import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Libm;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyObject;

/**
 * The special functions of math: gamma and lgamma (CPython's own Lanczos code, written
 * here from its description in Modules/mathmodule.c: m_tgamma, m_lgamma, with the C
 * library's exp, pow, log, sin and cos through {@link Libm}, as CPython), erf and erfc
 * (CPython 3.12 calls the C library's, and so does pyvm through Libm; the fallback here
 * follows glibc's classic fdlibm rational approximations, with their published
 * coefficients).
 */
final class MathSpecial {

    private MathSpecial() {}

    /** What the C code reports through errno: none, EDOM or ERANGE. */
    private static final int OK = 0;
    private static final int EDOM = 1;
    private static final int ERANGE = 2;

    private record Result(double value, int errno) {}

    /** Compare mathmodule.c: math_1a and is_error: EDOM is ValueError, ERANGE OverflowError unless |r| < 1.5. */
    private static PyObject errnoResult(Result r) {
        if (r.errno == EDOM) {
            throw PyErr.valueError("math domain error");
        }
        if (r.errno == ERANGE && Math.abs(r.value) >= 1.5) {
            throw PyErr.overflowError("math range error");
        }
        return PyFloat.of(r.value);
    }

    @ExposedMethod
    static PyObject gamma(PyObject x) {
        return errnoResult(tgamma(MathModule.toDouble(x)));
    }

    @ExposedMethod
    static PyObject lgamma(PyObject x) {
        return errnoResult(lgammaD(MathModule.toDouble(x)));
    }

    @ExposedMethod
    static PyObject erf(PyObject x) {
        return PyFloat.of(Libm.erf(MathModule.toDouble(x), MathSpecial::erfD));
    }

    @ExposedMethod
    static PyObject erfc(PyObject x) {
        return PyFloat.of(Libm.erfc(MathModule.toDouble(x), MathSpecial::erfcD));
    }

    // ---- gamma and lgamma: Lanczos approximation, N = 13, g = 6.024680040776729583740234375 ----

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    /** Numerator coefficients of the Lanczos sum as a rational function (Boost's, as CPython uses). */
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408};
    /** The denominator x(x+1)...(x+11) expanded: the unsigned Stirling numbers of the first kind. */
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    private static final int NGAMMA_INTEGRAL = 23;
    private static final double LOGPI = 1.144729885849400174143427351353058711647;

    /** Lanczos' sum for x > 0, as a rational function in x (x < 5) or in 1/x (larger x, no overflow). */
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    // The C library's functions that m_sinpi, m_tgamma and m_lgamma call (through Libm, as
    // CPython does), with pyvm's correctly rounded ones when native calls are not possible.
    private static double sin(double x) {
        return Libm.sin(x, MathDD::sin);
    }

    private static double cos(double x) {
        return Libm.cos(x, MathDD::cos);
    }

    private static double exp(double x) {
        return Libm.exp(x, MathDD::exp);
    }

    /** Only for positive x (the Lanczos base), so that MathDD's positive-base pow serves as the fallback. */
    private static double pow(double x, double y) {
        return Libm.pow(x, y, MathDD::powPositive);
    }

    private static double log(double x) {
        return Libm.log(x, MathDD::log);
    }

    /** sin(pi*x) for finite x, accurate near the integers. Compare mathmodule.c: m_sinpi. */
    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        // C round(): halves away from zero (y >= 0, so Math.round; rint would take 0.5 to 0)
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> sin(Math.PI * y);
            case 1 -> cos(Math.PI * (y - 0.5));
            case 2 -> sin(Math.PI * (1.0 - y));
            case 3 -> -cos(Math.PI * (y - 1.5));
            default -> sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    /** Compare mathmodule.c: m_tgamma. */
    private static Result tgamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) {
                return new Result(x, OK);
            }
            return new Result(Double.NaN, EDOM);
        }
        if (x == 0.0) {
            return new Result(Math.copySign(Double.POSITIVE_INFINITY, x), EDOM);
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                return new Result(Double.NaN, EDOM);
            }
            if (x <= NGAMMA_INTEGRAL) {
                return new Result(MathIntegers.factorialBig((long) x - 1).doubleValue(), OK);
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            return new Result(r, Double.isInfinite(r) ? ERANGE : OK);
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return new Result(0.0 / sinpi(x), OK);
            }
            return new Result(Double.POSITIVE_INFINITY, ERANGE);
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        // the rounding error of y, for a correction factor (1 + z)
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= pow(y, absx - 0.5);
            } else {
                double sqrtpow = pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= pow(y, absx - 0.5);
            } else {
                double sqrtpow = pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return new Result(r, Double.isInfinite(r) ? ERANGE : OK);
    }

    /** Compare mathmodule.c: m_lgamma. */
    private static Result lgammaD(double x) {
        if (!Double.isFinite(x)) {
            return new Result(Double.isNaN(x) ? x : Double.POSITIVE_INFINITY, OK);
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                return new Result(Double.POSITIVE_INFINITY, EDOM);
            }
            return new Result(0.0, OK);
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return new Result(-log(absx), OK);
        }
        double r = log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            // reflection formula
            r = LOGPI - log(Math.abs(sinpi(absx))) - log(absx) - r;
        }
        return new Result(r, Double.isInfinite(r) ? ERANGE : OK);
    }

    // ---- erf and erfc: fdlibm's method (s_erf.c), as glibc's libm computes them ----
    // erf(x) = x + x*R(x^2) on [0, 0.84375]; erx + P/Q(|x|-1) on [0.84375, 1.25];
    // 1 - exp(-x^2 - 0.5625 + R/S(1/x^2))/x beyond, with exp split so that z*z is exact.

    private static final double ERX = 8.45062911510467529297e-01;
    private static final double EFX = 1.28379167095512586316e-01;
    private static final double[] PP = {1.28379167095512558561e-01, -3.25042107247001499370e-01,
        -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05};
    private static final double[] QQ = {1.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
        5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06};
    private static final double[] PA = {-2.36211856075265944077e-03, 4.14856118683748331666e-01,
        -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01,
        3.54783043256182359371e-02, -2.16637559486879084300e-03};
    private static final double[] QA = {1.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
        7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02,
        1.19844998467991074170e-02};
    private static final double[] RA = {-9.86494403484714822705e-03, -6.93858572707181764372e-01,
        -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02,
        -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00};
    private static final double[] SA = {1.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
        4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02,
        1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02};
    private static final double[] RB = {-9.86494292470009928597e-03, -7.99283237680523006574e-01,
        -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02,
        -1.02509513161107724954e+03, -4.83519191608651397019e+02};
    private static final double[] SB = {1.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
        1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03,
        4.74528541206955367215e+02, -2.24409524465858183362e+01};
    private static final double TINY = 1e-300;

    /**
     * The polynomial sum c[i] z^i evaluated as glibc's version of these functions does
     * (pairs c[2i] + z*c[2i+1] weighted by z^2, z^4 = z^2*z^2, z^6 = z^4*z^2,
     * z^8 = z^4*z^4, summed left to right): the grouping decides the last bit.
     */
    private static double horner(double[] c, double z) {
        double z2 = z * z;
        double z4 = z2 * z2;
        double[] pw = {1.0, z2, z4, z4 * z2, z4 * z4};
        double sum = 0.0;
        for (int i = 0, k = 0; i < c.length; i += 2, k++) {
            double t = i + 1 < c.length ? c[i] + z * c[i + 1] : c[i];
            sum = k == 0 ? t : sum + pw[k] * t;
        }
        return sum;
    }

    /** exp(-x*x - 0.5625 + rs) with x*x split into an exact part (x's low 32 bits cleared) and a correction. */
    private static double expTail(double ax, double rs) {
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(ax) & 0xffffffff00000000L);
        return MathDD.exp(-z * z - 0.5625) * MathDD.exp((z - ax) * (z + ax) + rs);
    }

    static double erfD(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 1.0 : -1.0;
        }
        double ax = Math.abs(x);
        if (ax < 0.84375) {
            if (ax < 0x1p-28) {
                if (ax < Double.MIN_NORMAL) {
                    return 0.0625 * (16.0 * x + (16.0 * EFX) * x); // avoids spurious underflow
                }
                return x + EFX * x;
            }
            double z = x * x;
            double y = horner(PP, z) / horner(QQ, z);
            return x + x * y;
        }
        if (ax < 1.25) {
            double s = ax - 1.0;
            double p = horner(PA, s);
            double q = horner(QA, s);
            return x >= 0 ? ERX + p / q : -ERX - p / q;
        }
        if (ax >= 6) {
            return x >= 0 ? 1.0 - TINY : TINY - 1.0;
        }
        double s = 1.0 / (ax * ax);
        double rs = ax < 1 / 0.35 ? horner(RA, s) / horner(SA, s) : horner(RB, s) / horner(SB, s);
        double r = expTail(ax, rs);
        return x >= 0 ? 1.0 - r / ax : r / ax - 1.0;
    }

    static double erfcD(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 0.0 : 2.0;
        }
        double ax = Math.abs(x);
        if (ax < 0.84375) {
            if (ax < 0x1p-56) {
                return 1.0 - x;
            }
            double z = x * x;
            double y = horner(PP, z) / horner(QQ, z);
            if (x < 0.25) {
                return 1.0 - (x + x * y);
            }
            double r = x * y;
            r += (x - 0.5);
            return 0.5 - r;
        }
        if (ax < 1.25) {
            double s = ax - 1.0;
            double p = horner(PA, s);
            double q = horner(QA, s);
            if (x >= 0) {
                return (1.0 - ERX) - p / q;
            }
            return 1.0 + (ERX + p / q);
        }
        if (ax < 28) {
            double s = 1.0 / (ax * ax);
            double rs;
            if (ax < 1 / 0.35) {
                rs = horner(RA, s) / horner(SA, s);
            } else {
                if (x < -6) {
                    return 2.0 - TINY;
                }
                rs = horner(RB, s) / horner(SB, s);
            }
            double r = expTail(ax, rs);
            return x > 0 ? r / ax : 2.0 - r / ax;
        }
        return x > 0 ? TINY * TINY : 2.0 - TINY;
    }
}
