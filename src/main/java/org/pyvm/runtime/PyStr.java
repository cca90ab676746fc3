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

    // Presized: start-up interns thousands of names, and each doubling of the table is rehashed
    // in the bytecode interpreter.
    private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>(8192);
    public static final PyStr EMPTY = new PyStr("");
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i));
        }
    }

    /**
     * The content; null while this string is pending: then it is the first
     * {@code pendingLen} chars of {@code pending}. Read it only through {@link #value()}.
     */
    private String value;
    /**
     * Lazy concatenation (mirrors CPython's in-place resize in {@code Python/ceval.c}
     * {@code unicode_concatenate} / {@code PyUnicode_Append}, which needs a refcount of 1;
     * we have none): a string built by {@code +} may share one growing builder with the
     * string it was built from. The builder is only ever appended to, so its first
     * {@code pendingLen} chars never change; {@code s + x} appends in place only when the
     * builder still ends where {@code s} ends (nobody appended after {@code s}), otherwise
     * it copies. Python code runs on one thread, so no locking. Only exact strs are ever
     * pending (subclass instances are made from a String).
     */
    private StringBuilder pending;
    private int pendingLen;
    private long hash = -1;
    /** Length in code points; -1 until computed (always known for a pending string). */
    private int cpLength = -1;

    protected PyStr(String value) {
        this.value = value;
    }

    private PyStr(StringBuilder pending, int pendingLen, int cpLength) {
        this.pending = pending;
        this.pendingLen = pendingLen;
        this.cpLength = cpLength;
    }

    /**
     * Results shorter than this are plain concatenations: a builder only pays off for
     * strings built by many appends.
     */
    private static final int BUILDER_MIN = 64;

    /**
     * {@code a + b} for two strs (either may be a subclass instance; the result is an
     * exact str). Appends to A's builder when A is the builder's last string, so {@code s += x} in a loop is linear; starts a builder for a long
     * result (the next append then reuses it); copies otherwise.
     */
    public static PyStr concat(PyStr a, PyStr b) {
        StringBuilder sb = a.pending;
        String bv = b.value();
        if (bv.isEmpty() && a.getClass() == PyStr.class) {
            return a;
        }
        if (sb != null && sb.length() == a.pendingLen) {
            int cp = a.cpLength + b.length();
            sb.append(bv);
            return new PyStr(sb, sb.length(), cp);
        }
        String av = a.value();
        if (av.isEmpty() && b.getClass() == PyStr.class) {
            return b;
        }
        int n = av.length() + bv.length();
        if (n < BUILDER_MIN) {
            return of(av.concat(bv));
        }
        int cp = a.length() + b.length();
        // Room to grow by half before the builder's first own resize (capacity kept an int).
        sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, n + (n >> 1) + 16L));
        sb.append(av).append(bv);
        return new PyStr(sb, n, cp);
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
    /** S itself if no str of its value is interned yet (it then is), else the interned one. */
    public static PyStr intern(PyStr s) {
        PyStr p = INTERNED.putIfAbsent(s.value(), s);
        return p == null ? s : p;
    }

    /**
     * The values interned by sys.intern (beside the compiler's own interning of constants,
     * which interns more than CPython does): marshal writes these as interned strs too.
     */
    private static final java.util.Set<String> EXPLICIT = ConcurrentHashMap.newKeySet();

    /** sys.intern(s). Compare sysmodule.c: sys_intern_impl. */
    public static PyStr internExplicitly(PyStr s) {
        PyStr p = intern(s);
        EXPLICIT.add(p.value());
        return p;
    }

    /** Whether sys.intern was given a str of value S. */
    public static boolean internedExplicitly(String s) {
        return EXPLICIT.contains(s);
    }

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
        return value();
    }

    /**
     * The content as a String. A pending string is flattened once; it keeps its builder
     * only while it still ends the builder (so {@code s += x} after a read of s stays in
     * place), else drops it: nothing can append to it in place any more.
     */
    public String value() {
        String v = value;
        if (v == null) {
            StringBuilder sb = pending;
            if (sb.length() == pendingLen) {
                v = sb.toString();
            } else {
                v = sb.substring(0, pendingLen);
                pending = null;
            }
            value = v;
        }
        return v;
    }

    /** Length in code points. */
    public int length() {
        int n = cpLength;
        if (n < 0) {
            n = value().codePointCount(0, value().length());
            cpLength = n;
        }
        return n;
    }

    /** True when every code point is one char: indices are char indices. */
    public boolean isSimple() {
        return length() == value().length();
    }

    /** The code point at index I (0 <= i < length()). */
    public int codePointAt(int i) {
        return isSimple() ? value().charAt(i) : value().codePointAt(value().offsetByCodePoints(0, i));
    }

    /** The substring of code points [from, to). */
    public String substring(int from, int to) {
        if (isSimple()) {
            return value().substring(from, to);
        }
        int a = value().offsetByCodePoints(0, from);
        int b = value().offsetByCodePoints(a, to - from);
        return value().substring(a, b);
    }

    /** The char offset of code point index I. */
    public int charIndex(int i) {
        return isSimple() ? i : value().offsetByCodePoints(0, i);
    }

    /** The code point index of char offset C. */
    public int cpIndex(int c) {
        return isSimple() ? c : value().codePointCount(0, c);
    }

    public long pyHash() {
        long h = hash;
        if (h == -1) {
            h = Hashing.hashString(value());
            hash = h;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && s.value().equals(value());
    }

    @Override
    public int hashCode() {
        return value().hashCode();
    }

    @Override
    public int compareTo(PyStr o) {
        return compareCodePoints(value(), o.value());
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
