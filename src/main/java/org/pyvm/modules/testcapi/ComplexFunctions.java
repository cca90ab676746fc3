package org.pyvm.modules.testcapi;

import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyComplex;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;

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
}
