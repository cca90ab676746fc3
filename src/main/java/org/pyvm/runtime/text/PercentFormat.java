package org.pyvm.runtime.text;

import java.math.BigInteger;

/**
 * The number conversions of printf-style formatting, {@code str % args}: the part of
 * each conversion that depends only on the value, its flags, width and precision. The
 * runtime parses the format string, fetches and checks the arguments (%d of a float
 * goes through int(), %x of a float is a TypeError, ...) and calls these.
 *
 * <p>Compare CPython Objects/unicodeobject.c: _PyUnicode_FormatLong, formatfloat,
 * formatchar, unicode_format_arg_output.
 */
public final class PercentFormat {

    /** '-': left-justify. */
    public static final int F_LJUST = 1;
    /** '+': always a sign. */
    public static final int F_SIGN = 2;
    /** ' ': a space for non-negative numbers. */
    public static final int F_BLANK = 4;
    /** '#': alternate form. */
    public static final int F_ALT = 8;
    /** '0': pad numbers with zeros. */
    public static final int F_ZERO = 16;

    private PercentFormat() {}

    /**
     * %d %i %u %o %x %X of an int.
     *
     * @param width -1 when not given
     * @param prec  -1 when not given: the minimum number of digits otherwise
     */
    public static String formatInt(long v, char type, int flags, int width, int prec) {
        return formatIntText(Long.toString(v, base(type)), type, flags, width, prec);
    }

    /** As {@link #formatInt(long, char, int, int, int)}; decimal output obeys the digit limit. */
    public static String formatInt(BigInteger v, char type, int flags, int width, int prec, int maxStrDigits) {
        return formatIntText(IntText.toString(v, base(type), maxStrDigits), type, flags, width, prec);
    }

    private static int base(char type) {
        return switch (type) {
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            case 'd', 'i', 'u' -> 10;
            default -> throw new IllegalArgumentException("not an int conversion: " + type);
        };
    }

    /** Compare _PyUnicode_FormatLong: digits padded to prec, the base prefix, the case. */
    private static String formatIntText(String digits, char type, int flags, int width, int prec) {
        boolean negative = digits.charAt(0) == '-';
        int numDigits = digits.length() - (negative ? 1 : 0);
        boolean alt = (flags & F_ALT) != 0 && type != 'd' && type != 'i' && type != 'u';
        StringBuilder sb = new StringBuilder(Math.max(prec, numDigits) + 4);
        if (negative) {
            sb.append('-');
        }
        if (alt) {
            sb.append('0').append(type == 'o' ? 'o' : type);
        }
        for (int i = numDigits; i < prec; i++) {
            sb.append('0');
        }
        if (type == 'X') {
            for (int i = negative ? 1 : 0; i < digits.length(); i++) {
                sb.append(Character.toUpperCase(digits.charAt(i)));
            }
        } else {
            sb.append(digits, negative ? 1 : 0, digits.length());
        }
        return output(sb.toString(), type, flags, width, true, alt);
    }

    /**
     * %e %E %f %F %g %G of a float.
     *
     * @param prec -1 when not given (6)
     */
    public static String formatFloat(double v, char type, int flags, int width, int prec) {
        int p = prec < 0 ? 6 : prec;
        String text = DoubleFormat.format(v, type, p, (flags & F_ALT) != 0 ? DoubleFormat.ALT : 0);
        return output(text, type, flags, width, true, false);
    }

    /**
     * %c of an int: the character with that code point, padded to width.
     *
     * @throws TextFormatException OverflowError "%c arg not in range(0x110000)"
     */
    public static String formatChar(long codePoint, int flags, int width) {
        if (codePoint < 0 || codePoint > 0x10ffff) {
            throw TextFormatException.overflowError("%c arg not in range(0x110000)");
        }
        return formatText(new String(Character.toChars((int) codePoint)), 'c', flags, width, -1);
    }

    /**
     * %s %r %a %c of a text already converted: cut to prec code points (for s, r, a),
     * padded with spaces to width (the '0' flag does not apply to text).
     */
    public static String formatText(String text, char type, int flags, int width, int prec) {
        String s = text;
        if (prec >= 0 && type != 'c') {
            int cps = s.codePointCount(0, s.length());
            if (cps > prec) {
                s = s.substring(0, s.offsetByCodePoints(0, prec));
            }
        }
        if (width < 0) {
            return s;
        }
        int len = s.codePointCount(0, s.length());
        if (width <= len) {
            return s;
        }
        StringBuilder sb = new StringBuilder(Math.min(width, 1 << 12) + s.length());
        if ((flags & F_LJUST) != 0) {
            sb.append(s);
            NumberLayout.fill(sb, ' ', width - len);
        } else {
            NumberLayout.fill(sb, ' ', width - len);
            sb.append(s);
        }
        return sb.toString();
    }

    /**
     * Sign, zero or space padding and the '0x' prefix placed around a number's text.
     * Compare unicodeobject.c: unicode_format_arg_output.
     */
    private static String output(String str, char type, int flags, int width, boolean numeric, boolean alt) {
        int len = str.length();
        if ((width < 0 || width <= len) && (flags & (F_SIGN | F_BLANK)) == 0) {
            return str;
        }
        char fill = (flags & F_ZERO) != 0 && numeric ? '0' : ' ';
        int pindex = 0;
        char signChar = 0;
        boolean sign = true;
        char c0 = str.charAt(0);
        if (c0 == '-' || c0 == '+') {
            signChar = c0;
            len--;
            pindex++;
        } else if ((flags & F_SIGN) != 0) {
            signChar = '+';
        } else if ((flags & F_BLANK) != 0) {
            signChar = ' ';
        } else {
            sign = false;
        }
        if (width < len) {
            width = len;
        }
        StringBuilder sb = new StringBuilder(Math.min(width, 1 << 12) + 2);
        if (sign) {
            if (fill != ' ') {
                sb.append(signChar);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefix = alt && (type == 'x' || type == 'X' || type == 'o');
        if (prefix) {
            if (fill != ' ') {
                sb.append(str, pindex, pindex + 2);
                pindex += 2;
            }
            width -= 2;
            if (width < 0) {
                width = 0;
            }
            len -= 2;
        }
        boolean ljust = (flags & F_LJUST) != 0;
        if (width > len && !ljust) {
            NumberLayout.fill(sb, fill, width - len);
            width = len;
        }
        if (fill == ' ') {
            if (sign) {
                sb.append(signChar);
            }
            if (prefix) {
                sb.append(str, pindex, pindex + 2);
                pindex += 2;
            }
        }
        sb.append(str, pindex, str.length());
        if (width > len) {
            NumberLayout.fill(sb, ' ', width - len);
        }
        return sb.toString();
    }
}
