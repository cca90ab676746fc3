package org.pyvm.runtime.text;

/**
 * repr() and ascii() of a Python str (also used in the error messages of the numeric
 * parsers). Java strings are UTF-16: a surrogate pair is one code point, a lone
 * surrogate is escaped as Python escapes it.
 *
 * <p>Compare CPython Objects/unicodeobject.c: unicode_repr; Objects/object.c: PyObject_ASCII.
 */
public final class StrRepr {

    private StrRepr() {}

    /** repr(s): quotes chosen as CPython does, \\t \\n \\r \\\\ and non-printables escaped. */
    public static String repr(String s) {
        return quote(s, false);
    }

    /** ascii(s): repr(s) with every non-ASCII character escaped as well. */
    public static String ascii(String s) {
        return quote(s, true);
    }

    private static String quote(String s, boolean asciiOnly) {
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
            } else if (!asciiOnly && UnicodeCtype.isPrintable(cp)) {
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

    /**
     * repr(b) of a bytes object: b'...' with \t \n \r \\ escaped and bytes outside
     * printable ASCII as \xNN. Compare CPython Objects/bytesobject.c: PyBytes_Repr.
     */
    public static String bytesRepr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3);
        sb.append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                hex(sb, "\\x", c, 2);
            } else {
                sb.append((char) c);
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
}
