package org.pyvm.modules;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyComplex;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.Libm;
import org.pyvm.runtime.Slot;

/**
 * The cmath module. Each function follows CPython 3.12's Modules/cmathmodule.c: the same
 * formulas (so the same roundings, with the C library's real functions through
 * {@link Libm}, or those of {@link MathDD} and {@link MathModule} without it), the C99 Annex G
 * results for infinite and NaN parts ({@link CmathSpecial}), and its error rule: a result
 * Annex G marks "invalid" or "divide-by-zero" is ValueError("math domain error"), an
 * overflow OverflowError("math range error").
 */
public final class CmathModule {

    private CmathModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("cmath");
        m.addFunctions(CmathModule.class);
        PyDict d = m.getDict();
        d.setStr("pi", PyFloat.of(Math.PI));
        d.setStr("e", PyFloat.of(Math.E));
        d.setStr("tau", PyFloat.of(2 * Math.PI));
        d.setStr("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        d.setStr("infj", new PyComplex(0.0, Double.POSITIVE_INFINITY));
        d.setStr("nan", PyFloat.of(Double.NaN));
        d.setStr("nanj", new PyComplex(0.0, Double.NaN));
        d.setStr("__doc__", org.pyvm.runtime.PyStr.of(
            "This module provides access to mathematical functions for complex\nnumbers."));
        return m;
    }

    static final int OK = 0;
    static final int EDOM = 1;
    static final int ERANGE = 2;

    /** A complex result and the errno CPython's c_* function would leave. */
    static final class Z {
        double re;
        double im;
        int errno;

        Z(double re, double im) {
            this.re = re;
            this.im = im;
        }

        Z err(int e) {
            errno = e;
            return this;
        }
    }

    private static final double LARGE = Double.MAX_VALUE / 4.0;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double LOG_LARGE = MathDD.log(LARGE);
    private static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final double LN2 = 0.6931471805599453094;
    private static final double LN10 = 2.302585092994045684;
    private static final int SCALE_UP = 2 * (53 / 2) + 1;
    private static final int SCALE_DOWN = -(SCALE_UP + 1) / 2;
    private static final double INF = Double.POSITIVE_INFINITY;

    // ---- the real functions: the C library's, as CPython calls them (through Libm), with
    // pyvm's Java versions when native calls are not possible ----

    private static double atan2(double y, double x) {
        return Libm.atan2(y, x, MathDD::atan2);
    }

    private static double log(double x) {
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return x < 0 ? Double.NaN : Libm.log(x, MathDD::log);
    }

    static double hypot(double x, double y) {
        return Libm.hypot(x, y, CmathModule::hypotJava);
    }

