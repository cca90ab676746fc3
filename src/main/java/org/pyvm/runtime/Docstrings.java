package org.pyvm.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code __doc__} of functions, methods, descriptors and types written in Java, served
 * from a table docstrings.txt beside this class, keyed like the signature table
 * ({@link TextSignatures}): MODULE.NAME, TYPE, TYPE.NAME, one line each with backslash,
 * newline and tab escaped. The table is read on first use as one byte array, sorted by
 * key, and searched by halves: nothing is built per entry, so a lookup at type-building
 * time costs a few comparisons. A key the table does not list has None, as in CPython for
 * an undocumented function.
 *
 * <p>The project does not ship such a table yet: CPython's own docstrings are its text,
 * which we do not copy (DESIGN.md, decision 6), and our own are not written. So for now
 * every builtin's {@code __doc__} is None. Compare CPython Objects/typeobject.c:
 * _PyType_GetDocFromInternalDoc, type_dict_set_doc; descrobject.c: method_get_doc,
 * getset_get_doc, member_get_doc.
 */
final class Docstrings {

    private Docstrings() {}

    private static volatile byte[] table;

    private static byte[] table() {
        byte[] t = table;
        if (t == null) {
            try (InputStream in = Docstrings.class.getResourceAsStream("docstrings.txt")) {
                t = in == null ? new byte[0] : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            table = t;
        }
        return t;
    }

    /** KEY's docstring as a str, or None when CPython has none (or the table does not list KEY). */
    static PyObject of(String key) {
        String d = key == null ? null : lookup(key);
        return d == null ? PyNone.NONE : PyStr.of(d);
    }

    /** KEY's docstring, or null. */
    static String lookup(String key) {
        byte[] t = table();
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = t.length;
        // Invariant: a line holding KEY, if any, starts in [lo, hi).
        while (lo < hi) {
            int mid = lineStart(t, (lo + hi) >>> 1, lo);
            int c = compareKey(t, mid, k);
            if (c == 0) {
                int start = mid + k.length + 1;
                int end = start;
                while (end < t.length && t[end] != '\n') {
                    end++;
                }
                return unescape(new String(t, start, end - start, StandardCharsets.UTF_8));
            }
            if (c < 0) {
                lo = nextLine(t, mid);
            } else {
                if (mid == lo) {
                    return null;
                }
                hi = mid;
            }
        }
        return null;
    }

    /** The start of the line that holds position P (not before LO). */
    private static int lineStart(byte[] t, int p, int lo) {
        while (p > lo && t[p - 1] != '\n') {
            p--;
        }
        return p;
    }

    private static int nextLine(byte[] t, int p) {
        while (p < t.length && t[p] != '\n') {
            p++;
        }
        return p + 1;
    }

    /** The line's key (up to its tab) against K, as unsigned bytes. */
    private static int compareKey(byte[] t, int p, byte[] k) {
        for (int i = 0;; i++, p++) {
            boolean lineKeyEnds = p >= t.length || t[p] == '\t' || t[p] == '\n';
            if (i == k.length) {
                return lineKeyEnds ? 0 : 1;
            }
            if (lineKeyEnds) {
                return -1;
            }
            int c = (t[p] & 0xff) - (k[i] & 0xff);
            if (c != 0) {
                return c;
            }
        }
    }

    /** The generator writes a backslash, newline, carriage return or tab as \\, \n, \r or \t. */
    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
