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
        if (n <= 18) {
            FloatDigits r = significantExact(abs, n);
            if (r != null) {
                return r;
            }
        }
        if (n <= FAST_DIGITS && abs >= Double.MIN_NORMAL) {
            FloatDigits s = shortest(abs);
            FloatDigits r = roundShortest(s, n);
            if (r != null) {
                return r;
            }
        }
        // A double has at most 767 significant digits: more asked for are zeros.
        BigDecimal bd = new BigDecimal(abs).round(new MathContext(Math.min(n, 800), RoundingMode.HALF_EVEN));
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
        if (n >= 0 && n <= MAX_POW5) {
            FloatDigits r = fixedExact(abs, n);
            if (r != null) {
                return r;
            }
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
        // A double has at most 1074 digits after the point: more asked for are zeros.
        BigDecimal bd = new BigDecimal(abs).setScale(Math.min(n, 1100), RoundingMode.HALF_EVEN);
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

    // ------------------------------------------------ exact 128-bit fast path

    /** 5**27 is the largest power of five below 2**63. */
    private static final int MAX_POW5 = 27;
    private static final long[] POW5 = new long[MAX_POW5 + 1];
    private static final long[] POW10 = new long[19];

    static {
        POW5[0] = 1;
        for (int i = 1; i <= MAX_POW5; i++) {
            POW5[i] = POW5[i - 1] * 5;
        }
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /**
     * round-half-even(abs * 10**n) computed exactly in 128-bit integers, for
     * 0 <= n <= 27, or -1 when the result or the arithmetic does not fit. With
     * abs = m * 2**e: abs * 10**n = m * 5**n / 2**(-e-n).
     */
    private static long scaledExact(double abs, int n) {
        long bits = Double.doubleToRawLongBits(abs);
        int biased = (int) (bits >>> 52);
        long m = bits & 0xfffffffffffffL;
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        long p5 = POW5[n];
        long lo = m * p5;
        long hi = Math.multiplyHigh(m, p5);
        int k = -e - n; // the product is to be divided by 2**k
        if (k <= 0) {
            // An integer: product times 2**-k, when it fits in 63 bits.
            if (hi != 0 || lo < 0 || -k >= 63 || (lo >>> (63 + k)) != 0) {
                return -1;
            }
            return lo << -k;
        }
        if (k >= 120) {
            return 0; // the product is below 2**116, under half of 2**k
        }
        long q;
        int cmp; // remainder compared with half of 2**k
        if (k < 64) {
            long qHi = hi >>> k;
            q = (lo >>> k) | (k == 0 ? 0 : hi << (64 - k));
            if (qHi != 0 || q < 0) {
                return -1;
            }
            long rem = lo & ((1L << k) - 1);
            long half = 1L << (k - 1);
            cmp = Long.compare(rem, half);
        } else if (k == 64) {
            q = hi;
            cmp = Long.compareUnsigned(lo, 1L << 63);
        } else {
            int k2 = k - 64;
            q = hi >>> k2;
            long remHi = hi & ((1L << k2) - 1);
            long halfHi = 1L << (k2 - 1);
            cmp = remHi != halfHi ? Long.compare(remHi, halfHi) : (lo == 0 ? 0 : 1);
        }
        if (q < 0) {
            return -1;
        }
        if (cmp > 0 || (cmp == 0 && (q & 1) != 0)) {
            q++;
        }
        return q;
    }

    /** Digits of the integer q read as q / 10**n, or ZERO. */
    private static FloatDigits fromScaled(long q, int n) {
        if (q == 0) {
            return ZERO;
        }
        int len = digitCount(q);
        char[] d = new char[len];
        long v = q;
        for (int i = len - 1; i >= 0; i--) {
            d[i] = (char) ('0' + (int) (v % 10));
            v /= 10;
        }
        int end = len;
        while (end > 1 && d[end - 1] == '0') {
            end--;
        }
        return new FloatDigits(d, end, len - n);
    }

    private static int digitCount(long q) {
        int len = 1;
        while (len < 19 && q >= POW10[len]) {
            len++;
        }
        return len;
    }

    /** Mode 3 by the exact path, or null. */
    private static FloatDigits fixedExact(double abs, int n) {
        long q = scaledExact(abs, n);
        return q < 0 ? null : fromScaled(q, n);
    }

    /**
     * Mode 2 by the exact path, or null: with decpt D (10**(D-1) <= abs < 10**D),
     * n significant digits are n - D digits after the point. D comes from log10 and is
     * corrected by the digit count of the result.
     */
    private static FloatDigits significantExact(double abs, int n) {
        int d = (int) Math.floor(Math.log10(abs)) + 1;
        for (int attempt = 0; attempt < 3; attempt++) {
            int after = n - d;
            if (after < 0 || after > MAX_POW5) {
                return null;
            }
            long q = scaledExact(abs, after);
            if (q < 0) {
                return null;
            }
            if (q < POW10[n - 1]) {
                d--; // abs < 10**(d-1): too few digits
            } else if (n < 19 && q > POW10[n]) {
                d++; // too many digits (q == 10**n is a legitimate carry)
            } else {
                return fromScaled(q, after);
            }
        }
        return null;
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
