package org.pyvm.runtime;

import org.pyvm.runtime.text.IntText;
import org.pyvm.runtime.text.TextFormatException;

import java.math.BigInteger;

/**
 * The methods of {@code int}, with the arithmetic the interpreter's fast paths call
 * directly ({@link #add}, {@link #sub} ...). Each operator returns NotImplemented for an
 * operand that is not an int, so that the binary-operator protocol of {@link Ops} can try
 * the reflected method. Compare CPython Objects/longobject.c.
 */
public final class IntMethods {

    private IntMethods() {}

    static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);

    // ---- arithmetic on two ints ----

    public static PyInt add(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value + b.value;
            if (((a.value ^ r) & (b.value ^ r)) < 0) {
                return PyInt.of(BigInteger.valueOf(a.value).add(BigInteger.valueOf(b.value)));
            }
            return PyInt.of(r);
        }
        return PyInt.of(a.bigValue().add(b.bigValue()));
    }

    public static PyInt sub(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long r = a.value - b.value;
            if (((a.value ^ b.value) & (a.value ^ r)) < 0) {
                return PyInt.of(BigInteger.valueOf(a.value).subtract(BigInteger.valueOf(b.value)));
            }
            return PyInt.of(r);
        }
        return PyInt.of(a.bigValue().subtract(b.bigValue()));
    }

    public static PyInt mul(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            long hi = Math.multiplyHigh(a.value, b.value);
            long lo = a.value * b.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return PyInt.of(lo);
            }
        }
        return PyInt.of(a.bigValue().multiply(b.bigValue()));
    }

    public static PyInt floorDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.zeroDivision("integer division or modulo by zero");
        }
        if (a.big == null && b.big == null && !(a.value == Long.MIN_VALUE && b.value == -1)) {
            return PyInt.of(Math.floorDiv(a.value, b.value));
        }
        BigInteger[] qr = a.bigValue().divideAndRemainder(b.bigValue());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return PyInt.of(q);
    }

    public static PyInt mod(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.zeroDivision("integer modulo by zero");
        }
        if (a.big == null && b.big == null) {
            if (b.value == -1) {
                return PyInt.ZERO;
            }
            return PyInt.of(Math.floorMod(a.value, b.value));
        }
        BigInteger r = a.bigValue().mod(b.bigValue().abs());
        if (b.signum() < 0 && r.signum() != 0) {
            r = r.add(b.bigValue());
        }
        return PyInt.of(r);
    }

    /** int / int, correctly rounded. Compare longobject.c: long_true_divide. */
    public static PyObject trueDiv(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyErr.zeroDivision("division by zero");
        }
        if (a.big == null && b.big == null && Math.abs(a.value) < (1L << 53) && Math.abs(b.value) < (1L << 53)) {
            return PyFloat.of((double) a.value / (double) b.value);
        }
        double d = divideRounded(a.bigValue(), b.bigValue());
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("integer division result too large for a float");
        }
        return PyFloat.of(d);
    }

    /**
     * A / B rounded once to the nearest double (ties to even), infinite when too large.
     * The quotient is taken to at least 54 bits plus a sticky bit for the remainder, which
     * BigInteger.doubleValue rounds correctly; a subnormal result is rounded at 2**-1074
     * by hand. Compare longobject.c: long_true_divide.
     */
    private static double divideRounded(BigInteger a, BigInteger b) {
        boolean neg = (a.signum() < 0) != (b.signum() < 0);
        BigInteger n = a.abs();
        BigInteger d = b.abs();
        if (n.signum() == 0) {
            return neg ? -0.0 : 0.0;
        }
        int diff = n.bitLength() - d.bitLength();
        if (diff > 1025) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (diff < -1080) {
            // Below 2**-1079: rounds to zero.
            return neg ? -0.0 : 0.0;
        }
        int s = Math.max(diff - 54, -1074);
        BigInteger num = s < 0 ? n.shiftLeft(-s) : n;
        BigInteger den = s > 0 ? d.shiftLeft(s) : d;
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        double r;
        if (s == -1074 && q.bitLength() <= 53) {
            int c = qr[1].shiftLeft(1).compareTo(den);
            if (c > 0 || (c == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            r = Math.scalb(q.doubleValue(), -1074);
        } else {
            BigInteger t = q.shiftLeft(1);
            if (qr[1].signum() != 0) {
                t = t.setBit(0);
            }
            r = Math.scalb(t.doubleValue(), s - 1);
        }
        return neg ? -r : r;
    }

    public static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            if (a.signum() == 0) {
                throw PyErr.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return FloatMethods.pow(a.doubleValue(), b.doubleValue());
        }
        if (b.big != null) {
            if (a.big == null && (a.value == 0 || a.value == 1)) {
                return a;
            }
            if (a.big == null && a.value == -1) {
                return PyInt.of(b.big.testBit(0) ? -1 : 1);
            }
            throw PyErr.memoryError();
        }
        long e = b.value;
        if (a.big == null) {
            long base = a.value;
            long r = 1;
            boolean overflow = false;
            long bb = base;
            long ee = e;
            while (ee > 0) {
                if ((ee & 1) != 0) {
                    long hi = Math.multiplyHigh(r, bb);
                    long lo = r * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    r = lo;
                }
                ee >>= 1;
                if (ee > 0) {
                    long hi = Math.multiplyHigh(bb, bb);
                    long lo = bb * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    bb = lo;
                }
            }
            if (!overflow) {
                return PyInt.of(r);
            }
        }
        if (e > Integer.MAX_VALUE) {
            throw PyErr.memoryError();
        }
        return PyInt.of(a.bigValue().pow((int) e));
    }

    public static PyInt lshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw PyErr.valueError("negative shift count");
        }
        if (a.signum() == 0) {
            return PyInt.ZERO;
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            throw PyErr.overflowError("too many digits in integer");
        }
        int n = (int) b.value;
        // Not Math.abs: it is negative for Long.MIN_VALUE, whose shift overflows.
        if (a.big == null && n < 63 && a.value > -(1L << (62 - n)) && a.value < (1L << (62 - n))) {
            return PyInt.of(a.value << n);
        }
        return PyInt.of(a.bigValue().shiftLeft(n));
    }

    public static PyInt rshift(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            throw PyErr.valueError("negative shift count");
        }
        if (b.big != null || b.value > Integer.MAX_VALUE) {
            return PyInt.of(a.signum() < 0 ? -1 : 0);
        }
        if (a.big == null) {
            return PyInt.of(b.value >= 64 ? (a.value < 0 ? -1 : 0) : a.value >> b.value);
        }
        return PyInt.of(a.big.shiftRight((int) b.value));
    }

    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) {
            return Long.compare(a.value, b.value);
        }
        return a.bigValue().compareTo(b.bigValue());
    }

    public static PyInt negate(PyInt a) {
        if (a.big == null && a.value != Long.MIN_VALUE) {
            return PyInt.of(-a.value);
        }
        return PyInt.of(a.bigValue().negate());
    }

    /** CPython's hash of an int: the value modulo 2**61-1, keeping the sign; -1 becomes -2. */
    public static long hash(PyInt a) {
        long h;
        if (a.big == null) {
            long v = a.value;
            if (v == Long.MIN_VALUE) {
                h = -(BigInteger.valueOf(v).negate().mod(BIG_MODULUS).longValue());
            } else {
                long m = Math.abs(v) % HASH_MODULUS;
                h = v < 0 ? -m : m;
            }
        } else {
            long m = a.big.abs().mod(BIG_MODULUS).longValue();
            h = a.big.signum() < 0 ? -m : m;
        }
        return h == -1 ? -2 : h;
    }

    // ---- the exposed methods ----

    private static PyInt asInt(PyObject o) {
        return o instanceof PyInt i ? i : null;
    }

    @ExposedMethod
    static PyObject __add__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : add(self, b);
    }

    @ExposedMethod
    static PyObject __radd__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : add(b, self);
    }

    @ExposedMethod
    static PyObject __sub__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : sub(self, b);
    }

    @ExposedMethod
    static PyObject __rsub__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : sub(b, self);
    }

    @ExposedMethod
    static PyObject __mul__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : mul(self, b);
    }

    @ExposedMethod
    static PyObject __rmul__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : mul(b, self);
    }

    @ExposedMethod
    static PyObject __floordiv__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : floorDiv(self, b);
    }

    @ExposedMethod
    static PyObject __rfloordiv__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : floorDiv(b, self);
    }

    @ExposedMethod
    static PyObject __truediv__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : trueDiv(self, b);
    }

    @ExposedMethod
    static PyObject __rtruediv__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : trueDiv(b, self);
    }

    @ExposedMethod
    static PyObject __mod__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : mod(self, b);
    }

    @ExposedMethod
    static PyObject __rmod__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : mod(b, self);
    }

    @ExposedMethod
    static PyObject __divmod__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : PyTuple.of(floorDiv(self, b), mod(self, b));
    }

    @ExposedMethod
    static PyObject __rdivmod__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : PyTuple.of(floorDiv(b, self), mod(b, self));
    }

    @ExposedMethod(min = 1)
    static PyObject __pow__(PyInt self, PyObject o, PyObject m) {
        PyInt b = asInt(o);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (m == null || m == PyNone.NONE) {
            return pow(self, b);
        }
        PyInt mm = asInt(m);
        if (mm == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (mm.signum() == 0) {
            throw PyErr.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger mod = mm.bigValue().abs();
        BigInteger r;
        if (b.signum() < 0) {
            try {
                r = self.bigValue().modInverse(mod).modPow(b.bigValue().negate(), mod);
            } catch (ArithmeticException e) {
                throw PyErr.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = self.bigValue().modPow(b.bigValue(), mod);
        }
        if (mm.signum() < 0 && r.signum() != 0) {
            r = r.subtract(mod);
        }
        return PyInt.of(r);
    }

    @ExposedMethod(min = 1)
    static PyObject __rpow__(PyInt self, PyObject o, PyObject m) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : __pow__(b, self, m);
    }

    @ExposedMethod
    static PyObject __lshift__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : lshift(self, b);
    }

    @ExposedMethod
    static PyObject __rlshift__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : lshift(b, self);
    }

    @ExposedMethod
    static PyObject __rshift__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : rshift(self, b);
    }

    @ExposedMethod
    static PyObject __rrshift__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : rshift(b, self);
    }

    @ExposedMethod
    static PyObject __and__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return self.big == null && b.big == null ? PyInt.of(self.value & b.value) : PyInt.of(self.bigValue().and(b.bigValue()));
    }

    @ExposedMethod
    static PyObject __rand__(PyInt self, PyObject o) {
        return __and__(self, o);
    }

    @ExposedMethod
    static PyObject __or__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return self.big == null && b.big == null ? PyInt.of(self.value | b.value) : PyInt.of(self.bigValue().or(b.bigValue()));
    }

    @ExposedMethod
    static PyObject __ror__(PyInt self, PyObject o) {
        return __or__(self, o);
    }

    @ExposedMethod
    static PyObject __xor__(PyInt self, PyObject o) {
        PyInt b = asInt(o);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return self.big == null && b.big == null ? PyInt.of(self.value ^ b.value) : PyInt.of(self.bigValue().xor(b.bigValue()));
    }

    @ExposedMethod
    static PyObject __rxor__(PyInt self, PyObject o) {
        return __xor__(self, o);
    }

    @ExposedMethod
    static PyObject __neg__(PyInt self) {
        return negate(self);
    }

    @ExposedMethod
    static PyObject __pos__(PyInt self) {
        return self.big == null ? PyInt.of(self.value) : PyInt.of(self.big);
    }

    @ExposedMethod
    static PyObject __abs__(PyInt self) {
        return self.signum() < 0 ? negate(self) : __pos__(self);
    }

    @ExposedMethod
    static PyObject __invert__(PyInt self) {
        return self.big == null ? PyInt.of(~self.value) : PyInt.of(self.big.not());
    }

    @ExposedMethod
    static boolean __bool__(PyInt self) {
        return self.signum() != 0;
    }

    @ExposedMethod
    static PyObject __index__(PyInt self) {
        return exact(self);
    }

    @ExposedMethod
    static PyObject __int__(PyInt self) {
        return exact(self);
    }

    @ExposedMethod
    static PyObject __trunc__(PyInt self) {
        return exact(self);
    }

    @ExposedMethod
    static PyObject __floor__(PyInt self) {
        return exact(self);
    }

    @ExposedMethod
    static PyObject __ceil__(PyInt self) {
        return exact(self);
    }

    @ExposedMethod(min = 0)
    static PyObject __round__(PyInt self, PyObject nd) {
        if (nd == null || nd == PyNone.NONE) {
            return exact(self);
        }
        PyInt n = Abstract.index(nd);
        if (n.signum() >= 0) {
            return exact(self);
        }
        // Round to a multiple of 10**-n, halves to even. Compare longobject.c: _PyLong_Round.
        BigInteger pow = BigInteger.TEN.pow(Abstract.index(negate(n)).intValue());
        java.math.BigDecimal d = new java.math.BigDecimal(self.bigValue()).divide(new java.math.BigDecimal(pow));
        BigInteger q = d.setScale(0, java.math.RoundingMode.HALF_EVEN).toBigIntegerExact();
        return PyInt.of(q.multiply(pow));
    }

    /** The plain int with the same value (for bool and subclasses). */
    static PyInt exact(PyInt self) {
        if (self.getClass() == PyInt.class) {
            return self;
        }
        return self.big == null ? PyInt.of(self.value) : PyInt.of(self.big);
    }

    @ExposedMethod
    static double __float__(PyInt self) {
        return self.doubleValue();
    }

    @ExposedMethod
    static long __hash__(PyInt self) {
        return hash(self);
    }

    @ExposedMethod
    static String __repr__(PyInt self) {
        return exact(self).toString();
    }

    @ExposedMethod
    static PyObject __format__(PyInt self, PyObject spec) {
        String s = Abstract.strArg(spec, "format");
        return s.isEmpty() ? Abstract.str(self) : PyStr.of(Formatter.formatInt(self, s));
    }

    private static PyObject cmp(PyInt self, PyObject o, int op) {
        if (o instanceof PyInt b) {
            return PyBool.of(Ops.cmpResult(compare(self, b), op));
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __eq__(PyInt self, PyObject o) {
        return cmp(self, o, Ops.EQ);
    }

    @ExposedMethod
    static PyObject __ne__(PyInt self, PyObject o) {
        return cmp(self, o, Ops.NE);
    }

    @ExposedMethod
    static PyObject __lt__(PyInt self, PyObject o) {
        return cmp(self, o, Ops.LT);
    }

    @ExposedMethod
    static PyObject __le__(PyInt self, PyObject o) {
        return cmp(self, o, Ops.LE);
    }

    @ExposedMethod
    static PyObject __gt__(PyInt self, PyObject o) {
        return cmp(self, o, Ops.GT);
    }

    @ExposedMethod
    static PyObject __ge__(PyInt self, PyObject o) {
        return cmp(self, o, Ops.GE);
    }

    @ExposedMethod
    static long bit_length(PyInt self) {
        return self.big == null && self.value != Long.MIN_VALUE ? 64 - Long.numberOfLeadingZeros(Math.abs(self.value))
            : self.bigValue().abs().bitLength();
    }

    /**
     * int.__sizeof__: CPython's PyLongObject size, a 24-byte header and at least one 30-bit
     * digit of 4 bytes (sys.int_info). Compare longobject.c: int___sizeof___impl.
     */
    @ExposedMethod
    static long __sizeof__(PyInt self) {
        return 24 + 4 * Math.max(1, (bit_length(self) + 29) / 30);
    }

    @ExposedMethod
    static long bit_count(PyInt self) {
        return self.big == null ? Long.bitCount(Math.abs(self.value)) : self.big.abs().bitCount();
    }

    @ExposedMethod
    static PyObject conjugate(PyInt self) {
        return exact(self);
    }

    @ExposedMethod
    static PyObject is_integer(PyInt self) {
        return PyBool.TRUE;
    }

    @ExposedMethod
    static PyObject as_integer_ratio(PyInt self) {
        return PyTuple.of(exact(self), PyInt.ONE);
    }

    /** int.to_bytes(length=1, byteorder='big', *, signed=False). Compare longobject.c: int_to_bytes_impl. */
    @ExposedMethod
    static PyObject to_bytes(PyInt self, PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("to_bytes", args, kw, 0, 2, "length", "byteorder", "signed");
        int length = ap.get(0) == null ? 1 : Abstract.index(ap.get(0)).intValue();
        boolean little = byteorder(ap.get(1));
        boolean signed = ap.get(2) != null && Abstract.isTrue(ap.get(2));
        if (length < 0) {
            throw PyErr.valueError("length argument must be non-negative");
        }
        BigInteger v = self.bigValue();
        if (!signed && v.signum() < 0) {
            throw PyErr.overflowError("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (v.signum() != 0 && (bits + 7) / 8 > length || (v.signum() == 0 && false)) {
            throw PyErr.overflowError("int too big to convert");
        }
        byte[] out = new byte[length];
        byte[] raw = v.toByteArray();
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < length; i++) {
            int src = raw.length - 1 - i;
            out[length - 1 - i] = src >= 0 ? raw[src] : fill;
        }
        if (little) {
            for (int i = 0, j = length - 1; i < j; i++, j--) {
                byte t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
        }
        return new PyBytes(out);
    }

    private static boolean byteorder(PyObject o) {
        if (o == null) {
            return false;
        }
        String s = Abstract.strArg(o, "to_bytes");
        if (s.equals("little")) {
            return true;
        }
        if (s.equals("big")) {
            return false;
        }
        throw PyErr.valueError("byteorder must be either 'little' or 'big'");
    }

    /** int.from_bytes(bytes, byteorder='big', *, signed=False). */
    @ExposedMethod(classMethod = true)
    static PyObject from_bytes(PyObject cls, PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("from_bytes", args, kw, 1, 2, "bytes", "byteorder", "signed");
        PyObject src = ap.get(0);
        byte[] b = PyByteArray.bytesOf(src);
        if (b == null) {
            // bytes(src) without its int and str forms. Compare abstract.c: PyObject_Bytes, PyBytes_FromObject.
            if (src.type().lookup("__bytes__") == null && (src instanceof PyStr || src.type().slot(Slot.ITER) == null)) {
                throw PyErr.typeError("cannot convert '" + src.type().getName() + "' object to bytes");
            }
            b = ((PyBytes) PyBytes.__new__(PyBytes.TYPE, src, null, null)).value;
        }
        b = b.clone();
        if (byteorder(ap.get(1))) {
            for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                byte t = b[i];
                b[i] = b[j];
                b[j] = t;
            }
        }
        boolean signed = ap.get(2) != null && Abstract.isTrue(ap.get(2));
        BigInteger v = b.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(b) : new BigInteger(1, b);
        PyInt r = PyInt.of(v);
        return cls == PyInt.TYPE ? r : Abstract.call(cls, r);
    }

    @ExposedGetter
    static PyObject real(PyInt self) {
        return exact(self);
    }

    @ExposedGetter
    static PyObject imag(PyInt self) {
        return PyInt.ZERO;
    }

    @ExposedGetter
    static PyObject numerator(PyInt self) {
        return exact(self);
    }

    @ExposedGetter
    static PyObject denominator(PyInt self) {
        return PyInt.ONE;
    }

    @ExposedMethod
    static PyObject __getnewargs__(PyInt self) {
        return PyTuple.of(exact(self));
    }

    /** int(x=0), int(x, base). Compare longobject.c: long_new_impl. */
    @ExposedMethod(names = {"x", "base"})
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("int", args, kw, 0, 2, "", "base");
        PyObject x = ap.get(0);
        PyObject base = ap.get(1);
        PyInt r;
        if (x == null) {
            if (base != null) {
                throw PyErr.typeError("int() missing string argument");
            }
            r = PyInt.ZERO;
        } else if (base != null) {
            // PyNumber_AsSsize_t without an overflow error: a huge base is only out of range.
            PyInt bi = Abstract.index(base);
            int b = bi.isBig() || bi.longValue() != (int) bi.longValue() ? -1 : bi.intValue();
            if (b != 0 && (b < 2 || b > 36)) {
                throw PyErr.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (x instanceof PyStr s) {
                r = parse(s.toString(), b);
            } else if (x instanceof PyBytes by) {
                r = parse(by.value, b);
            } else if (x instanceof PyByteArray ba) {
                r = parse(ba.bytes(), b);
            } else {
                throw PyErr.typeError("int() can't convert non-string with explicit base");
            }
        } else {
            r = Abstract.toInt(x);
        }
        if (cls != PyInt.TYPE) {
            return new PyIntSubclass(cls, r);
        }
        return r;
    }

    /** int(s, base). Compare longobject.c: PyLong_FromUnicodeObject (via runtime.text.IntText). */
    public static PyInt parse(String s, int base) {
        try {
            return ofNumber(IntText.parseInt(s, base, PyRuntime.intMaxStrDigits));
        } catch (TextFormatException e) {
            throw PyErr.of(e);
        }
    }

    /** int(b, base) of bytes or bytearray. Compare longobject.c: _PyLong_FromBytes. */
    public static PyInt parse(byte[] b, int base) {
        try {
            return ofNumber(IntText.parseInt(b, base, PyRuntime.intMaxStrDigits));
        } catch (TextFormatException e) {
            throw PyErr.of(e);
        }
    }

    /** A Long or BigInteger result of runtime.text as an int. */
    static PyInt ofNumber(Number n) {
        return n instanceof BigInteger b ? PyInt.of(b) : PyInt.of(n.longValue());
    }
}
