package org.pyvm.modules.decimal;

import java.math.BigInteger;

/**
 * Decimal strings: the numeric-string syntax of the spec (with _decimal's extras: outer
 * Unicode whitespace, Unicode decimal digits and underscores are accepted) and the
 * scientific and engineering forms. Compare libmpdec io.c: mpd_qset_string, _mpd_to_string,
 * and _decimal.c: numeric_as_ascii.
 */
final class DecText {

    private DecText() {}

    /** The largest exponent magnitude kept from a string: beyond it the value is out of any context's range anyway. */
    static final long EXP_LIMIT = 4_000_000_000_000_000_000L;

    /**
     * S as ASCII, or null when it holds a character no number may hold; outer whitespace is
     * and underscores are dropped when STRIP (the Decimal constructor) and invalid otherwise
     * (Context.create_decimal).
     * Compare numeric_as_ascii.
     */
    static String asAscii(String s, boolean strip) {
        if (plainAscii(s)) {
            return s;
        }
        int start = 0;
        int end = s.length();
        while (strip && start < end && org.pyvm.runtime.text.UnicodeCtype.isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (strip && end > start && org.pyvm.runtime.text.UnicodeCtype.isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end;) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '_' && strip) {
                continue;
            }
            if (c < 128) {
                sb.append((char) c);
            } else if (org.pyvm.runtime.text.UnicodeCtype.decimalValue(c) >= 0) {
                sb.append((char) ('0' + org.pyvm.runtime.text.UnicodeCtype.decimalValue(c)));
            } else {
                return null;
            }
        }
        return sb.toString();
    }

    /** Whether S is ASCII without whitespace or underscores: asAscii leaves it as it is. */
    private static boolean plainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || c == '_' || c <= ' ' || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** The value of an ASCII numeric string, unrounded, or null for a syntax error. */
    static DecimalObject parse(String s) {
        int n = s.length();
        int i = 0;
        int sign = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            sign = s.charAt(i) == '-' ? 1 : 0;
            i++;
        }
        int kind = -1;
        if (i < n && !isDigit(s.charAt(i)) && s.charAt(i) != '.') {
            String rest = s.substring(i);
            if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) {
                return DecimalObject.infinity(sign);
            }
            if (rest.regionMatches(true, 0, "nan", 0, 3)) {
                kind = DecimalObject.QNAN;
                i += 3;
            } else if (rest.regionMatches(true, 0, "snan", 0, 4)) {
                kind = DecimalObject.SNAN;
                i += 4;
            } else {
                return null;
            }
        }
        if (kind >= 0) {
            for (int j = i; j < n; j++) {
                if (!isDigit(s.charAt(j))) {
                    return null;
                }
            }
            BigInteger payload = i == n ? BigInteger.ZERO : new BigInteger(s.substring(i));
            return DecimalObject.nan(kind, sign, payload);
        }
        int digStart = i;
        // The coefficient's digits, kept in a long while at most 18 (the usual case).
        long small = 0;
        int intDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            small = small * 10 + (s.charAt(i) - '0');
            i++;
            intDigits++;
        }
        int intEnd = i;
        int fracDigits = 0;
        int fs = i;
        if (i < n && s.charAt(i) == '.') {
            i++;
            fs = i;
            while (i < n && isDigit(s.charAt(i))) {
                small = small * 10 + (s.charAt(i) - '0');
                i++;
            }
            fracDigits = i - fs;
        }
        if (intDigits + fracDigits == 0) {
            return null;
        }
        long exp = 0;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            int es = i;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int ds = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == ds) {
                return null;
            }
            BigInteger e = new BigInteger(s.substring(es, i));
            exp = e.bitLength() > 62 ? (e.signum() < 0 ? -EXP_LIMIT : EXP_LIMIT)
                : Math.max(-EXP_LIMIT, Math.min(EXP_LIMIT, e.longValue()));
        }
        if (i != n) {
            return null;
        }
        BigInteger coef;
        if (intDigits + fracDigits <= 18) {
            coef = BigInteger.valueOf(small);
        } else {
            StringBuilder digits = new StringBuilder(intDigits + fracDigits);
            digits.append(s, digStart, intEnd).append(s, fs, fs + fracDigits);
            coef = new BigInteger(digits.toString());
        }
        return DecimalObject.finite(sign, coef, exp - fracDigits);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** to_sci_string / to_eng_string. Compare libmpdec _mpd_to_string / _pydecimal Decimal.__str__. */
    static String toString(DecimalObject x, boolean eng, boolean capitals) {
        StringBuilder sb = new StringBuilder();
        if (x.sign == 1) {
            sb.append('-');
        }
        if (x.kind == DecimalObject.INF) {
            return sb.append("Infinity").toString();
        }
        if (x.kind != DecimalObject.FINITE) {
            sb.append(x.kind == DecimalObject.SNAN ? "sNaN" : "NaN");
            if (x.coef.signum() != 0) {
                sb.append(x.coef);
            }
            return sb.toString();
        }
        String digits = x.coef.bitLength() < 63 ? Long.toString(x.coef.longValue()) : x.coef.toString();
        long leftdigits = x.exp + digits.length();
        long dotplace;
        if (x.exp <= 0 && leftdigits > -6) {
            dotplace = leftdigits;
        } else if (!eng) {
            dotplace = 1;
        } else if (x.coef.signum() == 0) {
            dotplace = Math.floorMod(leftdigits + 1, 3) - 1;
        } else {
            dotplace = Math.floorMod(leftdigits - 1, 3) + 1;
        }
        if (dotplace <= 0) {
            sb.append("0.");
            for (long k = 0; k < -dotplace; k++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (dotplace >= digits.length()) {
            sb.append(digits);
            for (long k = digits.length(); k < dotplace; k++) {
                sb.append('0');
            }
        } else {
            sb.append(digits, 0, (int) dotplace).append('.').append(digits, (int) dotplace, digits.length());
        }
        if (leftdigits != dotplace) {
            long e = leftdigits - dotplace;
            sb.append(capitals ? 'E' : 'e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
        return sb.toString();
    }
}
