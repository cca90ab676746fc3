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
     * Zs, except the space; from CPython 3.12's Unicode 15.0 table, since the JDK's newer
     * Unicode assigns characters that are still unassigned (Cn) there. Compare
     * unicodectype.c: _PyUnicode_IsPrintable.
     */
    public static boolean isPrintable(int cp) {
        if (cp < 0x7f) {
            return cp >= ' ';
        }
        return Printable15.contains(cp);
    }

    /**
     * Characters the JDK's Unicode (16.0) gave a case mapping that Unicode 15.0 does not
     * have: ƛ (U+019B) and ɤ (U+0264), both uncased in CPython 3.12.
     */
    public static boolean caseMappingSince15(int cp) {
        return cp == 0x19b || cp == 0x264;
    }

    /** Whether S holds a character of {@link #caseMappingSince15}. */
    public static boolean hasCaseMappingSince15(String s) {
        return s.indexOf('\u019b') >= 0 || s.indexOf('\u0264') >= 0;
    }

    /**
     * The printable code points of Unicode 15.0 as "first last" hex ranges, read on first use
     * from the table that tests/parser/gen-unicode.py writes from CPython 3.12 for the ast
     * layer's repr (a resource shared by path, not a Java dependency).
     */
    private static final class Printable15 {
        private static final int[] FIRSTS;
        private static final int[] LASTS;

        static {
            int[] f = new int[1024];
            int[] l = new int[1024];
            int n = 0;
            try (java.io.InputStream in = PyChars.class.getResourceAsStream("/org/pyvm/ast/printable.txt")) {
                if (in == null) {
                    throw new IllegalStateException("pyvm: missing resource /org/pyvm/ast/printable.txt");
                }
                java.io.BufferedReader r = new java.io.BufferedReader(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.US_ASCII));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isEmpty() || line.charAt(0) == '#') {
                        continue;
                    }
                    int sp = line.indexOf(' ');
                    if (n == f.length) {
                        f = java.util.Arrays.copyOf(f, n * 2);
                        l = java.util.Arrays.copyOf(l, n * 2);
                    }
                    f[n] = Integer.parseInt(line, 0, sp, 16);
                    l[n] = Integer.parseInt(line, sp + 1, line.length(), 16);
                    n++;
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            FIRSTS = java.util.Arrays.copyOf(f, n);
            LASTS = java.util.Arrays.copyOf(l, n);
        }

        static boolean contains(int cp) {
            int i = java.util.Arrays.binarySearch(FIRSTS, cp);
            if (i >= 0) {
                return true;
            }
            int k = -i - 2;
            return k >= 0 && cp <= LASTS[k];
        }
    }
}
