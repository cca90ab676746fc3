package org.pyvm.modules.testcapi;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;

/**
 * The _testcapi entry points to CPython's time conversions (Python/pytime.c), which
 * test_time checks value by value in every rounding mode: the _PyTime_t API (a signed
 * 64-bit count of nanoseconds: PyTime_FromSeconds, PyTime_FromSecondsObject,
 * PyTime_AsSecondsDouble, PyTime_AsTimeval, PyTime_AsTimespec and their _clamp forms,
 * PyTime_AsMilliseconds, PyTime_AsMicroseconds)
 * and the older conversions of a number of seconds to a time_t, a timeval or a timespec
 * (pytime_object_to_time_t, _timeval, _timespec). They are written here after pytime.c's
 * arithmetic (C's truncating division, its double rounding) so that they answer and fail
 * as CPython does, with its messages. Rounding modes: 0 floor, 1 ceiling, 2 half even, 3
 * away from zero. Compare Modules/_testcapi/pytime.c and Python/pytime.c.
 */
final class PyTimeFunctions {

    private PyTimeFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(PyTimeFunctions.class);
    }

    private static final int FLOOR = 0;
    private static final int CEILING = 1;
    private static final int HALF_EVEN = 2;
    private static final long SEC_TO_NS = 1_000_000_000L;
    private static final long SEC_TO_US = 1_000_000L;
    private static final long US_TO_NS = 1_000L;
    private static final long MS_TO_NS = 1_000_000L;
    /** 2**63 as a double: the bounds of a signed 64-bit integer (_PyTime_t, time_t). */
    private static final double TWO63 = 9.223372036854775808E18;

    private static org.pyvm.runtime.PyBaseException pytimeOverflow() {
        return PyErr.of(PyExc.OverflowError, "timestamp too large to convert to C _PyTime_t");
    }

    private static org.pyvm.runtime.PyBaseException timeTOverflow() {
        return PyErr.of(PyExc.OverflowError, "timestamp out of range for platform time_t");
    }

    /** A C int argument ("i"). */
    private static int cInt(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.isBig() || i.value > Integer.MAX_VALUE) {
            throw PyErr.of(PyExc.OverflowError, i.signum() < 0 ? "signed integer is less than minimum"
                : "signed integer is greater than maximum");
        }
        if (i.value < Integer.MIN_VALUE) {
            throw PyErr.of(PyExc.OverflowError, "signed integer is less than minimum");
        }
        return (int) i.value;
    }

    /** The rounding argument: ValueError "invalid rounding" for anything but the four modes (check_time_rounding). */
    private static int rounding(PyObject o) {
        int r = cInt(o);
        if (r < 0 || r > 3) {
            throw PyErr.valueError("invalid rounding");
        }
        return r;
    }

    /** PyLong_AsLongLong, its OverflowError replaced by OVERFLOW. */
    private static long asLongLong(PyObject o, java.util.function.Supplier<org.pyvm.runtime.PyBaseException> overflow) {
        PyInt i = Abstract.index(o);
        if (i.isBig()) {
            throw overflow.get();
        }
        return i.value;
    }

    /** _PyTime_FromNanosecondsObject: an int only. */
    private static long nanoseconds(PyObject o) {
        if (!(o instanceof PyInt)) {
            throw PyErr.typeError("expect int, got " + o.type().getName());
        }
        return asLongLong(o, PyTimeFunctions::pytimeOverflow);
    }

    /** _PyTime_Round: half even, ceiling, floor or away from zero, on a double. */
    private static double round(double d, int mode) {
        return switch (mode) {
            case HALF_EVEN -> Math.rint(d);
            case CEILING -> Math.ceil(d);
            case FLOOR -> Math.floor(d);
            default -> d >= 0.0 ? Math.ceil(d) : Math.floor(d);
        };
    }

    /** t / k rounded away from zero (pytime_divide_round_up). */
    private static long divideRoundUp(long t, long k) {
        long q = t / k;
        if (t % k != 0) {
            q += t >= 0 ? 1 : -1;
        }
        return q;
    }

    /** t / k in MODE (pytime_divide). */
    private static long divide(long t, long k, int mode) {
        switch (mode) {
            case HALF_EVEN: {
                long x = t / k;
                long absR = Math.abs(t % k);
                if (absR > k / 2 || (absR == k / 2 && (Math.abs(x) & 1) != 0)) {
                    x += t >= 0 ? 1 : -1;
                }
                return x;
            }
            case CEILING:
                return t >= 0 ? divideRoundUp(t, k) : t / k;
            case FLOOR:
                return t >= 0 ? t / k : divideRoundUp(t, k);
            default:
                return divideRoundUp(t, k);
        }
    }

    /** _PyTime_FromObject with seconds: a float rounded to nanoseconds, or an int multiplied. */
    private static long fromSecondsObject(PyObject obj, int mode) {
        if (obj instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            d = round(d * SEC_TO_NS, mode);
            if (!(-TWO63 <= d && d < TWO63)) {
                throw timeTOverflow(); // _PyTime_FromDouble's message
            }
            return (long) d;
        }
        long sec = asLongLong(obj, PyTimeFunctions::pytimeOverflow);
        try {
            return Math.multiplyExact(sec, SEC_TO_NS);
        } catch (ArithmeticException e) {
            throw pytimeOverflow();
        }
    }

    @ExposedMethod
    static PyObject PyTime_FromSeconds(PyObject seconds) {
        return PyInt.of((long) cInt(seconds) * SEC_TO_NS);
    }

    @ExposedMethod
    static PyObject PyTime_FromSecondsObject(PyObject obj, PyObject round) {
        return PyInt.of(fromSecondsObject(obj, rounding(round)));
    }

    /** _PyTime_AsSecondsDouble: whole seconds divided as integers, the rest as a double. */
    @ExposedMethod
    static PyObject PyTime_AsSecondsDouble(PyObject obj) {
        long t = nanoseconds(obj);
        return PyFloat.of(t % SEC_TO_NS == 0 ? (double) (t / SEC_TO_NS) : (double) t / 1e9);
    }

    /**
     * (t // k, t % k) with the remainder in [0, k) (pytime_divmod); null where the quotient
     * would pass _PyTime_MIN, for which CPython's callers raise or clamp.
     */
    private static long[] divmod(long t, long k) {
        long q = t / k;
        long r = t % k;
        if (r < 0) {
            if (q == Long.MIN_VALUE) {
                return null;
            }
            r += k;
            q -= 1;
        }
        return new long[] {q, r};
    }

    private static PyObject pair(long[] qr) {
        return PyTuple.of(PyInt.of(qr[0]), PyInt.of(qr[1]));
    }

    /** _PyTime_AsTimeval: (tv_sec, tv_usec) with 0 <= tv_usec < 10**6. */
    @ExposedMethod
    static PyObject PyTime_AsTimeval(PyObject obj, PyObject round) {
        int mode = rounding(round);
        long[] qr = divmod(divide(nanoseconds(obj), US_TO_NS, mode), SEC_TO_US);
        if (qr == null) {
            throw timeTOverflow();
        }
        return pair(qr);
    }

    /** _PyTime_AsTimeval_clamp: as PyTime_AsTimeval, out-of-range seconds clamped (a 64-bit time_t holds them all). */
    @ExposedMethod
    static PyObject PyTime_AsTimeval_clamp(PyObject obj, PyObject round) {
        int mode = rounding(round);
        long[] qr = divmod(divide(nanoseconds(obj), US_TO_NS, mode), SEC_TO_US);
        return pair(qr == null ? new long[] {Long.MIN_VALUE, 0} : qr);
    }

    /** _PyTime_AsTimespec: (tv_sec, tv_nsec) with 0 <= tv_nsec < 10**9. */
    @ExposedMethod
    static PyObject PyTime_AsTimespec(PyObject obj) {
        long[] qr = divmod(nanoseconds(obj), SEC_TO_NS);
        if (qr == null) {
            throw timeTOverflow();
        }
        return pair(qr);
    }

    @ExposedMethod
    static PyObject PyTime_AsTimespec_clamp(PyObject obj) {
        long[] qr = divmod(nanoseconds(obj), SEC_TO_NS);
        return pair(qr == null ? new long[] {Long.MIN_VALUE, 0} : qr);
    }

    /** _PyTime_AsMilliseconds (the value is read before the rounding mode is checked, as there). */
    @ExposedMethod
    static PyObject PyTime_AsMilliseconds(PyObject obj, PyObject round) {
        long t = nanoseconds(obj);
        return PyInt.of(divide(t, MS_TO_NS, rounding(round)));
    }

    @ExposedMethod
    static PyObject PyTime_AsMicroseconds(PyObject obj, PyObject round) {
        long t = nanoseconds(obj);
        return PyInt.of(divide(t, US_TO_NS, rounding(round)));
    }

    /** A time_t from an int (_PyLong_AsTime_t). */
    private static long timeT(PyObject obj) {
        return asLongLong(obj, PyTimeFunctions::timeTOverflow);
    }

    private static void checkTimeT(double intpart) {
        if (!(-TWO63 <= intpart && intpart <= TWO63)) {
            throw timeTOverflow();
        }
    }

    /** _PyTime_ObjectToTime_t: a float rounded to whole seconds, or an int. */
    @ExposedMethod
    static PyObject pytime_object_to_time_t(PyObject obj, PyObject round) {
        int mode = rounding(round);
        if (obj instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            double intpart = trunc(round(d, mode));
            checkTimeT(intpart);
            return PyInt.of((long) intpart);
        }
        return PyInt.of(timeT(obj));
    }

    private static double trunc(double d) {
        return d < 0 ? Math.ceil(d) : Math.floor(d);
    }

    /** _PyTime_ObjectToDenominator: (seconds, fraction in units of 1/DENOMINATOR). */
    private static PyObject toDenominator(PyObject obj, int mode, long idenominator) {
        if (obj instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            double denominator = idenominator;
            double intpart = trunc(d);
            double floatpart = Double.isInfinite(d) ? 0.0 : d - intpart; // modf
            floatpart = round(floatpart * denominator, mode);
            if (floatpart >= denominator) {
                floatpart -= denominator;
                intpart += 1.0;
            } else if (floatpart < 0) {
                floatpart += denominator;
                intpart -= 1.0;
            }
            checkTimeT(intpart);
            return PyTuple.of(PyInt.of((long) intpart), PyInt.of((long) floatpart));
        }
        return PyTuple.of(PyInt.of(timeT(obj)), PyInt.of(0));
    }

    @ExposedMethod
    static PyObject pytime_object_to_timeval(PyObject obj, PyObject round) {
        return toDenominator(obj, rounding(round), 1_000_000L);
    }

    @ExposedMethod
    static PyObject pytime_object_to_timespec(PyObject obj, PyObject round) {
        return toDenominator(obj, rounding(round), 1_000_000_000L);
    }
}
