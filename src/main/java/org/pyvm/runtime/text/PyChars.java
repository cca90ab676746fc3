package org.pyvm.runtime.text;

/**
 * Character facts that Python's numeric parsers rely on, and the repr of a str for
 * their error messages.
 */
final class PyChars {

    private PyChars() {}

    /**
     * Python's str.isspace() for one code point: bidirectional class WS, B or S, or
     * category Zs. Compare CPython Objects/unicodetype_db.h: _PyUnicode_IsWhitespace.
     */
    static boolean isUnicodeSpace(int cp) {
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
     * repr(s) of a Python str: quotes chosen as CPython does, escapes for \\, the quote,
     * \t \n \r, other controls and non-printable characters.
     * Compare CPython Objects/unicodeobject.c: unicode_repr.
     */
    static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        boolean hasDouble = s.indexOf('"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                hex(sb, "\\x", cp, 2);
            } else if (cp < 0x7f) {
                sb.append((char) cp);
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                hex(sb, "\\x", cp, 2);
            } else if (cp <= 0xffff) {
                hex(sb, "\\u", cp, 4);
            } else {
                hex(sb, "\\U", cp, 8);
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    private static void hex(StringBuilder sb, String esc, int cp, int width) {
        sb.append(esc);
        String h = Integer.toHexString(cp);
        for (int i = h.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(h);
    }

    /**
     * str.isprintable() of one code point: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp,
     * Zs, except the space. From the JDK's Unicode tables, which may be a newer Unicode
     * version than CPython 3.12's 15.0.
     */
    static boolean isPrintable(int cp) {
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
