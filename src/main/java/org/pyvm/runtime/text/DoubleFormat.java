package org.pyvm.runtime.text;

/**
 * A double to text in one of the formats 'e', 'f', 'g' (and upper-case forms) or 'r'
 * (repr), with the flags of CPython's {@code PyOS_double_to_string}. The building block
 * of repr(float), format() and %-formatting.
 *
 * <p>Compare CPython Python/pystrtod.c: PyOS_double_to_string, format_float_short.
 */
public final class DoubleFormat {

    /** Always give a sign ('+' for non-negative values). Py_DTSF_SIGN. */
    public static final int SIGN = 1;
    /** Add ".0" to a result that would look like an integer. Py_DTSF_ADD_DOT_0. */
    public static final int ADD_DOT_0 = 2;
    /** Alternate form ('#'): keep the point and the trailing zeros of 'g'. Py_DTSF_ALT. */
    public static final int ALT = 4;
    /** Turn a result that rounds to negative zero into positive zero ('z'). Py_DTSF_NO_NEG_0. */
    public static final int NO_NEG_0 = 8;

    private DoubleFormat() {}

    /**
     * {@code val} formatted with code 'e', 'E', 'f', 'F', 'g', 'G' or 'r' (precision
     * ignored for 'r'), precision >= 0 digits, and the flags above.
     */
    public static String format(double val, char code, int precision, int flags) {
        StringBuilder sb = new StringBuilder(24);
        append(sb, val, code, precision, flags);
        return sb.toString();
    }

    /** As {@link #format}, appending to sb. */
    public static void append(StringBuilder sb, double val, char code, int precision, int flags) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char lower = upper ? (char) (code + ('a' - 'A')) : code;
        boolean negative = (Double.doubleToRawLongBits(val) < 0);
        if (Double.isNaN(val)) {
            // format_float_short never gives NaN a sign of its own.
            if ((flags & SIGN) != 0) {
                sb.append('+');
            }
            sb.append(upper ? "NAN" : "nan");
            return;
        }
        if (Double.isInfinite(val)) {
            if (negative) {
                sb.append('-');
            } else if ((flags & SIGN) != 0) {
                sb.append('+');
            }
            sb.append(upper ? "INF" : "inf");
            return;
        }
        double abs = Math.abs(val);
        FloatDigits fd;
        int mode;
        switch (lower) {
            case 'e' -> {
                precision++;
                fd = FloatDigits.significant(abs, precision);
            }
            case 'f' -> fd = FloatDigits.fixed(abs, precision);
            case 'g' -> {
                if (precision == 0) {
                    precision = 1;
                }
                fd = FloatDigits.significant(abs, precision);
            }
            case 'r' -> fd = FloatDigits.shortest(abs);
            default -> throw new IllegalArgumentException("format code " + code);
        }
        if (negative && (flags & NO_NEG_0) != 0 && fd.isZero()) {
            negative = false;
        }
        formatDigits(sb, fd, negative, lower, upper, precision, flags);
    }

    /**
     * Lays out digits as format_float_short does: a slice of the digit string padded
     * with zeros on both sides, a point, and maybe an exponent.
     */
    private static void formatDigits(StringBuilder sb, FloatDigits fd, boolean negative, char code,
                                     boolean upper, int precision, int flags) {
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean alt = (flags & ALT) != 0;
        int digitsLen = fd.length;
        int decpt = fd.decpt;
        boolean useExp = false;
        int exp = 0;
        int vdigitsEnd = digitsLen;
        switch (code) {
            case 'e' -> {
                useExp = true;
                vdigitsEnd = precision;
            }
            case 'f' -> vdigitsEnd = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vdigitsEnd = precision;
                }
            }
            default -> {
                // 'r': exponent from 1e16 on, as repr has done since Python 3.1.
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
            }
        }
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }
        if ((long) vdigitsEnd - vdigitsStart > Integer.MAX_VALUE - 64 - sb.length()) {
            // CPython may manage to allocate this; a Java String cannot hold it.
            throw new TextFormatException("MemoryError", "");
        }
        if (negative) {
            sb.append('-');
        } else if ((flags & SIGN) != 0) {
            sb.append('+');
        }
        int before = sb.length();
        if (decpt <= 0) {
            zeros(sb, decpt - vdigitsStart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(fd.digits, 0, decpt);
            sb.append('.');
            sb.append(fd.digits, decpt, digitsLen - decpt);
        } else {
            sb.append(fd.digits, 0, digitsLen);
        }
        if (digitsLen < decpt) {
            zeros(sb, decpt - digitsLen);
            sb.append('.');
            zeros(sb, vdigitsEnd - decpt);
        } else {
            zeros(sb, vdigitsEnd - digitsLen);
        }
        if (sb.length() > before && sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e');
            if (exp < 0) {
                sb.append('-');
                exp = -exp;
            } else {
                sb.append('+');
            }
            if (exp < 10) {
                sb.append('0');
            }
            sb.append(exp);
        }
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }
}
