package org.pyvm.modules.array;

import java.math.BigInteger;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * The item types of array.array: sizes (x86-64 Linux: 'u' is a 4-byte wchar_t, 'l'/'L'
 * 8 bytes), reading an item from the little-endian buffer and writing a Python value into
 * it with the checks and messages of CPython's *_setitem functions (which go through
 * PyArg_Parse's 'h'/'i'/'l' converters first). Compare CPython Modules/arraymodule.c:
 * descriptors[] and b_setitem ... d_setitem.
 */
final class ItemCodec {

    private ItemCodec() {}

    static final String TYPECODES = "bBuhHiIlLqQfd";

    static int size(char tc) {
        return switch (tc) {
            case 'b', 'B' -> 1;
            case 'h', 'H' -> 2;
            case 'u', 'i', 'I', 'f' -> 4;
            default -> 8;
        };
    }

    private static long raw(byte[] b, int off, int n) {
        long v = 0;
        for (int k = n - 1; k >= 0; k--) {
            v = v << 8 | (b[off + k] & 0xff);
        }
        return v;
    }

    private static void put(byte[] b, int off, int n, long v) {
        for (int k = 0; k < n; k++) {
            b[off + k] = (byte) (v >>> (8 * k));
        }
    }

    static PyObject get(char tc, byte[] b, int off) {
        return switch (tc) {
            case 'b' -> PyInt.of((long) b[off]);
            case 'B' -> PyInt.of(b[off] & 0xff);
            case 'h' -> PyInt.of((long) (short) raw(b, off, 2));
            case 'H' -> PyInt.of(raw(b, off, 2));
            case 'i' -> PyInt.of((long) (int) raw(b, off, 4));
            case 'I' -> PyInt.of(raw(b, off, 4));
            case 'u' -> PyStr.ofCodePoint((int) raw(b, off, 4));
            case 'l', 'q' -> PyInt.of(raw(b, off, 8));
            case 'L', 'Q' -> {
                long v = raw(b, off, 8);
                yield v >= 0 ? PyInt.of(v) : PyInt.of(new BigInteger(Long.toUnsignedString(v)));
            }
            case 'f' -> PyFloat.of(Float.intBitsToFloat((int) raw(b, off, 4)));
            default -> PyFloat.of(Double.longBitsToDouble(raw(b, off, 8)));
        };
    }

    private static BigInteger intOf(PyObject v) {
        if (v instanceof PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        return Abstract.index(v).bigValue();
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** PyArg_Parse's C long step: "Python int too large to convert to C long". */
    private static long cLong(BigInteger x) {
        if (x.compareTo(LONG_MIN) < 0 || x.compareTo(LONG_MAX) > 0) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return x.longValue();
    }

    private static long range(long x, long lo, long hi, String what) {
        if (x < lo) {
            throw PyErr.overflowError(what + " is less than minimum");
        }
        if (x > hi) {
            throw PyErr.overflowError(what + " is greater than maximum");
        }
        return x;
    }

    /** Writes V as an item of type TC at OFF. */
    static void set(char tc, byte[] b, int off, PyObject v) {
        switch (tc) {
            case 'b' -> {
                long x = range(cLong(intOf(v)), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                put(b, off, 1, range(x, -128, 127, "signed char"));
            }
            case 'B' -> put(b, off, 1, range(cLong(intOf(v)), 0, 255, "unsigned byte integer"));
            case 'h' -> put(b, off, 2, range(cLong(intOf(v)), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer"));
            case 'H' -> {
                long x = range(cLong(intOf(v)), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                put(b, off, 2, range(x, 0, 65535, "unsigned short"));
            }
            case 'i' -> put(b, off, 4, range(cLong(intOf(v)), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer"));
            case 'I', 'L' -> {
                BigInteger x = intOf(v);
                if (x.signum() < 0) {
                    throw PyErr.overflowError("can't convert negative value to unsigned int");
                }
                if (x.compareTo(ULONG_MAX) > 0) {
                    throw PyErr.overflowError("Python int too large to convert to C unsigned long");
                }
                if (tc == 'I' && x.bitLength() > 32) {
                    throw PyErr.overflowError("unsigned int is greater than maximum");
                }
                put(b, off, size(tc), x.longValue());
            }
            case 'l' -> put(b, off, 8, cLong(intOf(v)));
            case 'q' -> {
                BigInteger x = intOf(v);
                if (x.bitLength() > 63) {
                    throw PyErr.overflowError("int too big to convert");
                }
                put(b, off, 8, x.longValue());
            }
            case 'Q' -> {
                BigInteger x = intOf(v);
                if (x.signum() < 0) {
                    throw PyErr.overflowError("can't convert negative int to unsigned");
                }
                if (x.bitLength() > 64) {
                    throw PyErr.overflowError("int too big to convert");
                }
                put(b, off, 8, x.longValue());
            }
            case 'u' -> {
                if (!(v instanceof PyStr s) || s.length() != 1) {
                    throw PyErr.typeError("array item must be unicode character");
                }
                put(b, off, 4, s.codePointAt(0));
            }
            case 'f' -> put(b, off, 4, Float.floatToRawIntBits((float) Abstract.toDouble(v)));
            default -> put(b, off, 8, Double.doubleToRawLongBits(Abstract.toDouble(v)));
        }
    }
}
