package org.pyvm.runtime.text;

/**
 * complex(str): "1+2j", "(1-2.5e3J)", "j", "-j", "1+j", "infj", with the whitespace,
 * Unicode digit and underscore rules of float().
 *
 * <p>Compare CPython Objects/complexobject.c: complex_subtype_from_string,
 * complex_from_string_inner; Python/pystrtod.c: _Py_string_to_number_with_underscores.
 */
public final class ComplexParser {

    private ComplexParser() {}

    private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    /**
     * complex(text) as {real, imag}.
     *
     * @throws TextFormatException ValueError "complex() arg is a malformed string", or
     *     "could not convert string to complex: '1__2j'" for a misplaced underscore
     */
    public static double[] parseComplex(String text) {
        String s = PyChars.toAsciiDigits(text);
        if (s.indexOf('_') >= 0) {
            s = withoutUnderscores(s);
            if (s == null) {
                throw TextFormatException.valueError("could not convert string to complex: " + StrRepr.repr(text));
            }
        }
        double[] out = new double[2];
        if (!parse(s, out)) {
            throw TextFormatException.valueError("complex() arg is a malformed string");
        }
        return out;
    }

    /** As the underscore rule of float(); a NUL after the underscores is an error too. */
    private static String withoutUnderscores(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        char prev = 0;
        int n = s.indexOf('\0');
        int end = n < 0 ? s.length() : n;
        for (int i = 0; i < end; i++) {
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
        if (prev == '_' || n >= 0) {
            return null;
        }
        return sb.toString();
    }

    private static boolean parse(String s, double[] out) {
        int end = s.length();
        int p = skipSpace(s, 0);
        boolean bracket = false;
        if (p < end && s.charAt(p) == '(') {
            bracket = true;
            p = skipSpace(s, p + 1);
        }
        double x = 0.0;
        double y = 0.0;
        double[] z = new double[1];
        int q = prefixFloat(s, p, z);
        if (q != p) {
            p = q;
            char c = p < end ? s.charAt(p) : 0;
            if (c == '+' || c == '-') {
                // <float><signed-float>j or <float><sign>j
                x = z[0];
                q = prefixFloat(s, p, z);
                if (q != p) {
                    y = z[0];
                    p = q;
                } else {
                    y = c == '+' ? 1.0 : -1.0;
                    p++;
                }
                if (!isJ(s, p)) {
                    return false;
                }
                p++;
            } else if (c == 'j' || c == 'J') {
                y = z[0];
                p++;
            } else {
                x = z[0];
            }
        } else {
            // <sign>j or j
            char c = p < end ? s.charAt(p) : 0;
            if (c == '+' || c == '-') {
                y = c == '+' ? 1.0 : -1.0;
                p++;
            } else {
                y = 1.0;
            }
            if (!isJ(s, p)) {
                return false;
            }
            p++;
        }
        p = skipSpace(s, p);
        if (bracket) {
            if (!(p < end && s.charAt(p) == ')')) {
                return false;
            }
            p = skipSpace(s, p + 1);
        }
        if (p != end) {
            return false;
        }
        out[0] = x;
        out[1] = y;
        return true;
    }

    private static boolean isJ(String s, int p) {
        return p < s.length() && (s.charAt(p) == 'j' || s.charAt(p) == 'J');
    }

    private static int skipSpace(String s, int p) {
        while (p < s.length() && PyChars.isAsciiSpace(s.charAt(p))) {
            p++;
        }
        return p;
    }

    /**
     * The longest float at s[p..]: [sign] (inf | infinity | nan | decimal), into z[0];
     * returns the end, or p when there is none. Compare pystrtod.c: _PyOS_ascii_strtod.
     */
    static int prefixFloat(String s, int p, double[] z) {
        int end = s.length();
        int i = p;
        boolean negative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (s.regionMatches(true, i, "inf", 0, 3)) {
            i += s.regionMatches(true, i + 3, "inity", 0, 5) ? 8 : 3;
            z[0] = negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return i;
        }
        if (s.regionMatches(true, i, "nan", 0, 3)) {
            z[0] = negative ? NEGATIVE_NAN : Double.NaN;
            return i + 3;
        }
        int digitsStart = i;
        int n = 0;
        while (i < end && isDigit(s.charAt(i))) {
            i++;
            n++;
        }
        if (i < end && s.charAt(i) == '.') {
            i++;
            while (i < end && isDigit(s.charAt(i))) {
                i++;
                n++;
            }
        }
        if (n == 0) {
            return p;
        }
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int k = i + 1;
            if (k < end && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                k++;
            }
            if (k < end && isDigit(s.charAt(k))) {
                while (k < end && isDigit(s.charAt(k))) {
                    k++;
                }
                i = k;
            }
        }
        double v = Double.parseDouble(s.substring(digitsStart, i));
        z[0] = negative ? -v : v;
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
