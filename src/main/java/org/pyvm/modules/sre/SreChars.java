package org.pyvm.modules.sre;

import org.pyvm.runtime.text.UnicodeCtype;

/**
 * Character tests and case mappings of the engine, and the helpers {@code _sre} exposes
 * ({@code getcodesize}, {@code ascii_iscased}, {@code unicode_iscased},
 * {@code ascii_tolower}, {@code unicode_tolower}). Compare CPython Modules/_sre/sre.c:
 * the SRE_IS_* / SRE_UNI_IS_* macros, sre_category, sre_lower_* / sre_upper_*.
 *
 * <p>The Unicode tests use the JDK's character database (a newer Unicode than CPython
 * 3.12's 15.0: characters assigned since then may differ). LOCALE tests follow the C
 * locale (ASCII), which is what CPython sees under the usual C/C.UTF-8 LC_CTYPE.
 */
public final class SreChars {

    private SreChars() {}

    // Bits of the ASCII table below.
    private static final byte DIGIT = 1, SPACE = 2, WORD = 4, ALPHA = 8;
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            int b = 0;
            if (c >= '0' && c <= '9') {
                b |= DIGIT | WORD;
            }
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                b |= ALPHA | WORD;
            }
            if (c == '_') {
                b |= WORD;
            }
            // Py_ISSPACE: \t \n \v \f \r and space (not \x1c-\x1f, unlike str.isspace).
            if ((c >= 9 && c <= 13) || c == ' ') {
                b |= SPACE;
            }
            ASCII[c] = (byte) b;
        }
    }

    /** {@code _sre.getcodesize()}. */
    public static int getcodesize() {
        return SreConstants.CODESIZE;
    }

    /** {@code _sre.ascii_iscased(ch)}: an ASCII letter. */
    public static boolean asciiIscased(int ch) {
        return ch >= 0 && ch < 128 && (ASCII[ch] & ALPHA) != 0;
    }

    /** {@code _sre.unicode_iscased(ch)}: lower or upper case differs from ch. */
    public static boolean unicodeIscased(int ch) {
        return ch != lowerUnicode(ch) || ch != upperUnicode(ch);
    }

    /** {@code _sre.ascii_tolower(ch)}. */
    public static int asciiTolower(int ch) {
        return lowerAscii(ch);
    }

    /** {@code _sre.unicode_tolower(ch)}. */
    public static int unicodeTolower(int ch) {
        return lowerUnicode(ch);
    }

    // Compare CPython sre.c: sre_lower_ascii.
    static int lowerAscii(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    static int upperAscii(int ch) {
        return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    // Compare CPython sre.c: sre_lower_locale / sre_upper_locale (C locale: ASCII).
    static int lowerLocale(int ch) {
        return lowerAscii(ch);
    }

    static int upperLocale(int ch) {
        return upperAscii(ch);
    }

    /**
     * Compare CPython unicodectype.c: _PyUnicode_ToLowercase (for a character with a
     * multi-character lower case, the first of them), in Unicode 15.0.0.
     */
    static int lowerUnicode(int ch) {
        if (ch < 128) {
            return lowerAscii(ch);
        }
        return UnicodeCtype.simpleLower(ch);
    }

    /**
     * Compare CPython unicodectype.c: _PyUnicode_ToUppercase: where the full upper case
     * has several characters (ß → SS), CPython returns its first, not the simple mapping.
     */
    static int upperUnicode(int ch) {
        if (ch < 128) {
            return upperAscii(ch);
        }
        return UnicodeCtype.upperFirst(ch);
    }

    // Compare CPython sre.c: SRE_IS_DIGIT / SRE_IS_SPACE / SRE_IS_WORD (ASCII only).
    static boolean isDigit(int ch) {
        return ch >= 0 && ch < 128 && (ASCII[ch] & DIGIT) != 0;
    }

    static boolean isSpace(int ch) {
        return ch >= 0 && ch < 128 && (ASCII[ch] & SPACE) != 0;
    }

    static boolean isWord(int ch) {
        return ch >= 0 && ch < 128 && (ASCII[ch] & WORD) != 0;
    }

    // Compare CPython sre.c: SRE_LOC_IS_WORD under the C locale.
    static boolean isLocWord(int ch) {
        return isWord(ch);
    }

    /** Py_UNICODE_ISDECIMAL. */
    static boolean isUniDigit(int ch) {
        if (ch < 128) {
            return isDigit(ch);
        }
        return UnicodeCtype.isDecimal(ch);
    }

    /** Py_UNICODE_ISSPACE: bidirectional class WS, B or S, or category Zs. */
    static boolean isUniSpace(int ch) {
        return UnicodeCtype.isSpace(ch);
    }

    /** Py_UNICODE_ISLINEBREAK: line separators of str.splitlines. */
    static boolean isUniLinebreak(int ch) {
        switch (ch) {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
                return true;
            default:
                return false;
        }
    }

    /** Py_UNICODE_ISALNUM (alpha, decimal, digit or numeric) or '_'. */
    static boolean isUniWord(int ch) {
        if (ch < 128) {
            return isWord(ch);
        }
        return UnicodeCtype.isAlnum(ch);
    }

    /** Compare CPython sre.c: sre_category. An unknown category is false, as there. */
    public static boolean category(int category, int ch) {
        switch (category) {
            case SreConstants.CATEGORY_DIGIT: return isDigit(ch);
            case SreConstants.CATEGORY_NOT_DIGIT: return !isDigit(ch);
            case SreConstants.CATEGORY_SPACE: return isSpace(ch);
            case SreConstants.CATEGORY_NOT_SPACE: return !isSpace(ch);
            case SreConstants.CATEGORY_WORD: return isWord(ch);
            case SreConstants.CATEGORY_NOT_WORD: return !isWord(ch);
            case SreConstants.CATEGORY_LINEBREAK: return ch == '\n';
            case SreConstants.CATEGORY_NOT_LINEBREAK: return ch != '\n';
            case SreConstants.CATEGORY_LOC_WORD: return isLocWord(ch);
            case SreConstants.CATEGORY_LOC_NOT_WORD: return !isLocWord(ch);
            case SreConstants.CATEGORY_UNI_DIGIT: return isUniDigit(ch);
            case SreConstants.CATEGORY_UNI_NOT_DIGIT: return !isUniDigit(ch);
            case SreConstants.CATEGORY_UNI_SPACE: return isUniSpace(ch);
            case SreConstants.CATEGORY_UNI_NOT_SPACE: return !isUniSpace(ch);
            case SreConstants.CATEGORY_UNI_WORD: return isUniWord(ch);
            case SreConstants.CATEGORY_UNI_NOT_WORD: return !isUniWord(ch);
            case SreConstants.CATEGORY_UNI_LINEBREAK: return isUniLinebreak(ch);
            case SreConstants.CATEGORY_UNI_NOT_LINEBREAK: return !isUniLinebreak(ch);
            default: return false;
        }
    }

    /** Compare CPython sre.c: char_loc_ignore. */
    static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern;
    }
}
