package org.pyvm.runtime;

/** Python {@code complex}. Compare CPython Objects/complexobject.c. */
public class PyComplex implements PyObject {

    public static final PyType TYPE = PyType.builtin("complex", PyComplex.class, PyComplex.class);

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** repr(complex). Compare complexobject.c: complex_repr (via runtime.text.FloatRepr.complexRepr). */
    public static String repr(double re, double im) {
        return org.pyvm.runtime.text.FloatRepr.complexRepr(re, im);
    }

    /** The operand as {real, imag}, or null when it is not a number. */
    static double[] parts(PyObject o) {
        if (o instanceof PyComplex c) {
            return new double[] {c.real, c.imag};
        }
        if (o instanceof PyFloat f) {
            return new double[] {f.value, 0};
        }
        if (o instanceof PyInt i) {
            return new double[] {i.doubleValue(), 0};
        }
        return null;
    }

    private interface Op {
        PyObject apply(double ar, double ai, double br, double bi);
    }

    private static PyObject bin(PyComplex self, PyObject o, boolean reflected, Op op) {
        double[] b = parts(o);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return reflected ? op.apply(b[0], b[1], self.real, self.imag) : op.apply(self.real, self.imag, b[0], b[1]);
    }

    /** a / b; a zero B is ZeroDivisionError (_Py_c_quot's EDOM). */
    public static PyComplex div(double ar, double ai, double br, double bi) {
        // Smith's algorithm. Compare complexobject.c: _Py_c_quot.
        double absBr = Math.abs(br);
        double absBi = Math.abs(bi);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw PyErr.zeroDivision("complex division by zero");
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    /** a ** b for the operator: an infinite part is OverflowError. Compare complexobject.c: complex_pow, _Py_ADJUST_ERANGE2. */
    static PyComplex powChecked(double ar, double ai, double br, double bi) {
        PyComplex p = pow(ar, ai, br, bi);
        if (Double.isInfinite(p.real) || Double.isInfinite(p.imag)) {
            throw PyErr.overflowError("complex exponentiation");
        }
        return p;
    }

    static PyComplex pow(double ar, double ai, double br, double bi) {
        // Compare complexobject.c: _Py_c_pow and c_powi (small integer exponents by squaring).
        if (ar == 0 && ai == 0 && (bi != 0 || br < 0)) {
            throw PyErr.zeroDivision("0.0 to a negative or complex power");
        }
        if (bi == 0 && br == Math.rint(br) && Math.abs(br) <= 100) {
            int n = (int) br;
            if (n == 0) {
                return new PyComplex(1, 0);
            }
            double rr = 1;
            double ri = 0;
            double xr = ar;
            double xi = ai;
            int m = Math.abs(n);
            while (m > 0) {
                if ((m & 1) != 0) {
                    double t = rr * xr - ri * xi;
                    ri = rr * xi + ri * xr;
                    rr = t;
                }
                double t = xr * xr - xi * xi;
                xi = 2 * xr * xi;
                xr = t;
                m >>= 1;
            }
            return n < 0 ? div(1, 0, rr, ri) : new PyComplex(rr, ri);
        }
        if (br == 0 && bi == 0) {
            return new PyComplex(1, 0);
        }
        if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0) {
                throw PyErr.zeroDivision("0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        return polarPow(ar, ai, br, bi);
    }

    /**
     * a ** b in polar form, the general case of _Py_c_pow (a base and an exponent that are
     * not zero): |a|**b.real / e**(arg(a) * b.imag) at the angle arg(a) * b.real + b.imag * log|a|.
     */
    public static PyComplex polarPow(double ar, double ai, double br, double bi) {
        // the C library's functions, as _Py_c_pow calls them (Libm; Java's when native calls are not possible)
        double vabs = Libm.hypot(ar, ai, Math::hypot);
        double len = Libm.pow(vabs, br, Math::pow);
        double at = Libm.atan2(ai, ar, Math::atan2);
        double phase = at * br;
        if (bi != 0.0) {
            len /= Libm.exp(at * bi, Math::exp);
            phase += bi * Libm.log(vabs, Math::log);
        }
        return new PyComplex(len * Libm.cos(phase, Math::cos), len * Libm.sin(phase, Math::sin));
    }

    @ExposedMethod
    static PyObject __add__(PyComplex self, PyObject o) {
        return bin(self, o, false, (a, b, c, d) -> new PyComplex(a + c, b + d));
    }

    @ExposedMethod
    static PyObject __radd__(PyComplex self, PyObject o) {
        return bin(self, o, true, (a, b, c, d) -> new PyComplex(a + c, b + d));
    }

    @ExposedMethod
    static PyObject __sub__(PyComplex self, PyObject o) {
        return bin(self, o, false, (a, b, c, d) -> new PyComplex(a - c, b - d));
    }

    @ExposedMethod
    static PyObject __rsub__(PyComplex self, PyObject o) {
        return bin(self, o, true, (a, b, c, d) -> new PyComplex(a - c, b - d));
    }

    @ExposedMethod
    static PyObject __mul__(PyComplex self, PyObject o) {
        return bin(self, o, false, (a, b, c, d) -> new PyComplex(a * c - b * d, a * d + b * c));
    }

    @ExposedMethod
    static PyObject __rmul__(PyComplex self, PyObject o) {
        return bin(self, o, true, (a, b, c, d) -> new PyComplex(a * c - b * d, a * d + b * c));
    }

    @ExposedMethod
    static PyObject __truediv__(PyComplex self, PyObject o) {
        return bin(self, o, false, PyComplex::div);
    }

    @ExposedMethod
    static PyObject __rtruediv__(PyComplex self, PyObject o) {
        return bin(self, o, true, PyComplex::div);
    }

    @ExposedMethod(min = 1)
    static PyObject __pow__(PyComplex self, PyObject o, PyObject mod) {
        if (mod != null && mod != PyNone.NONE) {
            throw PyErr.valueError("complex modulo");
        }
        return bin(self, o, false, PyComplex::powChecked);
    }

    @ExposedMethod(min = 1)
    static PyObject __rpow__(PyComplex self, PyObject o, PyObject mod) {
        return bin(self, o, true, PyComplex::powChecked);
    }

    @ExposedMethod
    static PyObject __neg__(PyComplex self) {
        return new PyComplex(-self.real, -self.imag);
    }

    @ExposedMethod
    static PyObject __pos__(PyComplex self) {
        return new PyComplex(self.real, self.imag);
    }

    @ExposedMethod
    static double __abs__(PyComplex self) {
        // _Py_c_abs: the C library's hypot (its special values are C99's, as Java's)
        double r = Libm.hypot(self.real, self.imag, Math::hypot);
        if (Double.isInfinite(r) && Double.isFinite(self.real) && Double.isFinite(self.imag)) {
            throw PyErr.overflowError("absolute value too large");
        }
        return r;
    }

    @ExposedMethod
    static boolean __bool__(PyComplex self) {
        return self.real != 0 || self.imag != 0;
    }

    /** (real, imag): what pickle and copy pass to complex() again. Compare complexobject.c: complex___getnewargs___impl. */
    @ExposedMethod
    static PyObject __getnewargs__(PyComplex self) {
        return PyTuple.of(PyFloat.of(self.real), PyFloat.of(self.imag));
    }

    @ExposedMethod
    static PyObject conjugate(PyComplex self) {
        return new PyComplex(self.real, -self.imag);
    }

    @ExposedGetter(member = true)
    static PyObject real(PyComplex self) {
        return PyFloat.of(self.real);
    }

    @ExposedGetter(member = true)
    static PyObject imag(PyComplex self) {
        return PyFloat.of(self.imag);
    }

    @ExposedMethod
    static String __repr__(PyComplex self) {
        return repr(self.real, self.imag);
    }

    @ExposedMethod
    static long __hash__(PyComplex self) {
        long hr = Hashing.hashDouble(self, self.real);
        long hi = Hashing.hashDouble(self, self.imag);
        long h = hr + 1000003L * hi;
        return h == -1 ? -2 : h;
    }

    private static PyObject eq(PyComplex self, PyObject o, boolean ne) {
        if (o instanceof PyInt i) {
            if (self.imag != 0) {
                return PyBool.of(ne);
            }
            return PyBool.of((FloatMethods.compareWith(self.real, i) == 0) != ne);
        }
        double[] b = parts(o);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of((self.real == b[0] && self.imag == b[1]) != ne);
    }

    @ExposedMethod
    static PyObject __eq__(PyComplex self, PyObject o) {
        return eq(self, o, false);
    }

    @ExposedMethod
    static PyObject __ne__(PyComplex self, PyObject o) {
        return eq(self, o, true);
    }

    @ExposedMethod
    static PyObject __complex__(PyComplex self) {
        return new PyComplex(self.real, self.imag);
    }

    @ExposedMethod
    static PyObject __format__(PyComplex self, PyObject spec) {
        String s = Abstract.strArg(spec, "format");
        if (s.isEmpty()) {
            return PyStr.of(repr(self.real, self.imag));
        }
        // Compare formatter_unicode.c: format_complex_internal (via runtime.text.Format).
        try {
            return PyStr.of(org.pyvm.runtime.text.Format.formatComplex(self.real, self.imag, s, self.type().getName()));
        } catch (org.pyvm.runtime.text.TextFormatException e) {
            throw PyErr.of(e);
        }
    }

    @ExposedMethod(min = 0, names = {"real", "imag"})
    static PyObject __new__(PyType cls, PyObject re, PyObject im) {
        if (cls == TYPE && im == null && re != null && re.getClass() == PyComplex.class) {
            return re;   // complex(c) is c for an exact complex, as complex_new_impl returns it
        }
        PyObject r = newExact(re, im);
        if (cls == TYPE) {
            return r;
        }
        // An instance of a Python subclass of complex. Compare complexobject.c: complex_subtype_from_doubles.
        PyComplex c = (PyComplex) r;
        return new Subclass(cls, c.real, c.imag);
    }

    /** An instance of a Python subclass of complex. */
    static final class Subclass extends PyComplex implements HasDict {
        private PyType type;
        private PyDict dict;

        Subclass(PyType type, double real, double imag) {
            super(real, imag);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        @Override
        public boolean setType(PyType t) {
            type = t;
            return true;
        }
    }

    private static PyObject newExact(PyObject re, PyObject im) {
        if (re == null) {
            return new PyComplex(0, 0);
        }
        if (re instanceof PyStr s) {
            if (im != null) {
                throw PyErr.typeError("complex() can't take second arg if first is a string");
            }
            return parse(s.toString());
        }
        if (im != null && im instanceof PyStr) {
            throw PyErr.typeError("complex() second arg can't be a string");
        }
        // Compare complexobject.c: complex_new_impl (the signs of zeros depend on which parts are complex).
        double[] a = toParts(re, "first");
        boolean crComplex = re instanceof PyComplex || !(re instanceof PyFloat || re instanceof PyInt);
        if (im == null) {
            return new PyComplex(a[0], crComplex ? a[1] : 0.0);
        }
        double[] b = toParts(im, "second");
        boolean ciComplex = im instanceof PyComplex;
        double real = ciComplex ? a[0] - b[1] : a[0];
        double imag = crComplex ? b[0] + a[1] : b[0];
        return new PyComplex(real, imag);
    }

    private static double[] toParts(PyObject o, String which) {
        // The first argument's __complex__ comes first (a complex subclass may override it);
        // the second argument is only ever a number. Compare complex_new_impl, try_complex_special_method.
        boolean first = which.equals("first");
        double[] p = first && o.type().isHeapType() ? null : parts(o);
        if (p != null) {
            return p;
        }
        PyObject m = first ? o.type().lookup("__complex__") : null;
        if (m == null && (p = parts(o)) != null) {
            return p;
        }
        if (m != null) {
            PyObject r = Abstract.callDescr(m, o);
            if (r instanceof PyComplex c) {
                if (r.getClass() != PyComplex.class) {
                    Abstract.warn(PyExc.DeprecationWarning, "__complex__ returned non-complex (type " + r.type().getName()
                        + ").  The ability to return an instance of a strict subclass of complex is deprecated, and "
                        + "may be removed in a future version of Python.");
                }
                return new double[] {c.real, c.imag};
            }
            throw PyErr.typeError("__complex__ returned non-complex (type " + r.type().getName() + ")");
        }
        if (o.type().slot(Slot.FLOAT) != null || o.type().slot(Slot.INDEX) != null) {
            return new double[] {Abstract.toDouble(o), 0};
        }
        // Only the first argument may be a string (a string second argument is refused earlier).
        throw PyErr.typeError("complex() " + which + " argument must be "
            + (which.equals("first") ? "a string or a number" : "a number") + ", not '" + o.type().getName() + "'");
    }

    /** complex(str). Compare complexobject.c: complex_from_string_inner (via runtime.text.ComplexParser). */
    static PyComplex parse(String s) {
        try {
            double[] c = org.pyvm.runtime.text.ComplexParser.parseComplex(s);
            return new PyComplex(c[0], c[1]);
        } catch (org.pyvm.runtime.text.TextFormatException e) {
            throw PyErr.of(e);
        }
    }
}
