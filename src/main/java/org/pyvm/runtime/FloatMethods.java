package org.pyvm.runtime;

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

    public static PyObject pow(double a, double b) {
        if (a == 0 && b < 0) {
            throw PyErr.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.rint(b) && Double.isFinite(b)) {
            return PyComplex.pow(a, 0, b, 0);
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && Double.isFinite(a) && Double.isFinite(b)) {
            throw PyErr.overflowError("(34, 'Numerical result out of range')");
        }
        return PyFloat.of(r);
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

    public static PyInt toInt(double d) {
        if (Double.isNaN(d)) {
            throw PyErr.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    @ExposedMethod(min = 0)
    static PyObject __round__(PyFloat self, PyObject nd) {
        double x = self.value;
        if (nd == null || nd == PyNone.NONE) {
            double r = Math.rint(x);
            return toInt(r);
        }
        int n = Abstract.index(nd).intValue();
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return PyFloat.of(x);
        }
        if (n > 308) {
            return PyFloat.of(x);
        }
        // Correctly rounded, halves to even on the exact binary value (floatobject.c: double_round).
        BigDecimal r = new BigDecimal(x).setScale(n, java.math.RoundingMode.HALF_EVEN);
        return PyFloat.of(r.doubleValue());
    }

    @ExposedMethod
    static double __float__(PyFloat self) {
        return self.value;
    }

    @ExposedMethod
    static long __hash__(PyFloat self) {
        return Hashing.hashDouble(self.value);
    }

    @ExposedMethod
    static String __repr__(PyFloat self) {
        return PyFloat.repr(self.value);
    }

    @ExposedMethod
    static PyObject __format__(PyFloat self, PyObject spec) {
        String s = Abstract.strArg(spec, "format");
        return s.isEmpty() ? Abstract.str(self) : PyStr.of(Formatter.formatFloat(self.value, s));
    }

    @ExposedMethod
    static boolean is_integer(PyFloat self) {
        return Double.isFinite(self.value) && self.value == Math.rint(self.value);
    }

    @ExposedMethod
    static PyObject conjugate(PyFloat self) {
        return PyFloat.of(self.value);
    }

    @ExposedMethod
    static PyObject as_integer_ratio(PyFloat self) {
        double d = self.value;
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(d)) {
            throw PyErr.valueError("cannot convert NaN to integer ratio");
        }
        BigDecimal b = new BigDecimal(d);
        BigInteger num = b.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (b.scale() > 0) {
            den = BigInteger.TEN.pow(b.scale());
        } else {
            num = num.multiply(BigInteger.TEN.pow(-b.scale()));
        }
        BigInteger g = num.gcd(den);
        return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
    }

    /** float.hex(). Compare floatobject.c: float_hex. */
    @ExposedMethod
    static String hex(PyFloat self) {
        double d = self.value;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return PyFloat.repr(d);
        }
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToLongBits(Math.abs(d));
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        String lead = "1";
        int e;
        if (exp == 0) {
            lead = "0";
            e = -1022;
        } else {
            e = exp - 1023;
        }
        return sign + "0x" + lead + "." + String.format("%013x", mant) + "p" + (e >= 0 ? "+" : "") + e;
    }

    /** float.fromhex(s). Compare floatobject.c: float_fromhex (correctly rounded). */
    @ExposedMethod(classMethod = true)
    static PyObject fromhex(PyObject cls, PyObject s) {
        String t = Abstract.strArg(s, "fromhex").strip();
        String low = t.toLowerCase();
        boolean neg = low.startsWith("-");
        String body = low.startsWith("-") || low.startsWith("+") ? low.substring(1) : low;
        double r;
        if (body.equals("inf") || body.equals("infinity")) {
            r = Double.POSITIVE_INFINITY;
        } else if (body.equals("nan")) {
            r = Double.NaN;
        } else {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(0x)?([0-9a-f]*)(?:\\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?")
                .matcher(body);
            if (!m.matches() || (m.group(2).isEmpty() && (m.group(3) == null || m.group(3).isEmpty()))) {
                throw PyErr.valueError("invalid hexadecimal floating-point string");
            }
            String ip = m.group(2);
            String fp = m.group(3) == null ? "" : m.group(3);
            long exp = m.group(4) == null ? 0 : Long.parseLong(m.group(4));
            BigInteger mant = new BigInteger((ip + fp).isEmpty() ? "0" : ip + fp, 16);
            exp -= 4L * fp.length();
            if (mant.signum() == 0) {
                r = 0.0;
            } else {
                java.math.BigDecimal v = new java.math.BigDecimal(mant);
                if (exp > 2000) {
                    throw PyErr.overflowError("hexadecimal value too large to represent as a float");
                }
                v = exp >= 0 ? v.multiply(new java.math.BigDecimal(BigInteger.TWO.pow((int) exp)))
                    : exp < -2200 ? java.math.BigDecimal.ZERO : v.divide(new java.math.BigDecimal(BigInteger.TWO.pow((int) -exp)));
                r = v.doubleValue();
                if (Double.isInfinite(r)) {
                    throw PyErr.overflowError("hexadecimal value too large to represent as a float");
                }
            }
        }
        PyObject f = PyFloat.of(neg ? -r : r);
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

    @ExposedMethod(min = 0)
    static PyObject __new__(PyType cls, PyObject x) {
        double v;
        if (x == null) {
            v = 0.0;
        } else if (x instanceof PyFloat f) {
            v = f.value;
        } else if (x instanceof PyStr s) {
            v = parse(s.toString());
        } else if (x instanceof PyInt || x.type().slot(Slot.FLOAT) != null || x.type().slot(Slot.INDEX) != null) {
            v = Abstract.toDouble(x);
        } else if (x instanceof PyBytes b) {
            v = parse(b.decodeLatin1());
        } else {
            throw PyErr.typeError("float() argument must be a string or a real number, not '" + x.type().getName() + "'");
        }
        if (cls != PyFloat.TYPE) {
            return new PyFloatSubclass(cls, v);
        }
        return PyFloat.of(v);
    }

    /** Unicode decimal digits as ASCII ones (float('١.٥')). Compare unicodeobject.c: _PyUnicode_TransformDecimalAndSpaceToASCII. */
    static String asciiDigits(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                if (sb == null) {
                    sb = new StringBuilder(s.substring(0, i));
                }
                sb.append((char) ('0' + Character.digit(c, 10)));
            } else if (sb != null) {
                sb.append(Character.isSpaceChar(c) ? ' ' : c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** float(str). Compare floatobject.c: PyFloat_FromString. */
    public static double parse(String s) {
        String stripped = asciiDigits(s).strip();
        if (stripped.contains("_") && !stripped.matches("[+-]?(\\d(?:_?\\d)*)?(\\.(\\d(?:_?\\d)*)?)?([eE][+-]?\\d(?:_?\\d)*)?")) {
            throw PyErr.valueError("could not convert string to float: " + StrMethods.repr(s));
        }
        String t = stripped.replace("_", "");
        String low = t.toLowerCase();
        String body = low.startsWith("-") || low.startsWith("+") ? low.substring(1) : low;
        boolean neg = low.startsWith("-");
        switch (body) {
            case "inf", "infinity" -> {
                return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            case "nan" -> {
                return Double.NaN;
            }
            default -> { }
        }
        if (!t.isEmpty() && t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?") && !s.strip().startsWith("_")) {
            return Double.parseDouble(t);
        }
        throw PyErr.valueError("could not convert string to float: " + StrMethods.repr(s));
    }
}
