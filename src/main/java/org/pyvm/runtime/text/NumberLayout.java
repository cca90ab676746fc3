package org.pyvm.runtime.text;

/**
 * Lays a formatted number out in its field:
 * {@code <lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>},
 * with thousands grouping and the zero padding of '0' / '=' that runs through the
 * separators ({@code format(1234, '010,') == '00,001,234'}).
 *
 * <p>Compare CPython Python/formatter_unicode.c: calc_number_widths, fill_number, and
 * Objects/unicodeobject.c: _PyUnicode_InsertThousandsGrouping.
 */
final class NumberLayout {

    private NumberLayout() {}

    /**
     * Appends the number to out.
     *
     * @param signChar   '-' when the number is negative, else 0
     * @param prefix     "0x", "0b", "0o" or ""
     * @param number     text holding the digits, decimal point and remainder
     * @param digStart   index in number of the first digit
     * @param nDigits    how many integer digits (ASCII) there are
     * @param hasDecimal whether a '.' follows the digits
     * @param remCps     code points of the remainder (fraction, exponent, "inf", 'c' char)
     * @param grouping   FormatSpec.NO_GROUPING, COMMA, UNDERSCORE or UNDERSCORE_FOUR
     * @param upper      whether prefix and digits are upper-cased ('X')
     */
    static void append(StringBuilder out, FormatSpec f, char signChar, String prefix, CharSequence number,
                       int digStart, int nDigits, boolean hasDecimal, int remCps, int grouping, boolean upper) {
        int nSign = 0;
        char sign = 0;
        switch (f.sign) {
            case '+' -> {
                nSign = 1;
                sign = signChar == '-' ? '-' : '+';
            }
            case ' ' -> {
                nSign = 1;
                sign = signChar == '-' ? '-' : ' ';
            }
            default -> {
                if (signChar == '-') {
                    nSign = 1;
                    sign = '-';
                }
            }
        }
        int nPrefix = prefix.length();
        int nDecimal = hasDecimal ? 1 : 0;
        long nonDigit = nSign + nPrefix + nDecimal + remCps;
        long minWidth = (f.fill == '0' && f.align == '=') ? f.width - nonDigit : 0;
        char sep = 0;
        int group = 0;
        switch (grouping) {
            case FormatSpec.COMMA -> {
                sep = ',';
                group = 3;
            }
            case FormatSpec.UNDERSCORE -> {
                sep = '_';
                group = 3;
            }
            case FormatSpec.UNDERSCORE_FOUR -> {
                sep = '_';
                group = 4;
            }
            default -> { }
        }
        // Without grouping or zero padding the digits are copied as they are.
        boolean plain = nDigits == 0 || (group == 0 && minWidth <= nDigits);
        char[] grouped = plain ? null : group(number, digStart, nDigits, minWidth, sep, group);
        int groupedLength = plain ? nDigits : grouped.length;
        long padding = f.width - (nonDigit + groupedLength);
        long lpad = 0;
        long spad = 0;
        long rpad = 0;
        if (padding > 0) {
            switch (f.align) {
                case '<' -> rpad = padding;
                case '^' -> {
                    lpad = padding / 2;
                    rpad = padding - lpad;
                }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        fill(out, f.fill, lpad);
        if (nSign != 0) {
            out.append(sign);
        }
        int mark = out.length();
        out.append(prefix);
        fill(out, f.fill, spad);
        if (plain) {
            out.append(number, digStart, digStart + nDigits);
        } else {
            out.append(grouped);
        }
        if (upper) {
            // 'X': prefix and digits upper-case (the fill is left alone).
            for (int i = mark; i < out.length(); i++) {
                char c = out.charAt(i);
                if (c >= 'a' && c <= 'z' && !(i >= mark + prefix.length() && i < mark + prefix.length() + spad)) {
                    out.setCharAt(i, (char) (c - ('a' - 'A')));
                }
            }
        }
        int p = digStart + nDigits;
        if (hasDecimal) {
            out.append('.');
            p++;
        }
        out.append(number, p, number.length());
        fill(out, f.fill, rpad);
    }

    static void fill(StringBuilder out, int fill, long n) {
        if (n <= 0) {
            return;
        }
        if (n > Integer.MAX_VALUE - 64) {
            throw new TextFormatException("MemoryError", "");
        }
        if (fill < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            char c = (char) fill;
            for (long i = 0; i < n; i++) {
                out.append(c);
            }
        } else {
            for (long i = 0; i < n; i++) {
                out.appendCodePoint(fill);
            }
        }
    }

    /**
     * The digits number[start..start+n) with a separator every GROUP digits (none when
     * group is 0), widened with leading zeros to at least minWidth chars.
     * Compare CPython Objects/unicodeobject.c: _PyUnicode_InsertThousandsGrouping.
     */
    static char[] group(CharSequence number, int start, int n, long minWidth, char sep, int group) {
        // Filled from the right into a buffer big enough for digits, zeros and separators.
        long bound = Math.max(n, minWidth) + (group > 0 ? Math.max(n, minWidth) / group + 2 : 0) + 2;
        if (bound > Integer.MAX_VALUE - 64) {
            throw new TextFormatException("MemoryError", "");
        }
        char[] buf = new char[(int) bound];
        int pos = buf.length;
        int remaining = n;
        int src = start + n;
        boolean useSep = false;
        boolean broken = false;
        if (group > 0) {
            while (true) {
                long l = Math.min(group, Math.max(Math.max(remaining, minWidth), 1));
                int nChars = (int) Math.max(0, Math.min(remaining, l));
                int nZeros = (int) Math.max(0, l - remaining);
                if (useSep) {
                    buf[--pos] = sep;
                }
                for (int i = 0; i < nChars; i++) {
                    buf[--pos] = number.charAt(--src);
                }
                for (int i = 0; i < nZeros; i++) {
                    buf[--pos] = '0';
                }
                useSep = true;
                remaining -= nChars;
                minWidth -= l;
                if (remaining <= 0 && minWidth <= 0) {
                    broken = true;
                    break;
                }
                minWidth -= 1;
            }
        }
        if (!broken) {
            long l = Math.max(Math.max(remaining, minWidth), 1);
            int nChars = (int) Math.max(0, Math.min(remaining, l));
            int nZeros = (int) Math.max(0, l - remaining);
            if (useSep) {
                buf[--pos] = sep;
            }
            for (int i = 0; i < nChars; i++) {
                buf[--pos] = number.charAt(--src);
            }
            for (int i = 0; i < nZeros; i++) {
                buf[--pos] = '0';
            }
        }
        return java.util.Arrays.copyOfRange(buf, pos, buf.length);
    }
}
