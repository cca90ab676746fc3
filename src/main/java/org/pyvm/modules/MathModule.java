package org.pyvm.modules;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Libm;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;

/**
 * The math module: floating-point functions with CPython's error rules, and the exact
 * integer functions (in {@link MathIntegers}), the special functions (in
 * {@link MathSpecial}). Compare CPython Modules/mathmodule.c.
 *
 * <p>Error rules (mathmodule.c: math_1, is_error): a NaN result from a non-NaN argument is
 * {@code ValueError: math domain error}; an infinite result from a finite argument is
 * {@code OverflowError: math range error} for functions that can overflow, else a domain
 * error. Where CPython calls the C library (exp, log, sin, pow, atan2...), so does pyvm,
 * through {@link Libm}, so that results are the same doubles; the Java code here (MathDD,
 * StrictMath, fdlibm's formulas) is the fallback when native calls are not possible.
 */
public final class MathModule {

    private MathModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("math");
        m.addFunctions(MathModule.class);
        m.addFunctions(MathIntegers.class);
        m.addFunctions(MathSpecial.class);
        var d = m.getDict();
        d.setStr("pi", PyFloat.of(Math.PI));
        d.setStr("e", PyFloat.of(Math.E));
        d.setStr("tau", PyFloat.of(2 * Math.PI));
        d.setStr("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        d.setStr("nan", PyFloat.of(Double.NaN));
        return m;
    }

    // ---- conversions and error rules ----

    /** float(o) as PyFloat_AsDouble does: float, __float__, then __index__; "must be real number, not T". */
    static double toDouble(PyObject o) {
        return Abstract.toDouble(o);
    }

    static PyFloat f(double d) {
        return PyFloat.of(d);
    }

    static RuntimeException domain() {
        return PyErr.valueError("math domain error");
    }

    static RuntimeException range() {
        return PyErr.overflowError("math range error");
    }

    /** Compare mathmodule.c: math_1: R computed from X, checked for domain/range errors. */
    static PyObject math1(PyObject arg, DoubleUnaryOperator fn, boolean canOverflow) {
        double x = toDouble(arg);
        return f(check1(x, fn.applyAsDouble(x), canOverflow));
    }

