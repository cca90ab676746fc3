package org.pyvm.runtime.text;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * round() of floats, conversion of floats to int, and float.as_integer_ratio().
 *
 * <p>Compare CPython Objects/floatobject.c: float___round___impl, double_round,
 * float_as_integer_ratio_impl; Objects/longobject.c: PyLong_FromDouble.
 */
public final class FloatRounding {

    private FloatRounding() {}

    /** Above this, x always rounds to itself: (DBL_MANT_DIG - DBL_MIN_EXP) * log10(2). */
    private static final long NDIGITS_MAX = 323;
    /** Below this, x always rounds to a zero: -(DBL_MAX_EXP + 1) * log10(2). */
    private static final long NDIGITS_MIN = -308;

    /**
     * round(x, ndigits): correctly rounded, half-even on exact decimal ties
     * (round(2.675, 2) == 2.67 since 2.675 is really 2.67499999...). inf and nan round
     * to themselves. The runtime clips ndigits to a Py_ssize_t (long) as CPython does.
     *
     * @throws TextFormatException OverflowError "rounded value too large to represent"
     */
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        if (ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        // Compare double_round: round to a decimal string (dtoa mode 3), read it back.
        FloatDigits fd = FloatDigits.fixed(Math.abs(x), (int) ndigits);
        double r;
        if (fd.isZero()) {
            r = 0.0;
        } else {
            BigDecimal d = new BigDecimal(new BigInteger(fd.digitString()), fd.length - fd.decpt);
            r = d.doubleValue();
            if (Double.isInfinite(r)) {
                throw TextFormatException.overflowError("rounded value too large to represent");
            }
        }
        return x < 0 || (x == 0 && 1 / x < 0) ? -r : r;
    }

    /**
     * round(x) with no ndigits: the nearest integer, ties to even, as a Long when it
     * fits, else a BigInteger.
     *
     * @throws TextFormatException OverflowError "cannot convert float infinity to integer",
     *     ValueError "cannot convert float NaN to integer"
     */
    public static Number roundToInt(double x) {
        return toInt(Math.rint(x));
    }

    /**
     * int(x): x truncated toward zero, as a Long when it fits, else a BigInteger.
     *
     * @throws TextFormatException as {@link #roundToInt}
     */
    public static Number toInt(double x) {
        if (Double.isNaN(x)) {
            throw TextFormatException.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw TextFormatException.overflowError("cannot convert float infinity to integer");
        }
        if (x > -0x1p63 && x < 0x1p63) {
            return (long) x;
        }
        return new BigDecimal(x).toBigInteger();
    }

    /**
     * x.as_integer_ratio(): {numerator, denominator} in lowest terms, denominator a
     * positive power of two.
     *
     * @throws TextFormatException OverflowError "cannot convert Infinity to integer ratio",
     *     ValueError "cannot convert NaN to integer ratio"
     */
    public static BigInteger[] asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw TextFormatException.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw TextFormatException.valueError("cannot convert NaN to integer ratio");
        }
        if (x == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        int exp;
        if (biased == 0) {
            exp = -1074;
        } else {
            mant |= 1L << 52;
            exp = biased - 1075;
        }
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(bits < 0 ? -mant : mant);
        if (exp >= 0) {
            return new BigInteger[] {num.shiftLeft(exp), BigInteger.ONE};
        }
        return new BigInteger[] {num, BigInteger.ONE.shiftLeft(-exp)};
    }
}
