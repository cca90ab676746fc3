package org.pyvm.runtime;

import java.math.BigInteger;

/**
 * Python {@code int}: a {@code long} when the value fits, a {@link BigInteger} otherwise
 * (never both), with a cache of small values. Compare CPython Objects/longobject.c.
 */
public class PyInt implements PyObject {

    public static final PyType TYPE = PyType.builtin("int", PyInt.class, PyInt.class).alsoExposedBy(IntMethods.class);

    private static final int CACHE_LOW = -5;
    private static final int CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];

    static {
        for (int i = CACHE_LOW; i <= CACHE_HIGH; i++) {
            CACHE[i - CACHE_LOW] = new PyInt(i);
        }
    }

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    public static final PyInt ZERO = of(0);
    public static final PyInt ONE = of(1);

    /** The value when {@link #big} is null. */
    public final long value;
    /** The value when it does not fit a long; null otherwise. */
    public final BigInteger big;

    protected PyInt(long v) {
        this.value = v;
        this.big = null;
    }

    protected PyInt(BigInteger b) {
        this.value = 0;
        this.big = b;
    }

    /** A copy of V's value, for subclass instances. */
    protected PyInt(PyInt v) {
        this.value = v.value;
        this.big = v.big;
    }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(v);
    }

    public static PyInt of(int v) {
        return of((long) v);
    }

    /** Normalizes: a BigInteger that fits a long becomes the long form. */
    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) {
            return of(b.longValue());
        }
        return new PyInt(b);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean isBig() {
        return big != null;
    }

    public BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The value as a Java int, or OverflowError (CPython's "Python int too large to convert to C ..."). */
    public int intValue() {
        if (big != null || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return (int) value;
    }

    public long longValue() {
        if (big != null) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return value;
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    public double doubleValue() {
        if (big == null) {
            return (double) value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("int too large to convert to float");
        }
        return d;
    }

    /**
     * Decimal digits, subject to sys.set_int_max_str_digits. Compare longobject.c:
     * long_to_decimal_string_internal (via runtime.text.IntText).
     */
    @Override
    public String toString() {
        if (big == null) {
            return Long.toString(value);
        }
        try {
            return org.pyvm.runtime.text.IntText.toString(big, PyRuntime.intMaxStrDigits);
        } catch (org.pyvm.runtime.text.TextFormatException e) {
            throw PyErr.of(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyInt i && IntMethods.compare(this, i) == 0;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(IntMethods.hash(this));
    }
}