    /**
     * The fallback hypot, as glibc computes it (CPython's cmath calls the C library's): Borges' corrected
     * square root ("An Improved Algorithm for hypot(a,b)"), without fused multiply-adds, on
     * arguments scaled by 2**600 away from overflow and underflow; glibc's result is not
     * always the correctly rounded one, so this follows its steps.
     */
    static double hypotJava(double x, double y) {
        if (!finite(x) || !finite(y)) {
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return INF;
            }
            return Double.NaN;
        }
        x = Math.abs(x);
        y = Math.abs(y);
        double ax = Math.max(x, y);
        double ay = Math.min(x, y);
        final double scale = 0x1p-600;
        final double eps = 0x1p-54;
        if (ax > 0x1p511) {
            return ay <= ax * eps ? ax + ay : hypotKernel(ax * scale, ay * scale) / scale;
        }
        if (ay < 0x1p-511) {
            return ax >= ay / eps ? ax + ay : hypotKernel(ax / scale, ay / scale) * scale;
        }
        return ay <= ax * eps ? ax + ay : hypotKernel(ax, ay);
    }

    private static double hypotKernel(double ax, double ay) {
        double h = Math.sqrt(ax * ax + ay * ay);
        double t1;
        double t2;
        if (h <= 2.0 * ay) {
            double delta = h - ay;
            t1 = ax * (2.0 * delta - ax);
            t2 = (delta - 2.0 * (ax - ay)) * delta;
        } else {
            double delta = h - ax;
            t1 = 2.0 * delta * (ax - 2.0 * ay);
            t2 = (4.0 * delta - ay) * ay + delta * delta;
        }
        return h - (t1 + t2) / (2.0 * h);
    }

    private static double cos(double x) {
        return Libm.cos(x, MathDD::cos);
    }

    private static double sin(double x) {
        return Libm.sin(x, MathDD::sin);
    }

    private static double exp(double x) {
        return Libm.exp(x, MathDD::exp);
    }

    private static double asinh(double x) {
        return Libm.asinh(x, MathModule::asinhD);
    }

    private static double cosh(double x) {
        return Libm.cosh(x, MathModule::coshD);
    }

    private static double sinh(double x) {
        return Libm.sinh(x, MathModule::sinhD);
    }

    private static double tanh(double x) {
        return Libm.tanh(x, StrictMath::tanh);
    }

    private static double tan(double x) {
        return Libm.tan(x, MathDD::tan);
    }

    private static boolean finite(double x) {
        return Double.isFinite(x);
    }

    /** CPython's m_log1p: log1p with log1p(-0.0) = -0.0. */
    private static double log1p(double x) {
        return x == 0 ? x : Libm.log1p(x, StrictMath::log1p);
    }

    // ---- the functions, mirroring cmathmodule.c ----

    static Z sqrt(double x, double y) {
        if (!finite(x) || !finite(y)) {
            return CmathSpecial.SQRT.at(x, y);
        }
        if (x == 0 && y == 0) {
            return new Z(0.0, y);
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Math.scalb(ax, SCALE_UP);
            s = Math.scalb(Math.sqrt(ax + hypot(ax, Math.scalb(ay, SCALE_UP))), SCALE_DOWN);
        } else {
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return x >= 0 ? new Z(s, Math.copySign(d, y)) : new Z(d, Math.copySign(s, y));
    }

    static Z acos(double x, double y) {
        if (!finite(x) || !finite(y)) {
            return CmathSpecial.ACOS.at(x, y);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            return new Z(atan2(Math.abs(y), x), -Math.copySign(log(hypot(x / 2.0, y / 2.0)) + LN2 * 2.0, y));
        }
        Z s1 = sqrt(1.0 - x, -y);
        Z s2 = sqrt(1.0 + x, y);
        return new Z(2.0 * atan2(s1.re, s2.re), asinh(s2.re * s1.im - s2.im * s1.re));
    }

    static Z acosh(double x, double y) {
        if (!finite(x) || !finite(y)) {
            return CmathSpecial.ACOSH.at(x, y);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            return new Z(log(hypot(x / 2.0, y / 2.0)) + LN2 * 2.0, atan2(y, x));
        }
        Z s1 = sqrt(x - 1.0, y);
        Z s2 = sqrt(x + 1.0, y);
        return new Z(asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * atan2(s1.im, s2.re));
    }

    static Z asinh(double x, double y) {
        if (!finite(x) || !finite(y)) {
            return CmathSpecial.ASINH.at(x, y);
        }
        if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
            double re = y >= 0 ? Math.copySign(log(hypot(x / 2.0, y / 2.0)) + LN2 * 2.0, x)
                : -Math.copySign(log(hypot(x / 2.0, y / 2.0)) + LN2 * 2.0, -x);
            return new Z(re, atan2(y, Math.abs(x)));
        }
        Z s1 = sqrt(1.0 + y, -x);
        Z s2 = sqrt(1.0 - y, x);
        return new Z(asinh(s1.re * s2.im - s2.re * s1.im), atan2(y, s1.re * s2.re - s1.im * s2.im));
    }

    static Z asin(double x, double y) {
        Z s = asinh(-y, x);
        Z r = new Z(s.im, -s.re);
        return r.err(s.errno);
    }

    static Z atanh(double x, double y) {
        if (!finite(x) || !finite(y)) {
            return CmathSpecial.ATANH.at(x, y);
        }
        if (x < 0) {
            Z r = atanh(-x, -y);
            return new Z(-r.re, -r.im).err(r.errno);
        }
        double ay = Math.abs(y);
        if (x > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = hypot(x / 2.0, y / 2.0);
            return new Z(x / 4.0 / h / h, Math.copySign(Math.PI / 2.0, y));
        }
        if (x == 1.0 && ay < SQRT_DBL_MIN) {
            if (ay == 0) {
                return new Z(INF, y).err(EDOM);
            }
            return new Z(-log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2.0))), Math.copySign(atan2(2.0, -ay) / 2, y));
        }
        return new Z(log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
            -atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0);
    }

    static Z atan(double x, double y) {
        Z s = atanh(-y, x);
        return new Z(s.im, -s.re).err(s.errno);
    }

    static Z cosh(double x, double y) {
        if (!finite(x) || !finite(y)) {
            Z r;
            if (Double.isInfinite(x) && finite(y) && y != 0) {
                r = x > 0 ? new Z(Math.copySign(INF, cos(y)), Math.copySign(INF, sin(y)))
                    : new Z(Math.copySign(INF, cos(y)), -Math.copySign(INF, sin(y)));
            } else {
                r = CmathSpecial.COSH.at(x, y);
            }
            return r.err(Double.isInfinite(y) && !Double.isNaN(x) ? EDOM : OK);
        }
        Z r;
        if (Math.abs(x) > LOG_LARGE) {
            double xm1 = x - Math.copySign(1.0, x);
            r = new Z(cos(y) * cosh(xm1) * Math.E, sin(y) * sinh(xm1) * Math.E);
        } else {
            r = new Z(cos(y) * cosh(x), sin(y) * sinh(x));
        }
        return r.err(Double.isInfinite(r.re) || Double.isInfinite(r.im) ? ERANGE : OK);
    }

    static Z cos(double x, double y) {
        return cosh(-y, x);
    }

    static Z sinh(double x, double y) {
        if (!finite(x) || !finite(y)) {
            Z r;
            if (Double.isInfinite(x) && finite(y) && y != 0) {
                r = x > 0 ? new Z(Math.copySign(INF, cos(y)), Math.copySign(INF, sin(y)))
                    : new Z(-Math.copySign(INF, cos(y)), Math.copySign(INF, sin(y)));
            } else {
                r = CmathSpecial.SINH.at(x, y);
            }
            return r.err(Double.isInfinite(y) && !Double.isNaN(x) ? EDOM : OK);
        }
        Z r;
        if (Math.abs(x) > LOG_LARGE) {
            double xm1 = x - Math.copySign(1.0, x);
            r = new Z(cos(y) * sinh(xm1) * Math.E, sin(y) * cosh(xm1) * Math.E);
        } else {
            r = new Z(cos(y) * sinh(x), sin(y) * cosh(x));
        }
        return r.err(Double.isInfinite(r.re) || Double.isInfinite(r.im) ? ERANGE : OK);
    }

    static Z sin(double x, double y) {
        Z s = sinh(-y, x);
        return new Z(s.im, -s.re).err(s.errno);
    }

    static Z tanh(double x, double y) {
        if (!finite(x) || !finite(y)) {
            Z r;
            if (Double.isInfinite(x) && finite(y) && y != 0) {
                r = new Z(x > 0 ? 1.0 : -1.0, Math.copySign(0.0, 2.0 * sin(y) * cos(y)));
            } else {
                r = CmathSpecial.TANH.at(x, y);
            }
            return r.err(Double.isInfinite(y) && finite(x) ? EDOM : OK);
        }
        if (Math.abs(x) > LOG_LARGE) {
            return new Z(Math.copySign(1.0, x), 4.0 * sin(y) * cos(y) * exp(-2.0 * Math.abs(x)));
        }
        double tx = tanh(x);
        double ty = tan(y);
        double cx = 1.0 / cosh(x);
        double txty = tx * ty;
        double denom = 1.0 + txty * txty;
        return new Z(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    static Z tan(double x, double y) {
        Z s = tanh(-y, x);
        return new Z(s.im, -s.re).err(s.errno);
    }

    static Z exp(double x, double y) {
        if (!finite(x) || !finite(y)) {
            Z r;
            if (Double.isInfinite(x) && finite(y) && y != 0) {
                r = x > 0 ? new Z(Math.copySign(INF, cos(y)), Math.copySign(INF, sin(y)))
                    : new Z(Math.copySign(0.0, cos(y)), Math.copySign(0.0, sin(y)));
            } else {
                r = CmathSpecial.EXP.at(x, y);
            }
            boolean edom = Double.isInfinite(y) && (finite(x) || Double.isInfinite(x) && x > 0);
            return r.err(edom ? EDOM : OK);
        }
        Z r;
        if (x > LOG_LARGE) {
            double l = exp(x - 1.0);
            r = new Z(l * cos(y) * Math.E, l * sin(y) * Math.E);
        } else {
            double l = exp(x);
            r = new Z(l * cos(y), l * sin(y));
        }
        return r.err(Double.isInfinite(r.re) || Double.isInfinite(r.im) ? ERANGE : OK);
    }

    /** Compare cmathmodule.c: c_log. */
    static Z log(double x, double y) {
        if (!finite(x) || !finite(y)) {
            return CmathSpecial.LOG.at(x, y);
        }
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        double re;
        if (ax > LARGE || ay > LARGE) {
            re = log(hypot(ax / 2.0, ay / 2.0)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0 || ay > 0) {
                re = log(hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
            } else {
                return new Z(Double.NEGATIVE_INFINITY, atan2(y, x)).err(EDOM);
            }
        } else {
            double h = hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay);
                double an = Math.min(ax, ay);
                re = log1p((am - 1) * (am + 1) + an * an) / 2.0;
            } else {
                re = log(h);
            }
        }
        return new Z(re, atan2(y, x));
    }

    static Z log10(double x, double y) {
        Z r = log(x, y);
        return new Z(r.re / LN10, r.im / LN10).err(r.errno);
    }

    /** Compare complexobject.c: _Py_c_quot (a zero divisor sets EDOM). */
    static Z quot(Z a, Z b) {
        double absBr = Math.abs(b.re);
        double absBi = Math.abs(b.im);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                return new Z(0.0, 0.0).err(EDOM);
            }
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            return new Z((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = b.re / b.im;
            double denom = b.re * ratio + b.im;
            return new Z((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
        }
        return new Z(Double.NaN, Double.NaN);
    }

    /** Compare cmathmodule.c: cmath_rect_impl. */
    static Z rect(double r, double phi) {
        if (!finite(r) || !finite(phi)) {
            Z z;
            if (Double.isInfinite(r) && finite(phi) && phi != 0) {
                z = r > 0 ? new Z(Math.copySign(INF, cos(phi)), Math.copySign(INF, sin(phi)))
                    : new Z(-Math.copySign(INF, cos(phi)), -Math.copySign(INF, sin(phi)));
            } else {
                z = CmathSpecial.RECT.at(r, phi);
            }
            return z.err(r != 0 && !Double.isNaN(r) && Double.isInfinite(phi) ? EDOM : OK);
        }
        if (phi == 0.0) {
            return new Z(r, r * phi);
        }
        return new Z(r * cos(phi), r * sin(phi));
    }

    // ---- argument conversion and the Python face ----

    /** PyComplex_AsCComplex: complex, __complex__, or a real number. */
    static double[] complexArg(PyObject o) {
        if (o instanceof PyComplex c && o.type() == PyComplex.TYPE) {
            return new double[] {c.real, c.imag};
        }
        PyObject m = o.type().lookup("__complex__");
        if (m != null) {
            PyObject r = Abstract.callDescr(m, o);
            if (!(r instanceof PyComplex c)) {
                throw PyErr.typeError("__complex__ returned non-complex (type " + r.type().getName() + ")");
            }
            return new double[] {c.real, c.imag};
        }
        if (o instanceof PyComplex c) {
            return new double[] {c.real, c.imag};
        }
        return new double[] {realArg(o), 0.0};
    }

    /** PyFloat_AsDouble with its "must be real number" error. */
    static double realArg(PyObject o) {
        if (o instanceof PyFloat || o instanceof org.pyvm.runtime.PyInt) {
            return Abstract.toDouble(o);
        }
        if (o.type().slot(Slot.FLOAT) == null && o.type().slot(Slot.INDEX) == null) {
            throw PyErr.typeError("must be real number, not " + o.type().getName());
        }
        return Abstract.toDouble(o);
    }

    private static PyObject result(Z z) {
        if (z.errno == EDOM) {
            throw PyErr.valueError("math domain error");
        }
        if (z.errno == ERANGE) {
            throw PyErr.of(PyExc.OverflowError, "math range error");
        }
        return new PyComplex(z.re, z.im);
    }

    private interface Fn {
        Z apply(double x, double y);
    }

    private static PyObject call(String name, PyObject[] args, String[] kw, Fn f) {
        Args.noKeywords(name, kw);
        if (args.length != 1) {
            throw PyErr.typeError("cmath." + name + "() takes exactly one argument (" + args.length + " given)");
        }
        double[] z = complexArg(args[0]);
        return result(f.apply(z[0], z[1]));
    }

    @ExposedMethod
    static PyObject acos(PyObject[] a, String[] kw) {
        return call("acos", a, kw, CmathModule::acos);
    }

    @ExposedMethod
    static PyObject acosh(PyObject[] a, String[] kw) {
        return call("acosh", a, kw, CmathModule::acosh);
    }

    @ExposedMethod
    static PyObject asin(PyObject[] a, String[] kw) {
        return call("asin", a, kw, CmathModule::asin);
    }

    @ExposedMethod
    static PyObject asinh(PyObject[] a, String[] kw) {
        return call("asinh", a, kw, CmathModule::asinh);
    }

    @ExposedMethod
    static PyObject atan(PyObject[] a, String[] kw) {
        return call("atan", a, kw, CmathModule::atan);
    }

    @ExposedMethod
    static PyObject atanh(PyObject[] a, String[] kw) {
        return call("atanh", a, kw, CmathModule::atanh);
    }

    @ExposedMethod
    static PyObject cos(PyObject[] a, String[] kw) {
        return call("cos", a, kw, CmathModule::cos);
    }

    @ExposedMethod
    static PyObject cosh(PyObject[] a, String[] kw) {
        return call("cosh", a, kw, CmathModule::cosh);
    }

    @ExposedMethod
    static PyObject exp(PyObject[] a, String[] kw) {
        return call("exp", a, kw, CmathModule::exp);
    }

    @ExposedMethod
    static PyObject log10(PyObject[] a, String[] kw) {
        return call("log10", a, kw, CmathModule::log10);
    }

    @ExposedMethod
    static PyObject sin(PyObject[] a, String[] kw) {
        return call("sin", a, kw, CmathModule::sin);
    }

    @ExposedMethod
    static PyObject sinh(PyObject[] a, String[] kw) {
        return call("sinh", a, kw, CmathModule::sinh);
    }

    @ExposedMethod
    static PyObject sqrt(PyObject[] a, String[] kw) {
        return call("sqrt", a, kw, CmathModule::sqrt);
    }

    @ExposedMethod
    static PyObject tan(PyObject[] a, String[] kw) {
        return call("tan", a, kw, CmathModule::tan);
    }

    @ExposedMethod
    static PyObject tanh(PyObject[] a, String[] kw) {
        return call("tanh", a, kw, CmathModule::tanh);
    }

    /** log(z[, base]). Compare cmath_log_impl. */
    @ExposedMethod
    static PyObject log(PyObject[] args, String[] kw) {
        Args.noKeywords("log", kw);
        Args.positional("log", args.length, 1, 2);
        double[] x = complexArg(args[0]);
        Z r = log(x[0], x[1]);
        int errno = r.errno;
        if (args.length > 1) {
            // errno is one global in C: c_log(base) overwrites what c_log(z) left, and the
            // division sets it only for a zero divisor.
            double[] y = complexArg(args[1]);
            Z ly = log(y[0], y[1]);
            Z q = quot(r, ly);
            errno = q.errno != OK ? q.errno : ly.errno;
            r = q;
        }
        r.errno = errno;
        return result(r);
    }

    /**
     * phase(z). glibc's atan2 sets errno to ERANGE when a nonzero y over a finite x
     * underflows to zero, and CPython turns that errno into OverflowError.
     */
    @ExposedMethod
    static PyObject phase(PyObject z) {
        double[] c = complexArg(z);
        double phi = atan2(c[1], c[0]);
        if (phi == 0 && c[1] != 0 && finite(c[0])) {
            throw PyErr.of(PyExc.OverflowError, "math range error");
        }
        return PyFloat.of(phi);
    }

    /** polar(z): (abs(z), phase(z)); abs overflowing is OverflowError. Compare cmath_polar_impl. */
    @ExposedMethod
    static PyObject polar(PyObject z) {
        double[] c = complexArg(z);
        double phi = atan2(c[1], c[0]);
        double r = cabs(c[0], c[1]);
        if (Double.isInfinite(r) && finite(c[0]) && finite(c[1])) {
            throw PyErr.of(PyExc.OverflowError, "math range error");
        }
        return PyTuple.of(PyFloat.of(r), PyFloat.of(phi));
    }

    /** _Py_c_abs: hypot, with an infinite part giving inf even beside a NaN. */
    private static double cabs(double re, double im) {
        if (!finite(re) || !finite(im)) {
            if (Double.isInfinite(re)) {
                return Math.abs(re);
            }
            if (Double.isInfinite(im)) {
                return Math.abs(im);
            }
            return Double.NaN;
        }
        return hypot(re, im);
    }

    @ExposedMethod
    static PyObject rect(PyObject r, PyObject phi) {
        return result(rect(realArg(r), realArg(phi)));
    }

    @ExposedMethod
    static boolean isfinite(PyObject z) {
        double[] c = complexArg(z);
        return finite(c[0]) && finite(c[1]);
    }

    @ExposedMethod
    static boolean isnan(PyObject z) {
        double[] c = complexArg(z);
        return Double.isNaN(c[0]) || Double.isNaN(c[1]);
    }

    @ExposedMethod
    static boolean isinf(PyObject z) {
        double[] c = complexArg(z);
        return Double.isInfinite(c[0]) || Double.isInfinite(c[1]);
    }

    /** isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0). Compare cmath_isclose_impl. */
    @ExposedMethod
    static boolean isclose(PyObject[] args, String[] kw) {
        PyObject[] p = Args.parse("isclose", args, kw, 2, 2, "a", "b", "rel_tol", "abs_tol");
        double[] a = complexArg(p[0]);
        double[] b = complexArg(p[1]);
        double rel = p[2] == null ? 1e-09 : realArg(p[2]);
        double abs = p[3] == null ? 0.0 : realArg(p[3]);
        if (rel < 0.0 || abs < 0.0) {
            throw PyErr.valueError("tolerances must be non-negative");
        }
        if (a[0] == b[0] && a[1] == b[1]) {
            return true;
        }
        if (Double.isInfinite(a[0]) || Double.isInfinite(a[1]) || Double.isInfinite(b[0])
            || Double.isInfinite(b[1])) {
            return false;
        }
        double diff = cabs(a[0] - b[0], a[1] - b[1]);
        return diff <= rel * cabs(b[0], b[1]) || diff <= rel * cabs(a[0], a[1]) || diff <= abs;
    }
}
