package org.pyvm.modules.testcapi;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * _testcapi's int functions of test_capi.test_long: PyLong_Check/CheckExact and the C
 * conversions, each a round trip object -> C value -> object as the C function makes it:
 * AsLong/AsLongLong/AsSsize_t with their C ranges (the first two take __index__, the
 * ssize_t one only an int), the unsigned ones (only an int; the Mask forms take __index__
 * and reduce modulo 2**64), the AndOverflow forms giving (value, overflow), AsDouble,
 * FromDouble, FromString (a C string: up to its NUL, giving the value and the count of
 * bytes read) and FromUnicodeObject. None stands for C's NULL: SystemError, as
 * PyErr_BadInternalCall. A pointer is the object's id(): FromVoidPtr gives it and
 * AsVoidPtr finds the live object again ({@link Abstract#objectWithId}). Not offered:
 * call_long_compact_api, whose PyUnstable_Long_IsCompact speaks of CPython's 30-bit digit
 * layout, which pyvm's ints do not have. Compare CPython Modules/_testcapi/long.c and
 * Objects/longobject.c.
 */
final class LongFunctions {

    private LongFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(LongFunctions.class);
    }

    private static final BigInteger TWO64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger ULONG_MAX = TWO64.subtract(BigInteger.ONE);

    private static RuntimeException badInternalCall() {
        return PyErr.of(PyExc.SystemError, "bad argument to internal function");
    }

    private static boolean isInt(PyObject o) {
        return o instanceof PyInt;
    }

    /** The argument of a function taking __index__ (PyLong_AsLong and kin): NULL (None here) is SystemError. */
    private static BigInteger indexValue(PyObject o) {
        if (o == PyNone.NONE) {
            throw badInternalCall();
        }
        return cIndexValue(o);
    }

    /** As {@link #indexValue}, with Java null for C's NULL (the self-tests' calls, where None is None). */
    static BigInteger cIndexValue(PyObject o) {
        if (o == null) {
            throw badInternalCall();
        }
        return Abstract.index(o).bigValue();
    }

    /** The argument of a function taking only an int (PyLong_AsUnsignedLong and kin). */
    private static BigInteger intValue(PyObject o) {
        if (o == PyNone.NONE) {
            throw badInternalCall();
        }
        return cIntValue(o);
    }

    /** As {@link #intValue}, with Java null for C's NULL. */
    static BigInteger cIntValue(PyObject o) {
        if (o == null) {
            throw badInternalCall();
        }
        if (!isInt(o)) {
            throw PyErr.typeError("an integer is required");
        }
        return ((PyInt) o).bigValue();
    }

    private static boolean fitsLong(BigInteger v) {
        return v.bitLength() < 64;
    }

    @ExposedMethod
    static PyObject pylong_check(PyObject o) {
        return PyInt.of(isInt(o) ? 1 : 0);
    }

    @ExposedMethod
    static PyObject pylong_checkexact(PyObject o) {
        return PyInt.of(o.type() == PyInt.TYPE ? 1 : 0);
    }

    /** PyLong_AsLong: C long range. Compare longobject.c: PyLong_AsLongAndOverflow. */
    @ExposedMethod
    static PyObject pylong_aslong(PyObject o) {
        BigInteger v = indexValue(o);
        if (!fitsLong(v)) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return PyInt.of(v.longValue());
    }

    /** PyLong_AsLongAndOverflow: (value, 0), or (-1, sign) for a value outside C long. */
    @ExposedMethod
    static PyObject pylong_aslongandoverflow(PyObject o) {
        long[] r = asLongAndOverflow(o == PyNone.NONE ? null : o);
        return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
    }

    /** PyLong_AsLongAndOverflow of O (null: C's NULL): {value, overflow}. */
    static long[] asLongAndOverflow(PyObject o) {
        BigInteger v = cIndexValue(o);
        if (!fitsLong(v)) {
            return new long[] {-1, v.signum()};
        }
        return new long[] {v.longValue(), 0};
    }

    /** PyLong_AsLongLong: long long is 64 bits like long; the overflow message is _PyLong_AsByteArray's. */
    @ExposedMethod
    static PyObject pylong_aslonglong(PyObject o) {
        BigInteger v = indexValue(o);
        if (!fitsLong(v)) {
            throw PyErr.overflowError("int too big to convert");
        }
        return PyInt.of(v.longValue());
    }

    @ExposedMethod
    static PyObject pylong_aslonglongandoverflow(PyObject o) {
        return pylong_aslongandoverflow(o);
    }

    /** PyLong_AsUnsignedLong: only an int, 0 <= value < 2**64. */
    @ExposedMethod
    static PyObject pylong_asunsignedlong(PyObject o) {
        BigInteger v = intValue(o);
        if (v.signum() < 0) {
            throw PyErr.overflowError("can't convert negative value to unsigned int");
        }
        if (v.bitLength() > 64) {
            throw PyErr.overflowError("Python int too large to convert to C unsigned long");
        }
        return PyInt.of(v);
    }

    /** PyLong_AsUnsignedLongLong: as the unsigned long one, with _PyLong_AsByteArray's messages. */
    @ExposedMethod
    static PyObject pylong_asunsignedlonglong(PyObject o) {
        BigInteger v = intValue(o);
        if (v.signum() < 0) {
            throw PyErr.overflowError("can't convert negative int to unsigned");
        }
        if (v.bitLength() > 64) {
            throw PyErr.overflowError("int too big to convert");
        }
        return PyInt.of(v);
    }

    /** PyLong_AsUnsignedLongMask: __index__, modulo 2**64. */
    @ExposedMethod
    static PyObject pylong_asunsignedlongmask(PyObject o) {
        return PyInt.of(asUnsignedLongMask(o == PyNone.NONE ? null : o));
    }

    /** PyLong_AsUnsignedLong(Long)Mask of O (null: C's NULL, SystemError). */
    static BigInteger asUnsignedLongMask(PyObject o) {
        return cIndexValue(o).and(ULONG_MAX);
    }

    @ExposedMethod
    static PyObject pylong_asunsignedlonglongmask(PyObject o) {
        return pylong_asunsignedlongmask(o);
    }

    /** PyLong_AsSsize_t: only an int. */
    @ExposedMethod
    static PyObject pylong_as_ssize_t(PyObject o) {
        return PyInt.of(asSsizeT(o == PyNone.NONE ? null : o));
    }

    /** PyLong_AsSsize_t of O (null: C's NULL). */
    static long asSsizeT(PyObject o) {
        BigInteger v = cIntValue(o);
        if (!fitsLong(v)) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return v.longValue();
    }

    /** PyLong_AsSize_t: only an int, 0 <= value < 2**64. */
    @ExposedMethod
    static PyObject pylong_as_size_t(PyObject o) {
        return PyInt.of(asSizeT(o == PyNone.NONE ? null : o));
    }

    /** PyLong_AsSize_t of O (null: C's NULL). */
    static BigInteger asSizeT(PyObject o) {
        BigInteger v = cIntValue(o);
        if (v.signum() < 0) {
            throw PyErr.overflowError("can't convert negative value to size_t");
        }
        if (v.bitLength() > 64) {
            throw PyErr.overflowError("Python int too large to convert to C size_t");
        }
        return v;
    }

    /** PyLong_AsDouble: only an int; float(int)'s rounding and overflow. */
    @ExposedMethod
    static PyObject pylong_asdouble(PyObject o) {
        return PyFloat.of(asDouble(o == PyNone.NONE ? null : o));
    }

    /** PyLong_AsDouble of O (null: C's NULL). */
    static double asDouble(PyObject o) {
        cIntValue(o);
        PyInt exact = o.type() == PyInt.TYPE ? (PyInt) o : PyInt.of(((PyInt) o).bigValue());
        return Abstract.toDouble(exact);
    }

    /** PyLong_FromDouble (the "d" argument): int(x), OverflowError for infinities, ValueError for NaN. */
    @ExposedMethod
    static PyObject pylong_fromdouble(PyObject o) {
        double d = GetArgs.asDouble(o);
        return Abstract.call(PyInt.TYPE, PyFloat.of(d));
    }

    /**
     * PyLong_FromString(str, &end, base) on a C string ("y#": the bytes up to the first
     * NUL): (value, bytes read). The whole string must be a literal (surrounding whitespace
     * allowed), so the count read is the string's length; only ASCII digits count.
     */
    @ExposedMethod
    static PyObject pylong_fromstring(PyObject s, PyObject base) {
        PyObject[] parsed = GetArgs.parseTuple(new PyObject[] {s, base}, "y#i:pylong_fromstring").toArray(new PyObject[0]);
        byte[] b = ((PyBytes) parsed[0]).bytes();
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        int bs = (int) ((PyInt) parsed[1]).longValue();
        if (bs != 0 && (bs < 2 || bs > 36)) {
            throw PyErr.valueError("int() arg 2 must be >= 2 and <= 36");
        }
        String text = new String(b, 0, n, StandardCharsets.UTF_8);
        for (int i = 0; i < n; i++) {
            if (b[i] < 0) {
                throw PyErr.valueError("invalid literal for int() with base " + bs + ": " + Abstract.repr(PyStr.of(text)));
            }
        }
        PyObject v = Abstract.call(PyInt.TYPE, PyStr.of(text), PyInt.of(bs));
        return PyTuple.of(v, PyInt.of(n));
    }

    /** PyLong_FromUnicodeObject: int(str, base), Unicode digits included. */
    @ExposedMethod
    static PyObject pylong_fromunicodeobject(PyObject u, PyObject base) {
        if (u == PyNone.NONE) {
            throw badInternalCall();
        }
        int bs = Abstract.asCInt(base);
        if (!(u instanceof PyStr)) {
            throw badInternalCall();
        }
        return Abstract.call(PyInt.TYPE, u, PyInt.of(bs));
    }

    /** PyLong_FromVoidPtr: the object's address, pyvm's id(); 0 for NULL. */
    @ExposedMethod
    static PyObject pylong_fromvoidptr(PyObject o) {
        return PyInt.of(o == PyNone.NONE ? 0 : Abstract.id(o));
    }

    /**
     * PyLong_AsVoidPtr: the object at the address, None for 0. A negative value is read as
     * PyLong_AsLong reads it (and the pointer is its two's complement), any other only as an
     * int within 64 unsigned bits. An address at which no live object was given its id is
     * where C would read freed memory: SystemError here.
     */
    @ExposedMethod
    static PyObject pylong_asvoidptr(PyObject o) {
        BigInteger v;
        if (isInt(o) && ((PyInt) o).bigValue().signum() < 0) {
            v = ((PyInt) o).bigValue();
            if (!fitsLong(v)) {
                throw PyErr.overflowError("Python int too large to convert to C long");
            }
            v = v.add(TWO64);
        } else {
            v = intValue(o);
            if (v.bitLength() > 64) {
                throw PyErr.overflowError("Python int too large to convert to C unsigned long");
            }
        }
        if (v.signum() == 0) {
            return PyNone.NONE;
        }
        PyObject found = v.bitLength() < 64 ? Abstract.objectWithId(v.longValue()) : null;
        if (found == null) {
            throw PyErr.of(PyExc.SystemError, "pyvm: no live object has the address " + v);
        }
        return found;
    }
}
