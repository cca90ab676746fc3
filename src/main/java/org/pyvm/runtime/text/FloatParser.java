package org.pyvm.runtime.text;

/**
 * float(str): what CPython 3.12 accepts and nothing more. Surrounding whitespace
 * (Unicode whitespace too) is stripped, Unicode decimal digits count as digits, '_' may
 * stand only between digits, "inf", "infinity" and "nan" in any case with a sign, no
 * hexadecimal. Out-of-range values give inf or 0.0 as in CPython.
 *
 * <p>Compare CPython Objects/floatobject.c: PyFloat_FromString, float_from_string_inner;
 * Python/pystrtod.c: _PyOS_ascii_strtod, _Py_parse_inf_or_nan;
 * Python/pystrtod.c: _Py_string_to_number_with_underscores.
 */
public final class FloatParser {

    private FloatParser() {}

    private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    /**
     * float(text).
     *
     * @throws TextFormatException ValueError "could not convert string to float: 'abc'"
     */
    public static double parseFloat(String text) {
        double d = parse(text);
        if (Double.doubleToRawLongBits(d) == FAIL_BITS) {
            throw error(text);
        }
        return d;
    }

    /** A NaN with a payload no parse produces: the parser's "rejected" answer. */
    private static final long FAIL_BITS = 0x7ffc00000000badL;
    private static final double FAIL = Double.longBitsToDouble(FAIL_BITS);

    private static TextFormatException error(String text) {
        return TextFormatException.valueError("could not convert string to float: " + PyChars.repr(text));
    }

    /** The value of text, or FAIL when float() would reject it. */
    static double parse(String text) {
        String s = PyChars.toAsciiDigits(text);
        int start = 0;
        int end = s.length();
        while (start < end && PyChars.isAsciiSpace(s.charAt(start))) {
            start++;
        }
        while (end > start + 1 && PyChars.isAsciiSpace(s.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return FAIL;
        }
        if (s.indexOf('_', start) >= 0) {
            s = withoutUnderscores(s, start, end);
            if (s == null) {
                return FAIL;
            }
            start = 0;
            end = s.length();
        }
        return parseAscii(s, start, end);
    }

    /**
     * The text without underscores, or null when one is not between two digits.
     * Compare pystrtod.c: _Py_string_to_number_with_underscores.
     */
    private static String withoutUnderscores(String s, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        char prev = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) {
                    return null;
                }
            } else {
                if (prev == '_' && !(c >= '0' && c <= '9')) {
                    return null;
                }
                sb.append(c);
            }
            prev = c;
        }
        if (prev == '_') {
            return null;
        }
        return sb.toString();
    }

    /** Parses s[start..end) entirely as a decimal float or inf/nan, else null. */
    private static double parseAscii(String s, int start, int end) {
        int p = start;
        boolean negative = false;
        char c = s.charAt(p);
        if (c == '+' || c == '-') {
            negative = c == '-';
            p++;
        }
        if (p < end) {
            char d = s.charAt(p);
            if (d == 'i' || d == 'I' || d == 'n' || d == 'N') {
                return infOrNan(s, p, end, negative);
            }
        }
        int digitsStart = p;
        int nDigits = 0;
        while (p < end && isDigit(s.charAt(p))) {
            p++;
            nDigits++;
        }
        if (p < end && s.charAt(p) == '.') {
            p++;
            while (p < end && isDigit(s.charAt(p))) {
                p++;
                nDigits++;
            }
        }
        if (nDigits == 0) {
            return FAIL;
        }
        if (p < end && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
            int q = p + 1;
            if (q < end && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
                q++;
            }
            if (q < end && isDigit(s.charAt(q))) {
                while (q < end && isDigit(s.charAt(q))) {
                    q++;
                }
                p = q;
            }
        }
        if (p != end) {
            return FAIL;
        }
        // The syntax is a subset of Java's, whose conversion is correctly rounded.
        double v = Double.parseDouble(s.substring(digitsStart, end));
        return negative ? -v : v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** "inf", "infinity" or "nan", any case, filling s[p..end). */
    private static double infOrNan(String s, int p, int end, boolean negative) {
        int n = end - p;
        if ((n == 3 && s.regionMatches(true, p, "inf", 0, 3)) || (n == 8 && s.regionMatches(true, p, "infinity", 0, 8))) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (n == 3 && s.regionMatches(true, p, "nan", 0, 3)) {
            return negative ? NEGATIVE_NAN : Double.NaN;
        }
        return FAIL;
    }
}
