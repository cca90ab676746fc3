package org.pyvm.modules.testcapi;

import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Libm;
import org.pyvm.runtime.PyComplex;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;

/**
 * _testcapi's complex functions of test_capi.test_complex: PyComplex_Check/CheckExact,
 * FromCComplex, FromDoubles, RealAsDouble (a complex's real part, else PyFloat_AsDouble:
 * __complex__ is not consulted, gh-109598), ImagAsDouble (0.0 for anything but a complex,
 * errors included) and AsCComplex (the "D" conversion of {@link GetArgs}). The _Py_c_*
 * arithmetic functions, which report C's errno, are not offered. Compare CPython
 * Modules/_testcapi/complex.c and Objects/complexobject.c.
 */
final class ComplexFunctions {

    private ComplexFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(ComplexFunctions.class);
    }

    @ExposedMethod
    static PyObject complex_check(PyObject o) {
        return PyInt.of(o instanceof PyComplex ? 1 : 0);
    }

    @ExposedMethod
    static PyObject complex_checkexact(PyObject o) {
        return PyInt.of(o.type() == PyComplex.TYPE ? 1 : 0);
    }

    @ExposedMethod
    static PyObject complex_fromccomplex(PyObject o) {
        return GetArgs.asComplex(o);
    }

    @ExposedMethod
    static PyObject complex_fromdoubles(PyObject re, PyObject im) {
        return new PyComplex(GetArgs.asDouble(re), GetArgs.asDouble(im));
    }

    @ExposedMethod
    static PyObject complex_realasdouble(PyObject o) {
        return PyFloat.of(o instanceof PyComplex z ? z.real : GetArgs.asDouble(o));
    }

    @ExposedMethod
    static PyObject complex_imagasdouble(PyObject o) {
        return PyFloat.of(o instanceof PyComplex z ? z.imag : 0.0);
    }

    @ExposedMethod
    static PyObject complex_asccomplex(PyObject o) {
        return GetArgs.asComplex(o);
    }

    // ---- the _Py_c_* arithmetic and its errno (Linux values) ----

    private static final int EDOM = 33;
    private static final int ERANGE = 34;

    private static PyComplex arg(PyObject o) {
        return (PyComplex) GetArgs.asComplex(o);
    }

    private static PyObject withErrno(PyObject v, int errno) {
        return PyTuple.of(v, PyInt.of(errno));
    }

    @ExposedMethod
    static PyObject _py_c_sum(PyObject a, PyObject b) {
        PyComplex x = arg(a);
        PyComplex y = arg(b);
        return withErrno(new PyComplex(x.real + y.real, x.imag + y.imag), 0);
    }

    @ExposedMethod
    static PyObject _py_c_diff(PyObject a, PyObject b) {
        PyComplex x = arg(a);
        PyComplex y = arg(b);
        return withErrno(new PyComplex(x.real - y.real, x.imag - y.imag), 0);
    }

    @ExposedMethod
    static PyObject _py_c_neg(PyObject a) {
        PyComplex x = arg(a);
        return new PyComplex(-x.real, -x.imag);
    }

    @ExposedMethod
    static PyObject _py_c_prod(PyObject a, PyObject b) {
        PyComplex x = arg(a);
        PyComplex y = arg(b);
        return withErrno(new PyComplex(x.real * y.real - x.imag * y.imag, x.real * y.imag + x.imag * y.real), 0);
    }

    /** _Py_c_quot: Smith's division (PyComplex.div); a zero divisor is EDOM with 0j. */
    @ExposedMethod
    static PyObject _py_c_quot(PyObject a, PyObject b) {
        PyComplex x = arg(a);
        PyComplex y = arg(b);
        if (y.real == 0.0 && y.imag == 0.0) {
            return withErrno(new PyComplex(0.0, 0.0), EDOM);
        }
        return withErrno(PyComplex.div(x.real, x.imag, y.real, y.imag), 0);
    }

    /** _Py_c_pow: 1 for a zero exponent, 0 for a zero base (EDOM unless the exponent is positive real), else the polar form. */
    @ExposedMethod
    static PyObject _py_c_pow(PyObject a, PyObject b) {
        PyComplex x = arg(a);
        PyComplex y = arg(b);
        if (y.real == 0.0 && y.imag == 0.0) {
            return withErrno(new PyComplex(1.0, 0.0), 0);
        }
        if (x.real == 0.0 && x.imag == 0.0) {
            return withErrno(new PyComplex(0.0, 0.0), y.imag != 0.0 || y.real < 0.0 ? EDOM : 0);
        }
        double vabs = Libm.hypot(x.real, x.imag, Math::hypot);
        int errno = libmRange(vabs, y.real, Libm.pow(vabs, y.real, Math::pow));
        if (y.imag != 0.0) {
            double e = Libm.atan2(x.imag, x.real, Math::atan2) * y.imag;
            errno = Math.max(errno, libmRange(e, 1.0, Libm.exp(e, Math::exp)));
        }
        return withErrno(PyComplex.polarPow(x.real, x.imag, y.real, y.imag), errno);
    }

    /** ERANGE when a libm result R of finite arguments overflowed, or underflowed to zero. */
    private static int libmRange(double x, double y, double r) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return 0;
        }
        return Double.isInfinite(r) || r == 0.0 && x != 0.0 ? ERANGE : 0;
    }

    /** _Py_c_abs: an infinite part gives inf (even beside a NaN), an overflowing hypot ERANGE. */
    @ExposedMethod
    static PyObject _py_c_abs(PyObject a) {
        PyComplex x = arg(a);
        double r = Libm.hypot(x.real, x.imag, Math::hypot);
        int errno = Double.isInfinite(r) && Double.isFinite(x.real) && Double.isFinite(x.imag) ? ERANGE : 0;
        return PyTuple.of(PyFloat.of(r), PyInt.of(errno));
    }
}
