package org.pyvm.runtime.text;

/**
 * Character facts that Python's numeric parsers rely on: whitespace, decimal digits,
 * printable characters (Unicode 15.0.0's, from {@link UnicodeCtype}).
 */
public final class PyChars {

    private PyChars() {}

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
            } else if (UnicodeCtype.isSpace(cp)) {
                sb.append(' ');
            } else {
                int d = UnicodeCtype.decimalValue(cp);
                if (d < 0) {
                    sb.append('?');
                    break;
                }
                sb.append((char) ('0' + d));
            }
        }
        return sb.toString();
    }
}
