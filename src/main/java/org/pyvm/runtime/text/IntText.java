package org.pyvm.runtime.text;

import java.math.BigInteger;

/**
 * int(str, base) and str(int) with CPython 3.12's rules, including the limit on the
 * number of decimal digits (sys.set_int_max_str_digits; the runtime owns that state
 * and passes it in, 0 meaning no limit).
 *
 * <p>Compare CPython Objects/longobject.c: PyLong_FromUnicodeObject, PyLong_FromString,
 * long_from_string_base, long_to_decimal_string_internal.
 */
public final class IntText {

    /** CPython's default for sys.get_int_max_str_digits(). */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    private IntText() {}

    private static final long[] LIMIT = new long[37];

    static {
        for (int b = 2; b <= 36; b++) {
            LIMIT[b] = Long.MAX_VALUE / b;
        }
    }

    /**
     * int(text, base): a Long when the value fits in a long, else a BigInteger.
     *
     * @param maxStrDigits sys.get_int_max_str_digits(), 0 for no limit
     * @throws TextFormatException ValueError "invalid literal for int() with base 10: 'x'",
     *     "int() base must be >= 2 and <= 36, or 0", or the digit-limit error
     */
    public static Number parseInt(String text, int base, int maxStrDigits) {
        if ((base != 0 && base < 2) || base > 36) {
            throw TextFormatException.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        return parse(PyChars.toAsciiDigits(text), text, base, maxStrDigits);
    }

    /**
     * int(b, base) of a bytes or bytearray: as for a str, but only ASCII digits and
     * whitespace count, and the error shows the bytes' repr.
     * Compare CPython Objects/longobject.c: _PyLong_FromBytes.
     */
    public static Number parseInt(byte[] bytes, int base, int maxStrDigits) {
        if ((base != 0 && base < 2) || base > 36) {
            throw TextFormatException.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        // Latin-1 keeps one char a byte; chars from 0x80 up are neither digits nor space.
        return parse(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), bytes, base, maxStrDigits);
    }

    /** The parse proper of ASCII-transformed text s; original is the str or byte[] for errors. */
    private static Number parse(String s, Object text, int base, int maxStrDigits) {
        // The C code stops at a NUL; what follows it makes the literal invalid, but
        // only after the digits before it passed every other check.
        int end = s.indexOf('\0');
        boolean cut = end >= 0;
        if (!cut) {
            end = s.length();
        }
        int p = 0;
        while (p < end && PyChars.isAsciiSpace(s.charAt(p))) {
            p++;
        }
        boolean negative = false;
        if (p < end && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            negative = s.charAt(p) == '-';
            p++;
        }
        int b = base;
        boolean errorIfNonzero = false;
        char c1 = p + 1 < end ? s.charAt(p + 1) : 0;
        boolean zero = p < end && s.charAt(p) == '0';
        if (b == 0) {
            if (!zero) {
                b = 10;
            } else if (c1 == 'x' || c1 == 'X') {
                b = 16;
            } else if (c1 == 'o' || c1 == 'O') {
                b = 8;
            } else if (c1 == 'b' || c1 == 'B') {
                b = 2;
            } else {
                // An old C-style octal literal, invalid unless it is zero.
                errorIfNonzero = true;
                b = 10;
            }
        }
        if (zero && ((b == 16 && (c1 == 'x' || c1 == 'X')) || (b == 8 && (c1 == 'o' || c1 == 'O'))
            || (b == 2 && (c1 == 'b' || c1 == 'B')))) {
            p += 2;
            if (p < end && s.charAt(p) == '_') {
                p++; // one underscore is allowed after the prefix
            }
        }
        // Compare long_from_string_base: validate, count digits.
        int start = p;
        if (p < end && s.charAt(p) == '_') {
            throw invalid(text, base);
        }
        char prev = 0;
        int digits = 0;
        while (p < end) {
            char c = s.charAt(p);
            if (c == '_') {
                if (prev == '_') {
                    throw invalid(text, base);
                }
            } else if (digitValue(c) < b) {
                digits++;
            } else {
                break;
            }
            prev = c;
            p++;
        }
        if (prev == '_' || digits == 0) {
            throw invalid(text, base);
        }
        int digitsEnd = p;
        while (p < end && PyChars.isAsciiSpace(s.charAt(p))) {
            p++;
        }
        if (p != end) {
            throw invalid(text, base);
        }
        if ((b & (b - 1)) != 0 && maxStrDigits > 0 && digits > maxStrDigits) {
            throw TextFormatException.valueError("Exceeds the limit (" + maxStrDigits
                + " digits) for integer string conversion: value has " + digits
                + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        Number value = digitsToNumber(s, start, digitsEnd, b, digits, negative);
        if (errorIfNonzero && !isZero(value)) {
            throw invalid(text, base);
        }
        if (cut) {
            throw invalid(text, base);
        }
        return value;
    }

    private static boolean isZero(Number n) {
        return n instanceof Long l ? l == 0 : ((BigInteger) n).signum() == 0;
    }

    /** The value of an ASCII digit or letter, 37 for anything else. */
    static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 37;
    }

    private static Number digitsToNumber(String s, int start, int end, int base, int digits, boolean negative) {
        // Fast path: accumulate in a long while it cannot overflow.
        long limit = LIMIT[base];
        long v = 0;
        int i = start;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                continue;
            }
            int d = digitValue(c);
            if (v > limit || v * base > Long.MAX_VALUE - d) {
                break;
            }
            v = v * base + d;
        }
        if (i == end) {
            return negative ? -v : v;
        }
        StringBuilder sb = new StringBuilder(digits + 1);
        if (negative) {
            sb.append('-');
        }
        for (int j = start; j < end; j++) {
            char c = s.charAt(j);
            if (c != '_') {
                sb.append(c);
            }
        }
        BigInteger big = bigFromDigits(sb.toString(), base);
        return big.bitLength() < 64 ? (Number) big.longValue() : big;
    }

