package org.pyvm.runtime.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a finite, non-negative double, as CPython's {@code _Py_dg_dtoa}
 * produces them: a digit string without leading or trailing zeros (just "0" for zero)
 * and the position {@link #decpt} of the decimal point, so that the value is
 * {@code 0.DIGITS * 10**decpt}.
 *
 * <p>Three modes, as in CPython Python/dtoa.c: {@link #shortest} (mode 0, the shortest
 * string that reads back as the same double, the closest one when there are several),
 * {@link #significant} (mode 2, correctly rounded to n significant digits) and
 * {@link #fixed} (mode 3, correctly rounded to n digits after the point). Rounding is
 * half-even on the exact binary value.
 */
final class FloatDigits {

    /** The digits, ASCII '0'..'9', in {@code digits[0..length)}. */
    final char[] digits;
    final int length;
    /** Decimal point position: the value is 0.d1d2d3... times 10**decpt. */
    final int decpt;

    private FloatDigits(char[] digits, int length, int decpt) {
        this.digits = digits;
        this.length = length;
        this.decpt = decpt;
    }

    private static final char[] ZERO_DIGITS = {'0'};

    /** Zero, as _Py_dg_dtoa reports it: "0" with the point after it. */
    static final FloatDigits ZERO = new FloatDigits(ZERO_DIGITS, 1, 1);

    boolean isZero() {
        return length == 1 && digits[0] == '0';
    }

    String digitString() {
        return new String(digits, 0, length);
    }

    // ---------------------------------------------------------------- mode 0

    /**
     * The shortest digits that round-trip, for a finite {@code abs >= 0}.
     * Built on Double.toString (JDK 19+), which already gives the shortest closest
     * decimal except that it never gives fewer than two digits: for the subnormals
     * where one digit is enough (5e-324) the one-digit candidates are tried.
     */
    static FloatDigits shortest(double abs) {
        if (abs == 0.0) {
            return ZERO;
        }
        String s = Double.toString(abs);
        int slen = s.length();
        char[] buf = new char[slen];
        int n = 0;
        int point = -1;
        int exp = 0;
        for (int i = 0; i < slen; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                point = n;
            } else if (c == 'E') {
                boolean neg = false;
                int j = i + 1;
                if (s.charAt(j) == '-') {
                    neg = true;
                    j++;
                }
                for (; j < slen; j++) {
                    exp = exp * 10 + (s.charAt(j) - '0');
                }
                if (neg) {
                    exp = -exp;
                }
                break;
            } else {
                buf[n++] = c;
            }
        }
        if (point < 0) {
            point = n;
        }
        int decpt = point + exp;
        int start = 0;
        while (start < n - 1 && buf[start] == '0') {
            start++;
            decpt--;
        }
        int end = n;
        while (end > start + 1 && buf[end - 1] == '0') {
            end--;
        }
        int len = end - start;
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, len);
        }
        if (len == 2 && abs < Double.MIN_NORMAL) {
            FloatDigits one = oneDigit(abs, buf[0] - '0', decpt);
            if (one != null) {
                return one;
            }
        }
        return new FloatDigits(buf, len, decpt);
    }

    /** A one-digit decimal that reads back as abs, the closer of d and d+1, or null. */
    private static FloatDigits oneDigit(double abs, int d, int decpt) {
        FloatDigits best = null;
        BigDecimal exact = null;
        BigDecimal bestDistance = null;
        for (int c = d; c <= d + 1; c++) {
            int digit = c;
            int dp = decpt;
            if (digit == 10) {
                digit = 1;
                dp++;
            }
            if (digit == 0) {
                continue;
            }
            BigDecimal candidate = BigDecimal.valueOf(digit, 1 - dp);
            if (candidate.doubleValue() != abs) {
                continue;
            }
            if (exact == null) {
                exact = new BigDecimal(abs);
            }
            BigDecimal distance = candidate.subtract(exact).abs();
            if (best == null || distance.compareTo(bestDistance) < 0) {
                best = new FloatDigits(new char[] {(char) ('0' + digit)}, 1, dp);
                bestDistance = distance;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- modes 2 and 3

    /** Correctly rounded to {@code n >= 1} significant digits (dtoa mode 2). */
    static FloatDigits significant(double abs, int n) {
        if (abs == 0.0) {
            return ZERO;
        }
        if (n <= FAST_DIGITS && abs >= Double.MIN_NORMAL) {
            FloatDigits s = shortest(abs);
            FloatDigits r = roundShortest(s, n);
            if (r != null) {
                return r;
            }
        }
        BigDecimal bd = new BigDecimal(abs).round(new MathContext(n, RoundingMode.HALF_EVEN));
        return fromBigDecimal(bd);
    }

    /**
     * Correctly rounded to {@code n} digits after the decimal point (dtoa mode 3);
     * n may be negative (round to tens, hundreds...). A value that rounds to zero
     * gives {@link #ZERO}.
     */
    static FloatDigits fixed(double abs, int n) {
        if (abs == 0.0) {
            return ZERO;
        }
        if (n <= FAST_DIGITS && abs >= Double.MIN_NORMAL) {
            FloatDigits s = shortest(abs);
            long keep = (long) s.decpt + n;
            if (keep >= 1 && keep <= FAST_DIGITS) {
                FloatDigits r = roundShortest(s, (int) keep);
                if (r != null) {
                    return r;
                }
            }
        }
        BigDecimal bd = new BigDecimal(abs).setScale(n, RoundingMode.HALF_EVEN);
        return fromBigDecimal(bd);
    }

    /**
     * Up to this many significant digits, the grid of n-digit decimals is more than
     * 40 ulps wide, so rounding the shortest repr gives the same result as rounding the
     * exact value unless the first dropped digit is 4 or 5 (x is within half an ulp of
     * its shortest repr). Not true of subnormals, whose ulp is relatively larger.
     */
    private static final int FAST_DIGITS = 14;

    /** The shortest digits rounded to keep digits, or null when that may be wrong. */
    private static FloatDigits roundShortest(FloatDigits s, int keep) {
        if (s.length <= keep) {
            return s;
        }
        char next = s.digits[keep];
        if (next == '4' || next == '5') {
            return null;
        }
        char[] d = new char[keep];
        System.arraycopy(s.digits, 0, d, 0, keep);
        int decpt = s.decpt;
        int len = keep;
        if (next > '5') {
            int i = keep - 1;
            while (i >= 0 && d[i] == '9') {
                i--;
            }
            if (i < 0) {
                d[0] = '1';
                len = 1;
                decpt++;
            } else {
                d[i]++;
                len = i + 1;
            }
        }
        while (len > 1 && d[len - 1] == '0') {
            len--;
        }
        return new FloatDigits(d, len, decpt);
    }

    private static FloatDigits fromBigDecimal(BigDecimal bd) {
        BigInteger unscaled = bd.unscaledValue();
        if (unscaled.signum() == 0) {
            return ZERO;
        }
        String s = unscaled.toString();
        int len = s.length();
        int decpt = len - bd.scale();
        while (len > 1 && s.charAt(len - 1) == '0') {
            len--;
        }
        char[] d = new char[len];
        s.getChars(0, len, d, 0);
        return new FloatDigits(d, len, decpt);
    }
}
