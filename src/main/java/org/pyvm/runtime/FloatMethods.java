package org.pyvm.runtime;

import org.pyvm.runtime.text.FloatHex;
import org.pyvm.runtime.text.FloatParser;
import org.pyvm.runtime.text.FloatRepr;
import org.pyvm.runtime.text.FloatRounding;
import org.pyvm.runtime.text.Format;
import org.pyvm.runtime.text.TextFormatException;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The methods of {@code float}. Compare CPython Objects/floatobject.c. */
public final class FloatMethods {

    private FloatMethods() {}

    /** The double value of a float or int operand, or NaN-free null marker via the boolean. */
    static boolean isNum(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    static double toDouble(PyObject o) {
        return o instanceof PyFloat f ? f.value : ((PyInt) o).doubleValue();
    }

    /**
     * a ** b for floats: C99 Annex F.9.4.4's special cases in float_pow's order (a zero
     * exponent, NaNs, infinite exponents, infinite bases, zero bases, then a negative base
     * with a fractional exponent, which goes to complex), then pow itself, whose overflow
     * is an OverflowError. Compare floatobject.c: float_pow.
     */
    public static PyObject pow(double a, double b) {
        if (b == 0) {
            return PyFloat.of(1.0);
        }
        if (Double.isNaN(a)) {
            return PyFloat.of(a);
        }
        if (Double.isNaN(b)) {
            return PyFloat.of(a == 1.0 ? 1.0 : b);
        }
        if (Double.isInfinite(b)) {
            // |a| == 1 gives 1; |a| > 1 with +inf, or |a| < 1 with -inf, gives inf; else 0.
            double m = Math.abs(a);
            if (m == 1.0) {
                return PyFloat.of(1.0);
            }
            return PyFloat.of((b > 0) == (m > 1.0) ? Double.POSITIVE_INFINITY : 0.0);
        }
        if (Double.isInfinite(a)) {
            boolean odd = isOddInteger(b);
            if (b > 0) {
                return PyFloat.of(odd ? a : Math.abs(a));
            }
            return PyFloat.of(odd ? Math.copySign(0.0, a) : 0.0);
        }
        if (a == 0) {
            if (b < 0) {
                throw PyErr.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return PyFloat.of(isOddInteger(b) ? a : 0.0);
        }
        boolean negate = false;
        if (a < 0) {
            if (b != Math.floor(b)) {
                return PyComplex.powChecked(a, 0, b, 0);
            }
            // an integral exponent: pow of |a|, negated for an odd one, as float_pow does
            a = -a;
            negate = isOddInteger(b);
        }
        if (a == 1.0) {
            return PyFloat.of(negate ? -1.0 : 1.0);
        }
        // a is positive, finite and not 1, b finite and not 0: the C library's pow, as
        // CPython lets it "do the rest" (Libm; Java's Math.pow when native calls are not possible)
        double r = Libm.pow(a, b, Math::pow);
        if (Double.isInfinite(r)) {
            throw PyErr.overflowError("(34, 'Numerical result out of range')");
        }
        return PyFloat.of(negate ? -r : r);
    }

    /** DOUBLE_IS_ODD_INTEGER: X is an odd integer (finite). */
    private static boolean isOddInteger(double x) {
        return Math.abs(x) % 2.0 == 1.0;
    }

    public static double mod(double a, double b) {
        if (b == 0) {
            throw PyErr.zeroDivision("float modulo");
        }
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    public static double floorDiv(double a, double b) {
        if (b == 0) {
            throw PyErr.zeroDivision("float floor division by zero");
        }
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0 && ((b < 0) != (m < 0))) {
            div -= 1.0;
        }
        if (div != 0) {
            double fl = Math.floor(div);
            if (div - fl > 0.5) {
                fl += 1.0;
            }
            return fl;
        }
        return Math.copySign(0.0, a / b);
    }

    public static double div(double a, double b) {
        if (b == 0) {
            throw PyErr.zeroDivision("float division by zero");
        }
        return a / b;
    }

    private interface Op {
        PyObject apply(double a, double b);
    }

    private static PyObject bin(PyObject self, PyObject o, boolean reflected, Op op) {
        if (!isNum(o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        double a = toDouble(self);
        double b = toDouble(o);
        return reflected ? op.apply(b, a) : op.apply(a, b);
    }

    @ExposedMethod
    static PyObject __add__(PyFloat self, PyObject o) {
        return bin(self, o, false, (a, b) -> PyFloat.of(a + b));
    }

    @ExposedMethod
    static PyObject __radd__(PyFloat self, PyObject o) {
        return bin(self, o, true, (a, b) -> PyFloat.of(a + b));
    }

    @ExposedMethod
    static PyObject __sub__(PyFloat self, PyObject o) {
        return bin(self, o, false, (a, b) -> PyFloat.of(a - b));
    }

    @ExposedMethod
    static PyObject __rsub__(PyFloat self, PyObject o) {
        return bin(self, o, true, (a, b) -> PyFloat.of(a - b));
    }

    @ExposedMethod
    static PyObject __mul__(PyFloat self, PyObject o) {
        return bin(self, o, false, (a, b) -> PyFloat.of(a * b));
    }

    @ExposedMethod
    static PyObject __rmul__(PyFloat self, PyObject o) {
        return bin(self, o, true, (a, b) -> PyFloat.of(a * b));
    }

    @ExposedMethod
    static PyObject __truediv__(PyFloat self, PyObject o) {
        return bin(self, o, false, (a, b) -> PyFloat.of(div(a, b)));
    }

    @ExposedMethod
    static PyObject __rtruediv__(PyFloat self, PyObject o) {
        return bin(self, o, true, (a, b) -> PyFloat.of(div(a, b)));
    }

    @ExposedMethod
    static PyObject __floordiv__(PyFloat self, PyObject o) {
        return bin(self, o, false, (a, b) -> PyFloat.of(floorDiv(a, b)));
    }

    @ExposedMethod
    static PyObject __rfloordiv__(PyFloat self, PyObject o) {
        return bin(self, o, true, (a, b) -> PyFloat.of(floorDiv(a, b)));
    }

    @ExposedMethod
    static PyObject __mod__(PyFloat self, PyObject o) {
        return bin(self, o, false, (a, b) -> PyFloat.of(mod(a, b)));
    }

    @ExposedMethod
    static PyObject __rmod__(PyFloat self, PyObject o) {
        return bin(self, o, true, (a, b) -> PyFloat.of(mod(a, b)));
    }

    @ExposedMethod
    static PyObject __divmod__(PyFloat self, PyObject o) {
        if (isNum(o) && toDouble(o) == 0) {
            throw PyErr.zeroDivision("float divmod()");
        }
        return bin(self, o, false, (a, b) -> PyTuple.of(PyFloat.of(floorDiv(a, b)), PyFloat.of(mod(a, b))));
    }

    @ExposedMethod
    static PyObject __rdivmod__(PyFloat self, PyObject o) {
        if (isNum(o) && self.value == 0) {
            throw PyErr.zeroDivision("float divmod()");
        }
        return bin(self, o, true, (a, b) -> PyTuple.of(PyFloat.of(floorDiv(a, b)), PyFloat.of(mod(a, b))));
    }

    @ExposedMethod(min = 1)
    static PyObject __pow__(PyFloat self, PyObject o, PyObject m) {
        if (m != null && m != PyNone.NONE) {
            throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return bin(self, o, false, FloatMethods::pow);
    }

    @ExposedMethod(min = 1)
    static PyObject __rpow__(PyFloat self, PyObject o, PyObject m) {
        return bin(self, o, true, FloatMethods::pow);
    }

    @ExposedMethod
    static PyObject __neg__(PyFloat self) {
        return PyFloat.of(-self.value);
    }

    @ExposedMethod
    static PyObject __pos__(PyFloat self) {
        return PyFloat.of(self.value);
    }

    @ExposedMethod
    static PyObject __abs__(PyFloat self) {
        return PyFloat.of(Math.abs(self.value));
    }

    @ExposedMethod
    static boolean __bool__(PyFloat self) {
        return self.value != 0;
    }

    @ExposedMethod
    static PyObject __int__(PyFloat self) {
        return toInt(self.value);
    }

    @ExposedMethod
    static PyObject __trunc__(PyFloat self) {
        return toInt(self.value);
    }

    @ExposedMethod
    static PyObject __floor__(PyFloat self) {
        return toInt(Math.floor(self.value));
    }

    @ExposedMethod
    static PyObject __ceil__(PyFloat self) {
        return toInt(Math.ceil(self.value));
    }

    /** int(x) of a float, truncated. Compare floatobject.c: float___trunc___impl (via runtime.text.FloatRounding.toInt). */
    public static PyInt toInt(double d) {
        try {
            return IntMethods.ofNumber(FloatRounding.toInt(d));
        } catch (TextFormatException e) {
            throw PyErr.of(e);
        }
    }

    /** round(x[, ndigits]). Compare floatobject.c: float___round___impl, double_round. */
    @ExposedMethod(min = 0)
    static PyObject __round__(PyFloat self, PyObject nd) {
        try {
            if (nd == null || nd == PyNone.NONE) {
                return IntMethods.ofNumber(FloatRounding.roundToInt(self.value));
            }
            PyInt n = Abstract.index(nd);
            // CPython clips ndigits to a Py_ssize_t (PyNumber_AsSsize_t with NULL).
            long ndigits = n.isBig() ? (n.bigValue().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : n.value;
            return PyFloat.of(FloatRounding.round(self.value, ndigits));
        } catch (TextFormatException e) {
            throw PyErr.of(e);
        }
    }

    @ExposedMethod
    static double __float__(PyFloat self) {
        return self.value;
    }

    @ExposedMethod
    static long __hash__(PyFloat self) {
        return Hashing.hashDouble(self, self.value);
    }

    @ExposedMethod
    static String __repr__(PyFloat self) {
        return FloatRepr.repr(self.value);
    }

    @ExposedMethod
    static PyObject __format__(PyFloat self, PyObject spec) {
        String s = Abstract.strArg(spec, "format");
        if (s.isEmpty()) {
            return Abstract.str(self);
        }
        try {
            return PyStr.of(Format.formatFloat(self.value, s, self.type().getName()));
        } catch (TextFormatException e) {
            throw PyErr.of(e);
        }
    }

    @ExposedMethod
    static boolean is_integer(PyFloat self) {
        return Double.isFinite(self.value) && self.value == Math.rint(self.value);
    }

    /** (value,): what pickle and copy pass to float() again. Compare floatobject.c: float___getnewargs___impl. */
    @ExposedMethod
    static PyObject __getnewargs__(PyFloat self) {
        return PyTuple.of(PyFloat.of(self.value));
    }

    @ExposedMethod
    static PyObject conjugate(PyFloat self) {
        return PyFloat.of(self.value);
    }

    /** float.as_integer_ratio(). Compare floatobject.c: float_as_integer_ratio_impl. */
    @ExposedMethod
    static PyObject as_integer_ratio(PyFloat self) {
        try {
            BigInteger[] r = FloatRounding.asIntegerRatio(self.value);
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
        } catch (TextFormatException e) {
            throw PyErr.of(e);
        }
    }

    /** float.hex(). Compare floatobject.c: float_hex. */
    @ExposedMethod
    static String hex(PyFloat self) {
        return FloatHex.hex(self.value);
    }

    /** float.__getformat__(typestr): the JVM's doubles and floats are IEEE 754. Compare floatobject.c: float___getformat___impl. */
    @ExposedMethod(classMethod = true)
    static PyObject __getformat__(PyObject cls, PyObject typestr) {
        if (!(typestr instanceof PyStr s)) {
            throw PyErr.typeError("__getformat__() argument must be str, not " + typestr.type().getName());
        }
        if (!s.toString().equals("double") && !s.toString().equals("float")) {
            throw PyErr.valueError("__getformat__() argument 1 must be 'double' or 'float'");
        }
        return PyStr.of("IEEE, " + (java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN ? "little" : "big")
            + "-endian");
    }

    /** float.fromhex(s). Compare floatobject.c: float_fromhex. */
    @ExposedMethod(classMethod = true)
    static PyObject fromhex(PyObject cls, PyObject s) {
        double r;
        try {
            r = FloatHex.fromHex(Abstract.strArg(s, "fromhex"));
        } catch (TextFormatException e) {
            throw PyErr.of(e);
        }
        PyObject f = PyFloat.of(r);
        return cls == PyFloat.TYPE ? f : Abstract.call(cls, f);
    }

    @ExposedGetter
    static PyObject real(PyFloat self) {
        return PyFloat.of(self.value);
    }

    @ExposedGetter
    static PyObject imag(PyFloat self) {
        return PyFloat.of(0.0);
    }

    /** Exact comparison of a float with an int or float. Compare floatobject.c: float_richcompare. */
    static int compareWith(double a, PyObject o) {
        if (o instanceof PyFloat f) {
            return Double.compare(a, f.value) == 0 || a == f.value ? 0 : (a < f.value ? -1 : 1);
        }
        PyInt i = (PyInt) o;
        if (!i.isBig() && Math.abs(i.value) < (1L << 53)) {
            double b = (double) i.value;
            return a == b ? 0 : a < b ? -1 : 1;
        }
        if (Double.isInfinite(a)) {
            return a > 0 ? 1 : -1;
        }
        return new BigDecimal(a).compareTo(new BigDecimal(i.bigValue()));
    }

    private static PyObject cmp(PyFloat self, PyObject o, int op) {
        if (!isNum(o)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        double a = self.value;
        if (Double.isNaN(a) || (o instanceof PyFloat f && Double.isNaN(f.value))) {
            return PyBool.of(op == Ops.NE);
        }
        return PyBool.of(Ops.cmpResult(compareWith(a, o), op));
    }

    @ExposedMethod
    static PyObject __eq__(PyFloat self, PyObject o) {
        return cmp(self, o, Ops.EQ);
    }

    @ExposedMethod
    static PyObject __ne__(PyFloat self, PyObject o) {
        return cmp(self, o, Ops.NE);
    }

    @ExposedMethod
    static PyObject __lt__(PyFloat self, PyObject o) {
        return cmp(self, o, Ops.LT);
    }

    @ExposedMethod
    static PyObject __le__(PyFloat self, PyObject o) {
        return cmp(self, o, Ops.LE);
    }

    @ExposedMethod
    static PyObject __gt__(PyFloat self, PyObject o) {
        return cmp(self, o, Ops.GT);
    }

    @ExposedMethod
    static PyObject __ge__(PyFloat self, PyObject o) {
        return cmp(self, o, Ops.GE);
    }

    /**
     * float(x=0, /). Keywords are refused unless a subclass defines its own __init__.
     * Compare floatobject.c: float_new_impl, float_vectorcall.
     */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (nkw > 0 && (cls == PyFloat.TYPE || !TupleMethods.overridesInit(cls))) {
            throw PyErr.typeError("float() takes no keyword arguments");
        }
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyErr.typeError("float expected at most 1 argument, got " + npos);
        }
        return newFloat(cls, npos == 0 ? null : args[0]);
    }

    static PyObject newFloat(PyType cls, PyObject x) {
        double v;
        if (x == null) {
            v = 0.0;
        } else if (x instanceof PyFloat f && x.type() == PyFloat.TYPE) {
            v = f.value;
        } else if (x instanceof PyStr s && x.type().slot(Slot.FLOAT) == null) {
            v = parse(s.toString());
        } else if (x instanceof PyInt || x.type().slot(Slot.FLOAT) != null || x.type().slot(Slot.INDEX) != null) {
            v = Abstract.toDouble(x);
        } else if (x instanceof PyBytes b) {
            v = parse(b.value);
        } else if (x instanceof PyByteArray b) {
            // PyFloat_FromString names the bytearray itself (%R of the object) in its error.
            try {
                v = FloatParser.parseFloat(b.bytes());
            } catch (TextFormatException e) {
                throw PyErr.valueError("could not convert string to float: " + Abstract.repr(b));
            }
        } else if (x instanceof PyMemoryView || x instanceof BufferExporter) {
            // Any other buffer: its bytes, as PyFloat_FromString copies them.
            try {
                v = FloatParser.parseFloat(PyByteArray.bytesOf(x));
            } catch (TextFormatException e) {
                throw PyErr.valueError("could not convert string to float: " + Abstract.repr(x));
            }
        } else {
            throw PyErr.typeError("float() argument must be a string or a real number, not '" + x.type().getName() + "'");
        }
        if (cls != PyFloat.TYPE) {
            return new PyFloatSubclass(cls, v);
        }
        return PyFloat.of(v);
    }

    /** float(str). Compare floatobject.c: PyFloat_FromString. */
    public static double parse(String s) {
        try {
            return FloatParser.parseFloat(s);
        } catch (TextFormatException e) {
            throw PyErr.of(e);
        }
    }

    /** float(bytes). Compare floatobject.c: PyFloat_FromString. */
    public static double parse(byte[] b) {
        try {
            return FloatParser.parseFloat(b);
        } catch (TextFormatException e) {
            throw PyErr.of(e);
        }
    }

}