    /** Digit strings up to this long go to the JDK's (quadratic) constructor. */
    private static final int CHUNK = 1024;

    /**
     * The value of a clean digit string ("-" and digits), by splitting it in halves:
     * high * base**len(low) + low, with the powers base**(CHUNK * 2**j) computed once.
     * O(M(n) log n) instead of the JDK constructor's O(n**2).
     */
    static BigInteger bigFromDigits(String s, int base) {
        boolean negative = s.charAt(0) == '-';
        int from = negative ? 1 : 0;
        if (s.length() - from <= CHUNK) {
            return new BigInteger(s, base);
        }
        BigInteger[] powers = new BigInteger[32];
        BigInteger v = split(s, from, s.length(), base, powers);
        return negative ? v.negate() : v;
    }

    private static BigInteger split(String s, int from, int to, int base, BigInteger[] powers) {
        int n = to - from;
        if (n <= CHUNK) {
            return new BigInteger(s.substring(from, to), base);
        }
        int j = 0;
        while ((long) CHUNK << (j + 1) < n) {
            j++;
        }
        // CHUNK * 2**j < n <= CHUNK * 2**(j+1): the low part has CHUNK * 2**j digits.
        int lowLen = CHUNK << j;
        BigInteger high = split(s, from, to - lowLen, base, powers);
        BigInteger low = split(s, to - lowLen, to, base, powers);
        return high.multiply(power(base, j, powers)).add(low);
    }

    private static BigInteger power(int base, int j, BigInteger[] powers) {
        if (powers[j] == null) {
            powers[j] = j == 0 ? BigInteger.valueOf(base).pow(CHUNK) : power(base, j - 1, powers).pow(2);
        }
        return powers[j];
    }

    private static TextFormatException invalid(Object text, int base) {
        String r;
        if (text instanceof byte[] b) {
            r = StrRepr.bytesRepr(b.length <= 200 ? b : java.util.Arrays.copyOf(b, 200));
        } else {
            r = StrRepr.repr((String) text);
        }
        if (r.length() > 200) {
            r = r.substring(0, 200);
        }
        return TextFormatException.valueError("invalid literal for int() with base " + base + ": " + r);
    }

    // ---------------------------------------------------------------- int to str

    /** str(v) of a long: never over the limit (at most 19 digits). */
    public static String toString(long v) {
        return Long.toString(v);
    }

    /**
     * str(v) of an int, with the digit limit.
     *
     * @param maxStrDigits sys.get_int_max_str_digits(), 0 for no limit
     * @throws TextFormatException ValueError "Exceeds the limit (4300 digits) for integer
     *     string conversion; use sys.set_int_max_str_digits() to increase the limit"
     */
    public static String toString(BigInteger v, int maxStrDigits) {
        if (maxStrDigits > 0) {
            // A bound from the bit length avoids converting a number far over the limit.
            long bits = v.bitLength();
            long atLeast = (long) ((bits - 1) * 0.30102999) + 1;
            if (bits > 0 && atLeast > maxStrDigits) {
                throw tooManyDigits(maxStrDigits);
            }
        }
        String s = v.toString();
        if (maxStrDigits > 0 && s.length() - (v.signum() < 0 ? 1 : 0) > maxStrDigits) {
            throw tooManyDigits(maxStrDigits);
        }
        return s;
    }

    /**
     * bin(v), oct(v), hex(v): "0b101", "-0o17", "0x1f" (base 2, 8 or 16).
     * Compare CPython Objects/longobject.c: _PyLong_Format with a prefix (PyNumber_ToBase).
     */
    public static String toBase(long v, int base) {
        return withPrefix(Long.toString(v, base), base);
    }

    /** As {@link #toBase(long, int)} for an int of any size (no digit limit: not decimal). */
    public static String toBase(BigInteger v, int base) {
        return withPrefix(v.toString(base), base);
    }

    private static String withPrefix(String digits, int base) {
        String prefix = switch (base) {
            case 2 -> "0b";
            case 8 -> "0o";
            case 16 -> "0x";
            default -> throw new IllegalArgumentException("base " + base);
        };
        if (digits.charAt(0) == '-') {
            return "-" + prefix + digits.substring(1);
        }
        return prefix + digits;
    }

    /** Decimal digits of a BigInteger for format() and %-formatting, with the limit. */
    static String toString(BigInteger v, int base, int maxStrDigits) {
        return base == 10 ? toString(v, maxStrDigits) : v.toString(base);
    }

    static TextFormatException tooManyDigits(int maxStrDigits) {
        return TextFormatException.valueError("Exceeds the limit (" + maxStrDigits
            + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /**
     * float(v) of an int: correctly rounded.
     *
     * @throws TextFormatException OverflowError "int too large to convert to float"
     */
    public static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw TextFormatException.overflowError("int too large to convert to float");
        }
        return d;
    }
}
