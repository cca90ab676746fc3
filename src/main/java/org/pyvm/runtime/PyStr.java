package org.pyvm.runtime;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Python {@code str}: a Java String, indexed by code point. Strings without surrogate
 * pairs (nearly all) index the String directly; the others go through code-point
 * offsets. The hash is CPython's (SipHash-1-3 over the string's 1-, 2- or 4-byte form,
 * with PYTHONHASHSEED=0's key), computed once, so sets iterate in CPython's order.
 */
public class PyStr implements PyObject, Comparable<PyStr> {

    public static final PyType TYPE = PyType.builtin("str", PyStr.class, StrMethods.class);

    private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>();
    public static final PyStr EMPTY = new PyStr("");
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i));
        }
    }

    final String value;
    private long hash = -1;
    /** Length in code points; -1 until computed. */
    private int cpLength = -1;

    protected PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        if (s.length() <= 1) {
            return s.isEmpty() ? EMPTY : s.charAt(0) < 256 ? LATIN1[s.charAt(0)] : new PyStr(s);
        }
        return new PyStr(s);
    }

    public static PyStr ofCodePoint(int cp) {
        return cp < 256 ? LATIN1[cp] : new PyStr(new String(Character.toChars(cp)));
    }

    /** The shared instance for a name (attribute names, slot names, identifiers in code). */
    public static PyStr intern(String s) {
        PyStr p = INTERNED.get(s);
        if (p == null) {
            p = INTERNED.computeIfAbsent(s, PyStr::new);
        }
        return p;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return value;
    }

    public String value() {
        return value;
    }

    /** Length in code points. */
    public int length() {
        int n = cpLength;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            cpLength = n;
        }
        return n;
    }

    /** True when every code point is one char: indices are char indices. */
    public boolean isSimple() {
        return length() == value.length();
    }

    /** The code point at index I (0 <= i < length()). */
    public int codePointAt(int i) {
        return isSimple() ? value.charAt(i) : value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** The substring of code points [from, to). */
    public String substring(int from, int to) {
        if (isSimple()) {
            return value.substring(from, to);
        }
        int a = value.offsetByCodePoints(0, from);
        int b = value.offsetByCodePoints(a, to - from);
        return value.substring(a, b);
    }

    /** The char offset of code point index I. */
    public int charIndex(int i) {
        return isSimple() ? i : value.offsetByCodePoints(0, i);
    }

    /** The code point index of char offset C. */
    public int cpIndex(int c) {
        return isSimple() ? c : value.codePointCount(0, c);
    }

    public long pyHash() {
        long h = hash;
        if (h == -1) {
            h = Hashing.hashString(value);
            hash = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(PyStr o) {
        return compareCodePoints(value, o.value);
    }

    /** Code-point order (String.compareTo orders by UTF-16 unit, which differs above the BMP). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
