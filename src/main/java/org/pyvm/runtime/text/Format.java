package org.pyvm.runtime.text;

import java.math.BigInteger;

/**
 * format(value, spec) for int, float, complex and str: the {@code __format__} methods of
 * the builtin types. Each takes the spec text (or a parsed {@link FormatSpec}) and the
 * name of the object's type for the error messages.
 *
 * <p>An empty spec means str(value); these functions return the builtin str of the
 * value then, and the runtime should call the object's own __str__ for subclasses.
 *
 * <p>Compare CPython Python/formatter_unicode.c: _PyLong_FormatAdvancedWriter,
 * _PyFloat_FormatAdvancedWriter, _PyComplex_FormatAdvancedWriter,
 * _PyUnicode_FormatAdvancedWriter.
 */
public final class Format {

    private Format() {}

    // ------------------------------------------------------------------ int

    /** format(v, spec) for an int. */
    public static String formatInt(long v, String spec, String typeName) {
        if (spec.isEmpty()) {
            return Long.toString(v);
        }
        return formatInt(v, FormatSpec.parse(spec, 'd', '>', typeName), typeName);
    }

    /**
     * format(v, spec) for an int; decimal output obeys the int max str digits limit
     * (maxStrDigits, 0 for none).
     */
    public static String formatInt(BigInteger v, String spec, String typeName, int maxStrDigits) {
        if (spec.isEmpty()) {
            return IntText.toString(v, maxStrDigits);
        }
        return formatInt(v, FormatSpec.parse(spec, 'd', '>', typeName), typeName, maxStrDigits);
    }

    /** format(v, spec) for an int with a parsed spec (default type 'd', align '>'). */
    public static String formatInt(long v, FormatSpec f, String typeName) {
        return switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> {
                if (f.type == 'c') {
                    yield formatChar(v, f);
                }
                checkIntSpec(f);
                int base = base(f.type);
                if (f.sign != '+' && f.sign != ' ' && f.width < 0 && f.type != 'X' && f.type != 'n'
                    && !f.hasGrouping()) {
                    // Fast path: plain conversion with maybe the prefix.
                    String digits = Long.toString(v, base);
                    if (!f.alternate || base == 10) {
                        yield digits;
                    }
                    String prefix = prefix(base);
                    yield v < 0 ? "-" + prefix + digits.substring(1) : prefix + digits;
                }
                yield layoutInt(Long.toString(v, base), f);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> formatFloat((double) v, f);
            default -> throw FormatSpec.unknownType(f.type, typeName);
        };
    }

    /** format(v, spec) for an int with a parsed spec (default type 'd', align '>'). */
    public static String formatInt(BigInteger v, FormatSpec f, String typeName, int maxStrDigits) {
        if (v.bitLength() < 64) {
            return formatInt(v.longValue(), f, typeName);
        }
        return switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> {
                if (f.type == 'c') {
                    checkIntSpec(f);
                    checkCharSpec(f);
                    throw TextFormatException.overflowError("Python int too large to convert to C long");
                }
                checkIntSpec(f);
                yield layoutInt(IntText.toString(v, base(f.type), maxStrDigits), f);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> formatFloat(IntText.toDouble(v), f);
            default -> throw FormatSpec.unknownType(f.type, typeName);
        };
    }

