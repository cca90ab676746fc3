package org.pyvm.runtime.text;

/**
 * float.hex() and float.fromhex().
 *
 * <p>Compare CPython Objects/floatobject.c: float_hex, float_fromhex.
 */
public final class FloatHex {

    private FloatHex() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * x.hex(): "0x1.8000000000000p+0", always 13 fraction digits, subnormals as
     * "0x0.0000000000001p-1022"; "inf", "-inf", "nan" and "-0x0.0p+0" as CPython.
     */
    public static String hex(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return FloatRepr.repr(x);
        }
        long bits = Double.doubleToRawLongBits(x);
        boolean negative = bits < 0;
        if (x == 0.0) {
            return negative ? "-0x0.0p+0" : "0x0.0p+0";
        }
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mantissa = bits & 0xfffffffffffffL;
        int lead;
        int exp;
        if (biased == 0) {
            lead = 0;
            exp = -1022;
        } else {
            lead = 1;
            exp = biased - 1023;
        }
        StringBuilder sb = new StringBuilder(24);
        if (negative) {
            sb.append('-');
        }
        sb.append("0x").append((char) ('0' + lead)).append('.');
        for (int shift = 48; shift >= 0; shift -= 4) {
            sb.append(HEX[(int) ((mantissa >>> shift) & 0xf)]);
        }
        sb.append('p').append(exp < 0 ? '-' : '+').append(Math.abs(exp));
        return sb.toString();
    }

    /**
     * float.fromhex(s): {@code [ws][sign](inf|infinity|nan|[0x]hex[.hex][p[sign]digits])[ws]},
     * correctly rounded (half-even).
     *
     * @throws TextFormatException ValueError "invalid hexadecimal floating-point string",
     *     OverflowError "hexadecimal value too large to represent as a float"
     */
    public static double fromHex(String s) {
        int end = s.length();
        int p = 0;
        while (p < end && PyChars.isAsciiSpace(s.charAt(p))) {
            p++;
        }
        boolean negate = false;
        if (p < end && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            negate = s.charAt(p) == '-';
            p++;
        }
        // inf, infinity or nan: compare _Py_parse_inf_or_nan, which reads a prefix.
        if (p < end && (s.charAt(p) == 'i' || s.charAt(p) == 'I' || s.charAt(p) == 'n' || s.charAt(p) == 'N')) {
            double x;
            if (s.regionMatches(true, p, "infinity", 0, 8)) {
                x = Double.POSITIVE_INFINITY;
                p += 8;
            } else if (s.regionMatches(true, p, "inf", 0, 3)) {
                x = Double.POSITIVE_INFINITY;
                p += 3;
            } else if (s.regionMatches(true, p, "nan", 0, 3)) {
                x = Double.NaN;
                p += 3;
            } else {
                throw invalid();
            }
            return finish(s, p, negate ? -x : x);
        }
        if (p < end && s.charAt(p) == '0') {
            if (p + 1 < end && (s.charAt(p + 1) == 'x' || s.charAt(p + 1) == 'X')) {
                p += 2;
            }
        }
        // coefficient: <integer> [. <fraction>]
        int coeffStart = p;
        while (p < end && hexValue(s.charAt(p)) >= 0) {
            p++;
        }
        int intEnd = p;
        int fracStart = p;
        int fracEnd = p;
        if (p < end && s.charAt(p) == '.') {
            p++;
            fracStart = p;
            while (p < end && hexValue(s.charAt(p)) >= 0) {
                p++;
            }
            fracEnd = p;
        }
        int intDigits = intEnd - coeffStart;
        int fracDigits = fracEnd - fracStart;
        if (intDigits + fracDigits == 0) {
            throw invalid();
        }
        long exp = 0;
        if (p < end && (s.charAt(p) == 'p' || s.charAt(p) == 'P')) {
            p++;
            boolean expNeg = false;
            if (p < end && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                expNeg = s.charAt(p) == '-';
                p++;
            }
            if (!(p < end && s.charAt(p) >= '0' && s.charAt(p) <= '9')) {
                throw invalid();
            }
            while (p < end && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
                // strtol saturates; anything this big overflows or underflows anyway.
                if (exp < 1L << 40) {
                    exp = exp * 10 + (s.charAt(p) - '0');
                }
                p++;
            }
            if (expNeg) {
                exp = -exp;
            }
        }
        double x = value(s, coeffStart, intEnd, fracStart, fracEnd, exp);
        return finish(s, p, negate ? -x : x);
    }

    /** Trailing whitespace, then the end. */
    private static double finish(String s, int p, double x) {
        int end = s.length();
        while (p < end && PyChars.isAsciiSpace(s.charAt(p))) {
            p++;
        }
        if (p != end) {
            throw invalid();
        }
        return x;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * The hex digits (integer part, then fraction part) times 2**exp, rounded half-even
     * to a double.
     */
    private static double value(String s, int intStart, int intEnd, int fracStart, int fracEnd, long exp) {
        // Digits from the most significant, skipping leading zeros.
        int n = (intEnd - intStart) + (fracEnd - fracStart);
        int[] digits = new int[n];
        int k = 0;
        for (int i = intStart; i < intEnd; i++) {
            digits[k++] = hexValue(s.charAt(i));
        }
        for (int i = fracStart; i < fracEnd; i++) {
            digits[k++] = hexValue(s.charAt(i));
        }
        int first = 0;
        while (first < n && digits[first] == 0) {
            first++;
        }
        if (first == n || exp < Long.MIN_VALUE / 2) {
            return 0.0;
        }
        if (exp > Long.MAX_VALUE / 2) {
            throw tooLarge();
        }
        // Value = 0.DDDD (hex) * 2**topExp with DDDD starting at a nonzero digit:
        // topExp = one more than the exponent of the top bit.
        long e = exp - 4L * (fracEnd - fracStart);        // value = INT(digits) * 2**e
        int nd = n - first;
        long topExp = e + 4L * (nd - 1);
        for (int d = digits[first]; d != 0; d >>= 1) {
            topExp++;
        }
        if (topExp < -1074) { // below half the smallest subnormal (DBL_MIN_EXP - DBL_MANT_DIG)
            return 0.0;
        }
        if (topExp > 1024) {
            throw tooLarge();
        }
        // The value's top bit is 2**(topExp-1); keep bits down to 2**lsb.
        long lsb = Math.max(topExp, -1021) - 53;
        // Gather the bits of the coefficient above lsb into a long, and whether the
        // rest is exactly half, more or less.
        long mant = 0;
        int halfBit = 0;
        boolean sticky = false;
        long bitExp = e + 4L * nd; // exponent just above the top digit's top bit
        for (int i = first; i < n; i++) {
            int d = digits[i];
            for (int b = 3; b >= 0; b--) {
                bitExp--;
                int bit = (d >> b) & 1;
                if (bitExp >= lsb) {
                    mant = (mant << 1) | bit;
                } else if (bitExp == lsb - 1) {
                    halfBit = bit;
                } else if (bit != 0) {
                    sticky = true;
                }
            }
        }
        // The coefficient may end above lsb: scale it up.
        long scale = bitExp - lsb;
        if (scale > 0) {
            mant <<= scale;
        }
        if (halfBit == 1 && (sticky || (mant & 1) == 1)) {
            mant++;
        }
        if (topExp == 1024 && mant >= 1L << 53) {
            throw tooLarge();
        }
        return Math.scalb((double) mant, (int) lsb);
    }

    private static TextFormatException invalid() {
        return TextFormatException.valueError("invalid hexadecimal floating-point string");
    }

    private static TextFormatException tooLarge() {
        return TextFormatException.overflowError("hexadecimal value too large to represent as a float");
    }
}