    static double check1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? range() : domain();
        }
        return r;
    }

    /** Compare mathmodule.c: math_2: the error rule for two-argument functions. */
    static double check2(double x, double y, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw range();
        }
        return r;
    }

    /** A plain int (not a subclass instance) with I's value. */
    static PyInt exactInt(PyInt i) {
        return i.getClass() == PyInt.class ? i : (i.isBig() ? PyInt.of(i.big) : PyInt.of(i.value));
    }

    // ---- one-argument functions (mathmodule.c: FUNC1 table) ----

    @ExposedMethod
    static PyObject acos(PyObject x) {
        return math1(x, v -> Libm.acos(v, MathDD::acos), false);
    }

    @ExposedMethod
    static PyObject asin(PyObject x) {
        return math1(x, v -> Libm.asin(v, MathDD::asin), false);
    }

    @ExposedMethod
    static PyObject atan(PyObject x) {
        return math1(x, v -> Libm.atan(v, MathDD::atan), false);
    }

    @ExposedMethod
    static PyObject cos(PyObject x) {
        return math1(x, v -> Libm.cos(v, MathDD::cos), false);
    }

    @ExposedMethod
    static PyObject sin(PyObject x) {
        return math1(x, v -> Libm.sin(v, MathDD::sin), false);
    }

    @ExposedMethod
    static PyObject tan(PyObject x) {
        return math1(x, v -> Libm.tan(v, MathDD::tan), false);
    }

    @ExposedMethod
    static PyObject cosh(PyObject x) {
        return math1(x, v -> Libm.cosh(v, MathModule::coshD), true);
    }

    @ExposedMethod
    static PyObject sinh(PyObject x) {
        return math1(x, v -> Libm.sinh(v, MathModule::sinhD), true);
    }

    @ExposedMethod
    static PyObject tanh(PyObject x) {
        return math1(x, v -> Libm.tanh(v, StrictMath::tanh), false);
    }

    @ExposedMethod
    static PyObject asinh(PyObject x) {
        return math1(x, v -> Libm.asinh(v, MathModule::asinhD), false);
    }

    @ExposedMethod
    static PyObject acosh(PyObject x) {
        return math1(x, v -> Libm.acosh(v, MathModule::acoshD), false);
    }

    @ExposedMethod
    static PyObject atanh(PyObject x) {
        return math1(x, v -> Libm.atanh(v, MathModule::atanhD), false);
    }

    @ExposedMethod
    static PyObject exp(PyObject x) {
        return math1(x, v -> Libm.exp(v, MathModule::expD), true);
    }

    @ExposedMethod
    static PyObject exp2(PyObject x) {
        return math1(x, v -> Libm.exp2(v, MathModule::exp2D), true);
    }

    @ExposedMethod
    static PyObject expm1(PyObject x) {
        return math1(x, v -> Libm.expm1(v, StrictMath::expm1), true);
    }

    @ExposedMethod
    static PyObject log1p(PyObject x) {
        return math1(x, MathModule::log1pD, false);
    }

    /** Compare mathmodule.c: m_log1p: log1p(±0) is the zero itself (some C libraries lose its sign). */
    static double log1pD(double x) {
        return x == 0.0 ? x : Libm.log1p(x, StrictMath::log1p);
    }

    @ExposedMethod
    static PyObject sqrt(PyObject x) {
        return math1(x, Math::sqrt, false);
    }

    @ExposedMethod
    static PyObject cbrt(PyObject x) {
        return math1(x, v -> Libm.cbrt(v, MathModule::cbrtD), false);
    }

    @ExposedMethod
    static PyObject fabs(PyObject x) {
        return math1(x, Math::abs, false);
    }

    /** Compare mathmodule.c: math_degrees: no error check (degrees(1e308) is inf). */
    @ExposedMethod
    static PyObject degrees(PyObject x) {
        return f(toDouble(x) * (180.0 / Math.PI));
    }

    @ExposedMethod
    static PyObject radians(PyObject x) {
        return f(toDouble(x) * (Math.PI / 180.0));
    }

    @ExposedMethod
    static boolean isfinite(PyObject x) {
        return Double.isFinite(toDouble(x));
    }

    @ExposedMethod
    static boolean isinf(PyObject x) {
        return Double.isInfinite(toDouble(x));
    }

    @ExposedMethod
    static boolean isnan(PyObject x) {
        return Double.isNaN(toDouble(x));
    }

    // asinh/acosh/atanh: Java has none; these follow the classic formulas C libraries use
    // (fdlibm s_asinh.c, e_acosh.c, e_atanh.c), written here from their mathematics.
    private static final double LN2 = 0.6931471805599453;
    private static final double TWO28 = 268435456.0;

    static double asinhD(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (ax < 0x1p-28) {
            return x;
        }
        double w;
        if (ax > TWO28) {
            w = MathDD.log(ax) + LN2;
        } else if (ax > 2.0) {
            w = MathDD.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
        } else {
            double t = x * x;
            w = StrictMath.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    static double acoshD(double x) {
        if (Double.isNaN(x) || x < 1.0) {
            return Double.NaN;
        }
        if (x >= TWO28) {
            return Double.isInfinite(x) ? x : MathDD.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            double t = x * x;
            return MathDD.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanhD(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax > 1.0) {
            return Double.NaN;
        }
        if (ax == 1.0) {
            return x / 0.0;
        }
        if (ax < 0x1p-28) {
            return x;
        }
        double t;
        if (ax < 0.5) {
            t = ax + ax;
            t = 0.5 * StrictMath.log1p(t + t * ax / (1.0 - ax));
        } else {
            t = 0.5 * StrictMath.log1p((ax + ax) / (1.0 - ax));
        }
        return Math.copySign(t, x);
    }

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /**
     * Cube root as glibc computes it (sysdeps/ieee754/dbl-64/s_cbrt.c, which CPython's
     * math.cbrt calls): a degree-6 polynomial guess on the frexp mantissa, one Halley
     * step, and the exponent divided by 3 with the remainder's factor 2**(r/3).
     * StrictMath.cbrt (fdlibm) rounds differently in about half of all cases.
     */
    static double cbrtD(double x) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return x + x;
        }
        double ax = Math.abs(x);
        int xe = frexpExp(ax);
        double xm = Math.scalb(ax, -xe);
        double u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
            + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm))
            * xm);
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }

    /** 2**x: exact for integral x (a power of two), else correctly rounded. */
    static double exp2D(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? x : 0.0;
        }
        if (x == Math.rint(x) && Math.abs(x) <= 1100) {
            return Math.scalb(1.0, (int) x);
        }
        if (x > 1100) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -1100) {
            return 0.0;
        }
        return MathDD.powPositive(2.0, x);
    }

    /** e**x, correctly rounded (glibc's exp is, in all but rare cases). */
    static double expD(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? x : 0.0;
        }
        return MathDD.exp(x);
    }

    /** x**y for finite x and y: C99's special cases from StrictMath, the rest correctly rounded. */
    static double powD(double x, double y) {
        if (x == 0.0 || y == 0.0 || Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y)) {
            return StrictMath.pow(x, y);
        }
        if (x > 0) {
            return MathDD.powPositive(x, y);
        }
        if (y != Math.rint(y)) {
            return Double.NaN;
        }
        double r = MathDD.powPositive(-x, y);
        boolean odd = Math.abs(y) < 0x1p53 && Math.abs(y) % 2.0 == 1.0;
        return odd ? -r : r;
    }

    // sinh and cosh as fdlibm (glibc's e_sinh.c, e_cosh.c) composes them from expm1 and
    // exp, with the correctly rounded exp.
    static double coshD(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        if (Double.isInfinite(ax)) {
            return ax;
        }
        if (ax < 0.5 * LN2) {
            if (ax < 0x1p-55) {
                return 1.0;
            }
            double t = StrictMath.expm1(ax);
            double w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        if (ax < 22) {
            double t = MathDD.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < 709.782712893384) {
            return 0.5 * MathDD.exp(ax);
        }
        if (ax <= 710.4758600739439) {
            double w = MathDD.exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    static double sinhD(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ax < 22) {
            if (ax < 0x1p-28) {
                return x;
            }
            double t = StrictMath.expm1(ax);
            if (ax < 1) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ax < 709.782712893384) {
            return h * MathDD.exp(ax);
        }
        if (ax <= 710.4758600739439) {
            double w = MathDD.exp(0.5 * ax);
            double t = h * w;
            return t * w;
        }
        return x * 1e307 * 1e307;
    }

    // ---- floor, ceil, trunc ----

    /** Calls the special method NAME of O's type, or returns null when it has none (_PyObject_LookupSpecial). */
    static PyObject callSpecial(PyObject o, String name) {
        PyObject m = o.type().lookup(name);
        if (m == null) {
            return null;
        }
        return Abstract.call(Abstract.bindDescr(m, o, o.type()));
    }

    /** Compare mathmodule.c: math_floor: exact float fast path, int returned as is, then __floor__, then float(). */
    @ExposedMethod
    static PyObject floor(PyObject x) {
        return floorCeil(x, "__floor__", true);
    }

    @ExposedMethod
    static PyObject ceil(PyObject x) {
        return floorCeil(x, "__ceil__", false);
    }

    private static PyObject floorCeil(PyObject x, String name, boolean floor) {
        if (x.getClass() == PyFloat.class) {
            double v = ((PyFloat) x).value;
            return org.pyvm.runtime.FloatMethods.toInt(floor ? Math.floor(v) : Math.ceil(v));
        }
        if (x.getClass() == PyInt.class) {
            return x;
        }
        PyObject r = callSpecial(x, name);
        if (r != null) {
            return r;
        }
        if (x instanceof PyInt i) {
            return exactInt(i);
        }
        double v = toDouble(x);
        return org.pyvm.runtime.FloatMethods.toInt(floor ? Math.floor(v) : Math.ceil(v));
    }

    /** Compare mathmodule.c: math_trunc: __trunc__ or "type T doesn't define __trunc__ method". */
    @ExposedMethod
    static PyObject trunc(PyObject x) {
        if (x instanceof PyFloat fl && x.getClass() == PyFloat.class) {
            return org.pyvm.runtime.FloatMethods.toInt(fl.value);
        }
        PyObject r = callSpecial(x, "__trunc__");
        if (r != null) {
            return r;
        }
        if (x instanceof PyInt i) {
            return exactInt(i);
        }
        if (x instanceof PyFloat fl) {
            return org.pyvm.runtime.FloatMethods.toInt(fl.value);
        }
        throw PyErr.typeError("type " + x.type().getName() + " doesn't define __trunc__ method");
    }

    // ---- two-argument functions ----

    /** Compare mathmodule.c: math_atan2 (math_2 of m_atan2). */
    @ExposedMethod
    static PyObject atan2(PyObject y, PyObject x) {
        double a = toDouble(y);
        double b = toDouble(x);
        return f(check2(a, b, atan2D(a, b)));
    }

    /** Compare mathmodule.c: m_atan2: C99's special values decided here, the rest by libm's atan2. */
    static double atan2D(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                return Math.copySign(Math.copySign(1.0, x) == 1.0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0.0) {
            return Math.copySign(Math.copySign(1.0, x) == 1.0 ? 0.0 : Math.PI, y);
        }
        return Libm.atan2(y, x, MathDD::atan2);
    }

    @ExposedMethod
    static PyObject copysign(PyObject x, PyObject y) {
        double a = toDouble(x);
        double b = toDouble(y);
        return f(Math.copySign(a, b));
    }

    /** Compare mathmodule.c: math_fmod: fmod(x, inf) is x; Java's % is C's fmod. */
    @ExposedMethod
    static PyObject fmod(PyObject x, PyObject y) {
        double a = toDouble(x);
        double b = toDouble(y);
        if (Double.isInfinite(b) && Double.isFinite(a)) {
            return f(a);
        }
        double r = a % b;
        if (Double.isNaN(r) && !Double.isNaN(a) && !Double.isNaN(b)) {
            throw domain();
        }
        return f(r);
    }

    /** Compare mathmodule.c: m_remainder: the IEEE 754 remainder (exact). */
    @ExposedMethod
    static PyObject remainder(PyObject x, PyObject y) {
        double a = toDouble(x);
        double b = toDouble(y);
        double r;
        if (Double.isNaN(a)) {
            r = a;
        } else if (Double.isNaN(b)) {
            r = b;
        } else if (Double.isInfinite(a) || b == 0.0) {
            r = Double.NaN;
        } else if (Double.isInfinite(b)) {
            r = a;
        } else {
            r = Math.IEEEremainder(a, b);
            if (r == 0.0) {
                r = Math.copySign(0.0, a);
            }
        }
        return f(check2(a, b, r));
    }

    /** Compare mathmodule.c: math_pow: the C99 special values, then pow with errno rules. */
    @ExposedMethod
    static PyObject pow(PyObject x, PyObject y) {
        double a = toDouble(x);
        double b = toDouble(y);
        double r;
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            if (Double.isNaN(a)) {
                r = b == 0.0 ? 1.0 : a;
            } else if (Double.isNaN(b)) {
                r = a == 1.0 ? 1.0 : b;
            } else if (Double.isInfinite(a)) {
                boolean oddY = Double.isFinite(b) && Math.abs(b) % 2.0 == 1.0;
                if (b > 0.0) {
                    r = oddY ? a : Math.abs(a);
                } else if (b == 0.0) {
                    r = 1.0;
                } else {
                    r = oddY ? Math.copySign(0.0, a) : 0.0;
                }
            } else {
                if (Math.abs(a) == 1.0) {
                    r = 1.0;
                } else if (b > 0.0 && Math.abs(a) > 1.0) {
                    r = b;
                } else if (b < 0.0 && Math.abs(a) < 1.0) {
                    r = -b;
                } else {
                    r = 0.0;
                }
            }
            return f(r);
        }
        // finite ** finite: libm's pow, as math_pow lets it do
        r = Libm.pow(a, b, MathModule::powD);
        if (Double.isNaN(r)) {
            throw domain();
        }
        if (Double.isInfinite(r)) {
            throw a == 0.0 ? domain() : range();
        }
        return f(r);
    }

    /** Compare mathmodule.c: math_ldexp: the exponent is any int; huge ones overflow or underflow. */
    @ExposedMethod
    static PyObject ldexp(PyObject x, PyObject i) {
        double v = toDouble(x);
        if (!(i instanceof PyInt n)) {
            throw PyErr.typeError("Expected an int as second argument to ldexp.");
        }
        long e;
        if (n.isBig()) {
            e = n.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        } else {
            e = n.value;
        }
        if (v == 0.0 || !Double.isFinite(v)) {
            return f(v);
        }
        if (e > 3000) {
            throw range();
        }
        if (e < -3000) {
            return f(Math.copySign(0.0, v));
        }
        double r = ldexpD(v, (int) e);
        if (Double.isInfinite(r)) {
            throw range();
        }
        return f(r);
    }

    /** x * 2**e with one rounding, as C's ldexp (scalb rounds once, subnormals included). */
    static double ldexpD(double v, int e) {
        return Math.scalb(v, e);
    }

    /** Compare mathmodule.c: math_frexp: (m, e) with 0.5 <= |m| < 1; 0, inf, nan returned as (x, 0). */
    @ExposedMethod
    static PyObject frexp(PyObject x) {
        double v = toDouble(x);
        if (v == 0.0 || !Double.isFinite(v)) {
            return PyTuple.of(f(v), PyInt.ZERO);
        }
        int e = frexpExp(v);
        return PyTuple.of(f(Math.scalb(v, -e)), PyInt.of(e));
    }

    /** The exponent E of frexp: |v| = m * 2**E with 0.5 <= m < 1 (v finite, non-zero). */
    static int frexpExp(double v) {
        int e = Math.getExponent(v);
        if (e == Double.MIN_EXPONENT - 1) {
            // subnormal: normalise first
            return Math.getExponent(v * 0x1p54) - 54 + 1;
        }
        return e + 1;
    }

    /** Compare mathmodule.c: math_modf: (fraction, integral part) with the sign of x. */
    @ExposedMethod
    static PyObject modf(PyObject x) {
        double v = toDouble(x);
        if (Double.isInfinite(v)) {
            return PyTuple.of(f(Math.copySign(0.0, v)), f(v));
        }
        if (Double.isNaN(v)) {
            return PyTuple.of(f(v), f(v));
        }
        double ip = v < 0 ? Math.ceil(v) : Math.floor(v);
        double fr = Math.copySign(v - ip, v);
        return PyTuple.of(f(fr), f(Math.copySign(ip, v)));
    }

    // ---- logarithms ----

    interface LogFn {
        double apply(double x);
    }

    /** Compare mathmodule.c: m_log: log(0) and negative arguments are domain errors. */
    static double mLog(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) {
                return Libm.log(x, MathDD::log);
            }
            throw domain();
        }
        if (Double.isNaN(x) || x > 0) {
            return x;
        }
        throw domain();
    }

    static double mLog10(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) {
                return Libm.log10(x, MathModule::log10D);
            }
            throw domain();
        }
        if (Double.isNaN(x) || x > 0) {
            return x;
        }
        throw domain();
    }

    private static final double IVLN10 = Double.longBitsToDouble(0x3FDBCB7B1526E50EL);
    private static final double LOG10_2HI = Double.longBitsToDouble(0x3FD34413509F6000L);
    private static final double LOG10_2LO = Double.longBitsToDouble(0x3D59FEF311F12B36L);

    /**
     * log10 of a positive finite x as glibc's e_log10.c composes it (fdlibm's method with
     * glibc's log): x = 2**k * m with m in [1, 2) (or [0.5, 1) for negative k), then
     * k*log10(2) in two parts plus log(m)/ln(10).
     */
    static double log10D(double x) {
        int k = 0;
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        if (hx < 0x00100000) {
            k -= 54;
            x *= 0x1p54;
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >>> 32);
        }
        k += (hx >> 20) - 1023;
        int i = k < 0 ? 1 : 0;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * LOG10_2LO + IVLN10 * MathDD.log(x);
        return z + y * LOG10_2HI;
    }

    static double mLog2(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) {
                return Libm.log2(x, MathDD::log2);
            }
            throw domain();
        }
        if (Double.isNaN(x) || x > 0) {
            return x;
        }
        throw domain();
    }

    /**
     * Compare mathmodule.c: loghelper: ints beyond the float range are split as x * 2**e
     * (_PyLong_Frexp) so that log(10**1000) works; non-positive ints are domain errors.
     */
    static double logHelper(PyObject arg, LogFn fn) {
        if (arg instanceof PyInt i) {
            if (i.signum() <= 0) {
                throw domain();
            }
            double d = i.isBig() ? i.big.doubleValue() : (double) i.value;
            if (Double.isInfinite(d)) {
                double xm = frexpBig(i.big);
                int e = i.big.bitLength();
                if (xm == 1.0) {
                    xm = 0.5;
                    e += 1;
                }
                return fn.apply(xm) + fn.apply(2.0) * e;
            }
            return fn.apply(d);
        }
        return fn.apply(toDouble(arg));
    }

    /** B / 2**bitLength(B) correctly rounded (half even): in [0.5, 1]. Compare longobject.c: _PyLong_Frexp. */
    static double frexpBig(BigInteger b) {
        int bits = b.bitLength();
        long top = b.shiftRight(bits - 62).longValue();
        if (b.getLowestSetBit() < bits - 62) {
            top |= 1; // sticky bit: rounding by the long-to-double conversion is then correct
        }
        return Math.scalb((double) top, -62);
    }

    /** log(x[, base]). Compare mathmodule.c: math_log. */
    @ExposedMethod(min = 1)
    static PyObject log(PyObject x, PyObject base) {
        double num = logHelper(x, MathModule::mLog);
        if (base == null) {
            return f(num);
        }
        double den = logHelper(base, MathModule::mLog);
        if (den == 0.0) {
            throw PyErr.zeroDivision("float division by zero");
        }
        return f(num / den);
    }

    @ExposedMethod
    static PyObject log2(PyObject x) {
        return f(logHelper(x, MathModule::mLog2));
    }

    @ExposedMethod
    static PyObject log10(PyObject x) {
        return f(logHelper(x, MathModule::mLog10));
    }

    // ---- comparisons and steps ----

    /**
     * Parses an Argument Clinic signature: exactly NPOS positional parameters (the first
     * NREQKW of them may also come by keyword; positional-only ones have the name ""),
     * then optional keyword-only ones. CPython's messages.
     */
    static PyObject[] clinic(String fn, PyObject[] args, String[] kw, int npos, int nreqkw, String... names) {
        int nkw = kw == null ? 0 : kw.length;
        int given = args.length - nkw;
        if (given > npos || (given < npos && nreqkw == 0)) {
            throw PyErr.typeError(fn + "() takes exactly " + npos + " positional argument" + (npos == 1 ? "" : "s")
                + " (" + given + " given)");
        }
        PyObject[] v = new PyObject[names.length];
        System.arraycopy(args, 0, v, 0, given);
        for (int k = 0; k < nkw; k++) {
            int idx = -1;
            for (int i = 0; i < names.length; i++) {
                if (!names[i].isEmpty() && names[i].equals(kw[k])) {
                    idx = i;
                }
            }
            if (idx < 0) {
                throw PyErr.typeError("'" + kw[k] + "' is an invalid keyword argument for " + fn + "()");
            }
            if (v[idx] != null) {
                throw PyErr.typeError("argument for " + fn + "() given by name ('" + kw[k] + "') and position ("
                    + (idx + 1) + ")");
            }
            v[idx] = args[given + k];
        }
        for (int i = 0; i < npos; i++) {
            if (v[i] == null) {
                throw PyErr.typeError(fn + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return v;
    }

    /** Compare mathmodule.c: math_isclose_impl. */
    @ExposedMethod
    static PyObject isclose(PyObject[] args, String[] kw) {
        PyObject[] v = clinic("isclose", args, kw, 2, 2, "a", "b", "rel_tol", "abs_tol");
        double a = toDouble(v[0]);
        double b = toDouble(v[1]);
        double rel = v[2] == null ? 1e-9 : toDouble(v[2]);
        double abs = v[3] == null ? 0.0 : toDouble(v[3]);
        if (rel < 0.0 || abs < 0.0) {
            throw PyErr.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return PyBool.FALSE;
        }
        double diff = Math.abs(b - a);
        return PyBool.of(diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs);
    }

    /** Compare mathmodule.c: math_nextafter_impl: STEPS moves over the ordered doubles. */
    @ExposedMethod
    static PyObject nextafter(PyObject[] args, String[] kw) {
        PyObject[] v = clinic("nextafter", args, kw, 2, 0, "", "", "steps");
        double x = toDouble(v[0]);
        double y = toDouble(v[1]);
        PyObject st = v[2];
        if (st == null || st == PyNone.NONE) {
            return f(Math.nextAfter(x, y));
        }
        PyInt s = Abstract.index(st);
        if (s.signum() < 0) {
            throw PyErr.valueError("steps must be a non-negative integer");
        }
        // steps as an unsigned 64-bit count, saturating
        long us = s.isBig() ? (s.big.bitLength() > 64 ? -1L : s.big.longValue()) : s.value;
        if (us == 0) {
            return f(x);
        }
        if (Double.isNaN(x)) {
            return f(x);
        }
        if (Double.isNaN(y)) {
            return f(y);
        }
        long ix = Double.doubleToRawLongBits(x);
        long iy = Double.doubleToRawLongBits(y);
        if (x == y) {
            return f(y);
        }
        long sign = Long.MIN_VALUE;
        long ax = ix & ~sign;
        long ay = iy & ~sign;
        if (((ix ^ iy) & sign) != 0) {
            // opposite signs: walk to zero, then away from it
            if (Long.compareUnsigned(ax + ay, us) <= 0) {
                return f(y);
            }
            if (Long.compareUnsigned(ax, us) < 0) {
                return f(Double.longBitsToDouble((iy & sign) | (us - ax)));
            }
            return f(Double.longBitsToDouble(ix - us));
        }
        if (Long.compareUnsigned(ax, ay) > 0) {
            if (Long.compareUnsigned(ax - ay, us) >= 0) {
                return f(Double.longBitsToDouble(ix - us));
            }
            return f(y);
        }
        if (Long.compareUnsigned(ay - ax, us) >= 0) {
            return f(Double.longBitsToDouble(ix + us));
        }
        return f(y);
    }

    /** Compare mathmodule.c: math_ulp_impl. */
    @ExposedMethod
    static PyObject ulp(PyObject x) {
        double v = toDouble(x);
        if (Double.isNaN(v)) {
            return f(v);
        }
        v = Math.abs(v);
        if (Double.isInfinite(v)) {
            return f(v);
        }
        double v2 = Math.nextUp(v);
        if (Double.isInfinite(v2)) {
            v2 = Math.nextDown(v);
            return f(v - v2);
        }
        return f(v2 - v);
    }

    // ---- sums, products, norms ----

    /**
     * Compare mathmodule.c: math_fsum: Shewchuk's exact partials, then the correctly
     * rounded sum of the partials, with CPython's special-value and overflow rules.
     */
    @ExposedMethod
    static PyObject fsum(PyObject seq) {
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        PyObject it = Abstract.iter(seq);
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            double x = toDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // a non-finite x comes from an overflow, or from inf/nan summands
                    if (Double.isFinite(xsave)) {
                        throw PyErr.overflowError("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) {
                        p = java.util.Arrays.copyOf(p, n * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw PyErr.valueError("-inf + inf in fsum");
            }
            return f(specialSum);
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            // sum from the top until the first inexact addition
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) {
                    break;
                }
            }
            // half-way case: round by the sign of the next partial
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) {
                    hi = x;
                }
            }
        }
        return f(hi);
    }

    /** Compare mathmodule.c: math_prod_impl: start * items, by the ordinary * operator. */
    @ExposedMethod
    static PyObject prod(PyObject[] args, String[] kw) {
        PyObject[] v = clinic("prod", args, kw, 1, 0, "", "start");
        PyObject r = v[1] == null ? PyInt.ONE : v[1];
        PyObject it = Abstract.iter(v[0]);
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            r = Ops.binaryOp(r, item, Ops.NB_MULTIPLY);
        }
        return r;
    }

    /** Plain floats and ints as doubles (ASSIGN_DOUBLE in mathmodule.c), for hypot and dist. */
    static double assignDouble(PyObject o) {
        if (o instanceof PyFloat fl) {
            return fl.value;
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        return toDouble(o);
    }

    /** Compare mathmodule.c: math_hypot: the vector norm of the arguments. */
    @ExposedMethod
    static PyObject hypot(PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("hypot() takes no keyword arguments");
        }
        double[] v = new double[args.length];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < args.length; i++) {
            double x = Math.abs(assignDouble(args[i]));
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return f(vectorNorm(v, max, nan));
    }

    /** Compare mathmodule.c: math_dist_impl. */
    @ExposedMethod
    static PyObject dist(PyObject p, PyObject q) {
        PyObject[] a = Abstract.toArray(checkSeq(p));
        PyObject[] b = Abstract.toArray(checkSeq(q));
        if (a.length != b.length) {
            throw PyErr.valueError("both points must have the same number of dimensions");
        }
        double[] v = new double[a.length];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < a.length; i++) {
            double x = Math.abs(assignDouble(a[i]) - assignDouble(b[i]));
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return f(vectorNorm(v, max, nan));
    }

    private static PyObject checkSeq(PyObject o) {
        if (o instanceof PyTuple || o instanceof PyList) {
            return o;
        }
        return PyTuple.of(Abstract.toArray(o));
    }

    /**
     * The Euclidean norm of non-negative finite values (or inf/nan markers), accurate to
     * within 1 ulp: lossless scaling by a power of two, squares and running sum in
     * double-double, a square root, and one differential correction. Compare
     * mathmodule.c: vector_norm.
     */
    static double vectorNorm(double[] vec, double max, boolean foundNan) {
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        int n = vec.length;
        if (max == 0.0 || n <= 1) {
            return max;
        }
        int maxE = frexpExp(max);
        if (maxE < -1023) {
            // ldexp(1.0, -max_e) would overflow: rescale subnormals to normals first
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = vec[i] / Double.MIN_NORMAL;
            }
            return Double.MIN_NORMAL * vectorNorm(w, max / Double.MIN_NORMAL, false);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        for (int i = 0; i < n; i++) {
            double x = vec[i] * scale;
            double prHi = x * x;
            double prLo = Math.fma(x, x, -prHi);
            double smHi = csum + prHi;
            double smLo = (csum - smHi) + prHi;
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double prHi = -h * h;
        double prLo = Math.fma(-h, h, -prHi);
        double smHi = csum + prHi;
        double smLo = (csum - smHi) + prHi;
        csum = smHi;
        frac1 += prLo;
        frac2 += smLo;
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h);
        return h / scale;
    }

    /**
     * sumprod(p, q): the sum of products, computed as CPython does: a run of int pairs
     * that fit a long (and whose sum does too) is summed exactly; a run of float/float,
     * float/int pairs is summed in triple-length arithmetic (rounded once at the end of
     * the run); every other pair goes through * and +. Compare mathmodule.c:
     * math_sumprod_impl, tl_fma, tl_to_d.
     */
    @ExposedMethod
    static PyObject sumprod(PyObject p, PyObject q) {
        PyObject pIt = Abstract.iter(p);
        PyObject qIt = Abstract.iter(q);
        PyObject total = PyInt.ZERO;
        boolean intPath = true;
        boolean intInUse = false;
        long intTotal = 0;
        boolean fltPath = true;
        boolean fltInUse = false;
        double[] tl = new double[3]; // hi, lo, tiny
        while (true) {
            PyObject pi = Abstract.next(pIt);
            PyObject qi = Abstract.next(qIt);
            if ((pi == null) != (qi == null)) {
                throw PyErr.valueError("Inputs are not the same length");
            }
            boolean finished = pi == null;
            if (intPath) {
                if (!finished && pi.getClass() == PyInt.class && qi.getClass() == PyInt.class
                    && !((PyInt) pi).isBig() && !((PyInt) qi).isBig()) {
                    long a = ((PyInt) pi).value;
                    long b = ((PyInt) qi).value;
                    long hi = Math.multiplyHigh(a, b);
                    long prod = a * b;
                    if ((hi == 0 && prod >= 0) || (hi == -1 && prod < 0)) {
                        long sum = intTotal + prod;
                        if (((intTotal ^ sum) & (prod ^ sum)) >= 0) {
                            intTotal = sum;
                            intInUse = true;
                            continue;
                        }
                    }
                }
                intPath = false;
                if (intInUse) {
                    total = Ops.binaryOp(total, PyInt.of(intTotal), Ops.NB_ADD);
                    intTotal = 0;
                    intInUse = false;
                }
            }
            if (fltPath) {
                boolean ok = false;
                if (!finished) {
                    boolean pf = pi.getClass() == PyFloat.class;
                    boolean qf = qi.getClass() == PyFloat.class;
                    double fp = 0;
                    double fq = 0;
                    boolean have = true;
                    if (pf && qf) {
                        fp = ((PyFloat) pi).value;
                        fq = ((PyFloat) qi).value;
                    } else if (pf && (qi.getClass() == PyInt.class || qi instanceof PyBool)) {
                        fp = ((PyFloat) pi).value;
                        fq = intAsDouble((PyInt) qi);
                        have = !Double.isNaN(fq);
                    } else if (qf && (pi.getClass() == PyInt.class || pi instanceof PyBool)) {
                        fq = ((PyFloat) qi).value;
                        fp = intAsDouble((PyInt) pi);
                        have = !Double.isNaN(fp);
                    } else {
                        have = false;
                    }
                    if (have) {
                        double[] n = tlFma(fp, fq, tl);
                        if (Double.isFinite(n[0])) {
                            tl = n;
                            fltInUse = true;
                            ok = true;
                        }
                    }
                }
                if (ok) {
                    continue;
                }
                fltPath = false;
                if (fltInUse) {
                    total = Ops.binaryOp(total, f(tlToDouble(tl)), Ops.NB_ADD);
                    tl = new double[3];
                    fltInUse = false;
                }
            }
            if (finished) {
                return total;
            }
            total = Ops.binaryOp(total, Ops.binaryOp(pi, qi, Ops.NB_MULTIPLY), Ops.NB_ADD);
        }
    }

    /** PyLong_AsDouble, with NaN standing for its OverflowError (which sumprod clears). */
    private static double intAsDouble(PyInt i) {
        if (!i.isBig()) {
            return (double) i.value;
        }
        double d = i.big.doubleValue();
        return Double.isInfinite(d) ? Double.NaN : d;
    }

    /** Error-free sum a + b = x + y (Knuth's TwoSum). */
    private static double[] dlSum(double a, double b) {
        double x = a + b;
        double z = x - a;
        double y = (a - (x - z)) + (b - z);
        return new double[] {x, y};
    }

    /** total + x*y in triple-length arithmetic (Ogita, Rump, Oishi: SumKVert with K = 3). */
    private static double[] tlFma(double x, double y, double[] total) {
        double prHi = x * y;
        double prLo = Math.fma(x, y, -prHi);
        double[] sm = dlSum(total[0], prHi);
        double[] r1 = dlSum(total[1], prLo);
        double[] r2 = dlSum(r1[0], sm[1]);
        return new double[] {sm[0], r2[0], total[2] + r1[1] + r2[1]};
    }

    private static double tlToDouble(double[] t) {
        double[] last = dlSum(t[1], t[0]);
        return t[2] + last[1] + last[0];
    }

}