    private static void checkIntSpec(FormatSpec f) {
        if (f.precision != -1) {
            throw TextFormatException.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegZero) {
            throw TextFormatException.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
    }

    private static void checkCharSpec(FormatSpec f) {
        if (f.sign != 0) {
            throw TextFormatException.valueError("Sign not allowed with integer format specifier 'c'");
        }
        if (f.alternate) {
            throw TextFormatException.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
        }
    }

    /** 'c': the character of code point v, laid out as a remainder without digits. */
    private static String formatChar(long v, FormatSpec f) {
        checkIntSpec(f);
        checkCharSpec(f);
        if (v < 0 || v > 0x10ffff) {
            throw TextFormatException.overflowError("%c arg not in range(0x110000)");
        }
        String ch = new String(Character.toChars((int) v));
        StringBuilder sb = new StringBuilder();
        NumberLayout.append(sb, f, (char) 0, "", ch, 0, 0, false, 1, FormatSpec.NO_GROUPING, false);
        return sb.toString();
    }

    private static int base(int type) {
        return switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
    }

    private static String prefix(int base) {
        return switch (base) {
            case 2 -> "0b";
            case 8 -> "0o";
            case 16 -> "0x";
            default -> "";
        };
    }

    /** Lays out digits in the int's base ("-1f" style, as Long.toString gives). */
    private static String layoutInt(String digits, FormatSpec f) {
        char signChar = 0;
        int start = 0;
        if (digits.charAt(0) == '-') {
            signChar = '-';
            start = 1;
        }
        int base = base(f.type);
        String prefix = f.alternate ? prefix(base) : "";
        int grouping = f.type == 'n' ? FormatSpec.NO_GROUPING : f.grouping;
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        NumberLayout.append(sb, f, signChar, prefix, digits, start, digits.length() - start, false, 0, grouping,
            f.type == 'X');
        return sb.toString();
    }

    // ------------------------------------------------------------------ float

    /** format(v, spec) for a float. */
    public static String formatFloat(double v, String spec, String typeName) {
        if (spec.isEmpty()) {
            return FloatRepr.repr(v);
        }
        return formatFloat(v, FormatSpec.parse(spec, 0, '>', typeName), typeName);
    }

    /** format(v, spec) for a float with a parsed spec (default type 0, align '>'). */
    public static String formatFloat(double v, FormatSpec f, String typeName) {
        return switch (f.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> formatFloat(v, f);
            default -> throw FormatSpec.unknownType(f.type, typeName);
        };
    }

    /** Compare formatter_unicode.c: format_float_internal. */
    private static String formatFloat(double v, FormatSpec f) {
        if (f.precision > Integer.MAX_VALUE) {
            throw TextFormatException.valueError("precision too big");
        }
        int type = f.type;
        int flags = 0;
        if (f.alternate) {
            flags |= DoubleFormat.ALT;
        }
        if (f.noNegZero) {
            flags |= DoubleFormat.NO_NEG_0;
        }
        int defaultPrecision = 6;
        if (type == 0) {
            // No type: like repr without a precision, else like 'g' with at least one
            // digit after the point.
            flags |= DoubleFormat.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            v *= 100;
            percent = true;
        }
        int precision;
        if (f.precision < 0) {
            precision = defaultPrecision;
        } else {
            precision = (int) f.precision;
            if (type == 'r') {
                type = 'g';
            }
        }
        StringBuilder buf = new StringBuilder(24);
        DoubleFormat.append(buf, v, (char) type, precision, flags);
        if (percent) {
            buf.append('%');
        }
        if (f.sign != '+' && f.sign != ' ' && f.width < 0 && f.type != 'n' && !f.hasGrouping()) {
            return buf.toString();
        }
        StringBuilder sb = new StringBuilder(buf.length() + 8);
        appendNumber(sb, f, buf, f.type == 'n' ? FormatSpec.NO_GROUPING : f.grouping);
        return sb.toString();
    }

    /** Splits ASCII number text into sign, digits, point and remainder, then lays it out. */
    private static void appendNumber(StringBuilder sb, FormatSpec f, CharSequence num, int grouping) {
        char signChar = 0;
        int start = 0;
        int end = num.length();
        if (end > 0 && num.charAt(0) == '-') {
            signChar = '-';
            start = 1;
        }
        // Compare formatter_unicode.c: parse_number.
        int p = start;
        while (p < end && num.charAt(p) >= '0' && num.charAt(p) <= '9') {
            p++;
        }
        int nDigits = p - start;
        boolean hasDecimal = p < end && num.charAt(p) == '.';
        int remStart = hasDecimal ? p + 1 : p;
        NumberLayout.append(sb, f, signChar, "", num, start, nDigits, hasDecimal, end - remStart, grouping, false);
    }

    // ------------------------------------------------------------------ complex

    /** format(complex(re, im), spec). */
    public static String formatComplex(double re, double im, String spec, String typeName) {
        if (spec.isEmpty()) {
            return FloatRepr.complexRepr(re, im);
        }
        return formatComplex(re, im, FormatSpec.parse(spec, 0, '>', typeName), typeName);
    }

    /**
     * format(complex(re, im), spec) with a parsed spec (default type 0, align '>').
     * Compare formatter_unicode.c: format_complex_internal.
     */
    public static String formatComplex(double re, double im, FormatSpec f, String typeName) {
        switch (f.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> { }
            default -> throw FormatSpec.unknownType(f.type, typeName);
        }
        if (f.precision > Integer.MAX_VALUE) {
            throw TextFormatException.valueError("precision too big");
        }
        if (f.fill == '0') {
            throw TextFormatException.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align == '=') {
            throw TextFormatException.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        int type = f.type;
        int flags = 0;
        if (f.alternate) {
            flags |= DoubleFormat.ALT;
        }
        if (f.noNegZero) {
            flags |= DoubleFormat.NO_NEG_0;
        }
        int defaultPrecision = 6;
        boolean skipRe = false;
        boolean parens = false;
        if (type == 0) {
            // Like str(self): no real part when it is +0, else parentheses.
            type = 'r';
            defaultPrecision = 0;
            if (re == 0.0 && Double.doubleToRawLongBits(re) == 0L) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        if (type == 'n') {
            type = 'g';
        }
        int precision;
        if (f.precision < 0) {
            precision = defaultPrecision;
        } else {
            precision = (int) f.precision;
            if (type == 'r') {
                type = 'g';
            }
        }
        String reText = DoubleFormat.format(re, (char) type, precision, flags);
        String imText = DoubleFormat.format(im, (char) type, precision, flags);
        int grouping = f.type == 'n' ? FormatSpec.NO_GROUPING : f.grouping;
        // Each part laid out without padding; the real part's sign as asked, the
        // imaginary part's always shown unless it stands alone.
        FormatSpec reSpec = unpadded(f.sign);
        FormatSpec imSpec = unpadded(skipRe ? f.sign : '+');
        StringBuilder body = new StringBuilder(48);
        if (parens) {
            body.append('(');
        }
        if (!skipRe) {
            appendNumber(body, reSpec, reText, grouping);
        }
        appendNumber(body, imSpec, imText, grouping);
        body.append('j');
        if (parens) {
            body.append(')');
        }
        return pad(body.toString(), body.length(), f.width, f.align, f.fill);
    }

    private static FormatSpec unpadded(char sign) {
        return FormatSpec.of(' ', '<', sign, -1);
    }

    // ------------------------------------------------------------------ str

    /** format(s, spec) for a str. */
    public static String formatString(String s, String spec, String typeName) {
        if (spec.isEmpty()) {
            return s;
        }
        return formatString(s, FormatSpec.parse(spec, 's', '<', typeName), typeName);
    }

    /**
     * format(s, spec) with a parsed spec (default type 's', align '<'): width and
     * precision count code points.
     * Compare formatter_unicode.c: format_string_internal.
     */
    public static String formatString(String s, FormatSpec f, String typeName) {
        if (f.type != 's') {
            throw FormatSpec.unknownType(f.type, typeName);
        }
        if (f.sign != 0) {
            throw TextFormatException.valueError(f.sign == ' '
                ? "Space not allowed in string format specifier"
                : "Sign not allowed in string format specifier");
        }
        if (f.noNegZero) {
            throw TextFormatException.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw TextFormatException.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw TextFormatException.valueError("'=' alignment not allowed in string format specifier");
        }
        int cps = s.codePointCount(0, s.length());
        String text = s;
        if (f.precision >= 0 && cps >= f.precision) {
            int n = (int) Math.min(f.precision, cps);
            text = s.substring(0, s.offsetByCodePoints(0, n));
            cps = n;
        }
        return pad(text, cps, f.width, f.align, f.fill);
    }

    /** Pads text of CPS code points to width. Compare formatter_unicode.c: calc_padding. */
    private static String pad(String text, int cps, long width, char align, int fill) {
        if (width <= cps) {
            return text;
        }
        long total = width - cps;
        long left = switch (align) {
            case '>' -> total;
            case '^' -> total / 2;
            default -> 0;
        };
        if (total > Integer.MAX_VALUE - 64 - text.length()) {
            // CPython fails to allocate such a string too; a Java String cannot hold it.
            throw new TextFormatException("MemoryError", "");
        }
        StringBuilder sb = new StringBuilder(text.length() + (int) total);
        NumberLayout.fill(sb, fill, left);
        sb.append(text);
        NumberLayout.fill(sb, fill, total - left);
        return sb.toString();
    }
}
