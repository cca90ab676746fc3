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
        return parse(PyChars.toAsciiDigits(text), text);
    }

    /**
     * float(b) of a bytes or bytearray: only ASCII digits and whitespace count; the
     * error shows the bytes' repr.
     *
     * @throws TextFormatException ValueError "could not convert string to float: b'abc'"
     */
    public static double parseFloat(byte[] bytes) {
        return parse(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), bytes);
    }

    /**
     * PyOS_string_to_double(s, NULL, NULL): the whole string as a float literal, without the
     * surrounding whitespace and the underscores that float() allows.
     *
     * @throws TextFormatException ValueError "could not convert string to float: 's'" (the
     *     text itself in quotes, at most 200 characters, as pystrtod.c's '%.200s')
     */
    public static double stringToDouble(String s) {
        if (s.isEmpty() || PyChars.isAsciiSpace(s.charAt(0)) || PyChars.isAsciiSpace(s.charAt(s.length() - 1))
            || s.indexOf('_') >= 0) {
            throw TextFormatException.valueError("could not convert string to float: '"
                + s.substring(0, Math.min(200, s.length())) + "'");
        }
        try {
            return parse(s, s);
        } catch (TextFormatException e) {
            throw TextFormatException.valueError("could not convert string to float: '"
                + s.substring(0, Math.min(200, s.length())) + "'");
        }
    }

    /** The parse proper of ASCII-transformed text s; original is the str or byte[] for errors. */
    private static double parse(String s, Object original) {
        int start = 0;
        int end = s.length();
        while (start < end && PyChars.isAsciiSpace(s.charAt(start))) {
            start++;
        }
        while (end > start + 1 && PyChars.isAsciiSpace(s.charAt(end - 1))) {
            end--;
        }
        if (start < end && s.indexOf('_', start) >= 0) {
            s = withoutUnderscores(s, start, end);
            start = 0;
            end = s == null ? 0 : s.length();
        }
        if (start < end) {
            int p = start;
            char c = s.charAt(p);
            boolean negative = false;
            if (c == '+' || c == '-') {
                negative = c == '-';
                p++;
            }
            if (p < end && isInfOrNanStart(s.charAt(p))) {
                int n = end - p;
                if ((n == 3 && s.regionMatches(true, p, "inf", 0, 3))
                    || (n == 8 && s.regionMatches(true, p, "infinity", 0, 8))) {
                    return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                }
                if (n == 3 && s.regionMatches(true, p, "nan", 0, 3)) {
                    return negative ? NEGATIVE_NAN : Double.NaN;
                }
            } else {
                double d = parseDecimal(s, p, end);
                if (d == d) {
                    return negative ? -d : d;
                }
            }
        }
        throw TextFormatException.valueError("could not convert string to float: "
            + (original instanceof byte[] b ? StrRepr.bytesRepr(b) : StrRepr.repr((String) original)));
    }

    private static boolean isInfOrNanStart(char c) {
        return c == 'i' || c == 'I' || c == 'n' || c == 'N';
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

    /**
     * The value of the unsigned decimal s[p..end), or NaN when it is not one
     * (a decimal is never NaN, so NaN can say "rejected").
     */
    private static double parseDecimal(String s, int p, int end) {
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
            return Double.NaN;
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
            return Double.NaN;
        }
        // The syntax is a subset of Java's, whose conversion is correctly rounded.
        return Double.parseDouble(s.substring(digitsStart, end));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
