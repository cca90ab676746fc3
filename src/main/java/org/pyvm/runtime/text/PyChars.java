package org.pyvm.runtime.text;

/**
 * Character facts that Python's numeric parsers rely on: whitespace, decimal digits,
 * printable characters (from the JDK's Unicode tables, which may be a newer version
 * than CPython 3.12's Unicode 15.0).
 */
public final class PyChars {

    private PyChars() {}

    /**
     * Python's str.isspace() for one code point: bidirectional class WS, B or S, or
     * category Zs. Compare CPython Objects/unicodetype_db.h: _PyUnicode_IsWhitespace.
     */
    public static boolean isUnicodeSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
        }
        return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028
            || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
    }

    /** C isspace() in the C locale: space, \t, \n, \v, \f, \r. Compare Py_ISSPACE. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d);
    }

    /**
     * The text as CPython's numeric parsers see it: ASCII kept, Unicode whitespace
     * turned into ' ', Unicode decimal digits into ASCII digits, and the text cut after
     * a '?' at the first other character.
     * Compare CPython Objects/unicodeobject.c: _PyUnicode_TransformDecimalAndSpaceToASCII.
     */
    static String toAsciiDigits(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 127) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 127) {
                sb.append((char) cp);
            } else if (isUnicodeSpace(cp)) {
                sb.append(' ');
            } else {
                int d = FormatSpec.decimalValue(cp);
                if (d < 0) {
                    sb.append('?');
                    break;
                }
                sb.append((char) ('0' + d));
            }
        }
        return sb.toString();
    }

    /**
     * str.isprintable() of one code point: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp,
     * Zs, except the space. From the JDK's Unicode tables, which may be a newer Unicode
     * version than CPython 3.12's 15.0.
     */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
