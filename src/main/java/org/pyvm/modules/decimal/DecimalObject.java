package org.pyvm.modules.decimal;

import java.math.BigInteger;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyComplex;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyNotImplemented;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * decimal.Decimal: an immutable decimal floating-point number, (-1)**sign * coef * 10**exp,
 * or an infinity, or a quiet or signalling NaN with a payload (held in coef). Its Python
 * methods are in {@link DecimalMethods}; this class holds the value, the conversions from
 * and to other Python objects, hashing and comparison. Compare CPython
 * Modules/_decimal/_decimal.c (PyDecObject over libmpdec's mpd_t).
 */
class DecimalObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("decimal", "Decimal", DecimalObject.class,
        DecimalMethods.class));

    static final int FINITE = 0;
    static final int INF = 1;
    static final int QNAN = 2;
    static final int SNAN = 3;

    final PyType type;
    final int sign;
    final int kind;
    /** The coefficient (>= 0) of a finite value; the payload of a NaN; zero for an infinity. */
    final BigInteger coef;
    /** The exponent of a finite value; 0 otherwise. */
    final long exp;
    static final DecimalObject NAN = new DecimalObject(TYPE, 0, QNAN, BigInteger.ZERO, 0);
    private static final DecimalObject[] SMALL = new DecimalObject[3];

    static {
        for (int i = -1; i <= 1; i++) {
            SMALL[i + 1] = new DecimalObject(TYPE, i < 0 ? 1 : 0, FINITE, BigInteger.valueOf(Math.abs(i)), 0);
        }
    }

    DecimalObject(PyType type, int sign, int kind, BigInteger coef, long exp) {
        this.type = type;
        this.sign = sign;
        this.kind = kind;
        this.coef = coef;
        this.exp = exp;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** An instance of a Python subclass of Decimal, which has an instance dict. */
    static final class Sub extends DecimalObject implements HasDict {
        private PyDict dict;

        Sub(PyType type, int sign, int kind, BigInteger coef, long exp) {
            super(type, sign, kind, coef, exp);
        }

        @Override
        public PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }
    }

    static DecimalObject finite(int sign, BigInteger coef, long exp) {
        return new DecimalObject(TYPE, sign, FINITE, coef, exp);
    }

    static DecimalObject infinity(int sign) {
        return new DecimalObject(TYPE, sign, INF, BigInteger.ZERO, 0);
    }

    static DecimalObject nan(int kind, int sign, BigInteger payload) {
        return new DecimalObject(TYPE, sign, kind, payload, 0);
    }

    static DecimalObject ofInt(int v) {
        return SMALL[v + 1];
    }

    static DecimalObject fromInt(PyInt i) {
        if (!i.isBig()) {
            long v = i.value;
            if (v == Long.MIN_VALUE) {
                return finite(1, BigInteger.valueOf(v).negate(), 0);
            }
            return finite(v < 0 ? 1 : 0, BigInteger.valueOf(Math.abs(v)), 0);
        }
        BigInteger b = i.big;
        return finite(b.signum() < 0 ? 1 : 0, b.abs(), 0);
    }

    /** The same value as an instance of T. */
    DecimalObject as(PyType t) {
        if (t == type) {
            return this;
        }
        return t == TYPE ? new DecimalObject(t, sign, kind, coef, exp) : new Sub(t, sign, kind, coef, exp);
    }

    DecimalObject withSign(int s) {
        return s == sign && type == TYPE ? this : new DecimalObject(TYPE, s, kind, coef, exp);
    }

    boolean isZero() {
        return kind == FINITE && coef.signum() == 0;
    }

    boolean isNan() {
        return kind >= QNAN;
    }

    boolean isSpecial() {
        return kind != FINITE;
    }

    long adjusted() {
        return kind == FINITE ? exp + Op.digits(coef) - 1 : 0;
    }

    boolean equalsExactly(DecimalObject o) {
        return sign == o.sign && kind == o.kind && exp == o.exp && coef.equals(o.coef);
    }

    boolean isInteger() {
        if (kind != FINITE) {
            return false;
        }
        if (exp >= 0 || coef.signum() == 0) {
            return true;
        }
        return -exp <= Op.digits(coef) && coef.mod(Op.pow10(-exp)).signum() == 0;
    }

    // ---- conversions from Python objects ----

    /** A float's exact value. Compare PyDecType_FromFloatExact. */
    static DecimalObject fromDouble(double d) {
        if (Double.isNaN(d)) {
            return nan(QNAN, 0, BigInteger.ZERO);
        }
        int s = (Double.doubleToRawLongBits(d) < 0) ? 1 : 0;
        if (Double.isInfinite(d)) {
            return infinity(s);
        }
        double a = Math.abs(d);
        if (a == 0) {
            return finite(s, BigInteger.ZERO, 0);
        }
        long bits = Double.doubleToRawLongBits(a);
        int e = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & ((1L << 52) - 1);
        if (e == 0) {
            e = 1;
        } else {
            m |= 1L << 52;
        }
        e -= 1075;
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        e += tz;
        if (e >= 0) {
            return finite(s, BigInteger.valueOf(m).shiftLeft(e), 0);
        }
        // m / 2**k == m * 5**k / 10**k
        int k = -e;
        return finite(s, BigInteger.valueOf(m).multiply(BigInteger.valueOf(5).pow(k)), -k);
    }

    /** A string's value, rounded by OP (exact when OP is the max context); ConversionSyntax gives NaN. */
    static DecimalObject fromString(String s, Op op, boolean exact) {
        String a = DecText.asAscii(s, exact);
        DecimalObject d = a == null ? null : DecText.parse(a);
        if (d == null) {
            return op.invalid(Op.CONVERSION_SYNTAX);
        }
        if (d.kind == FINITE) {
            Op w = exact ? Op.max() : op;
            DecimalObject r = w.fix(d);
            if (exact && (w.status & (Op.INEXACT | Op.ROUNDED | Op.CLAMPED)) != 0) {
                return op.invalid(Op.INVALID_OPERATION);
            }
            if (!exact) {
                return r;
            }
            op.status |= w.status;
            return r;
        }
        if (d.isNan() && !exact && d.coef.signum() != 0 && Op.digits(d.coef) > op.prec - op.clamp) {
            return op.invalid(Op.CONVERSION_SYNTAX);
        }
        return d;
    }

    /** Decimal((sign, digits, exponent)). Compare dectuple_as_str. */
    static DecimalObject fromTuple(PyObject v) {
        PyObject[] t = Abstract.toArray(v);
        if (t.length != 3) {
            throw PyErr.valueError("argument must be a sequence of length 3");
        }
        if (!(t[0] instanceof PyInt si) || si.isBig() || (si.value != 0 && si.value != 1)) {
            throw PyErr.valueError("sign must be an integer with the value 0 or 1");
        }
        int s = (int) si.value;
        int kind = FINITE;
        long e = 0;
        if (t[2] instanceof PyStr es) {
            switch (es.value()) {
                case "F" -> kind = INF;
                case "n" -> kind = QNAN;
                case "N" -> kind = SNAN;
                default -> throw PyErr.valueError("string argument in the third position must be 'F', 'n' or 'N'");
            }
        } else if (t[2] instanceof PyInt ei) {
            if (ei.isBig()) {
                throw PyErr.overflowError("Python int too large to convert to C ssize_t");
            }
            // Beyond any context's range either way; keeps exponent arithmetic within a long.
            e = Math.max(-DecText.EXP_LIMIT, Math.min(DecText.EXP_LIMIT, ei.value));
        } else {
            throw PyErr.valueError("exponent must be an integer");
        }
        if (!(t[1] instanceof PyTuple || t[1] instanceof PyList)) {
            throw PyErr.valueError("coefficient must be a tuple of digits");
        }
        StringBuilder sb = new StringBuilder();
        for (PyObject d : Abstract.toArray(t[1])) {
            if (!(d instanceof PyInt di) || di.isBig() || di.value < 0 || di.value > 9) {
                throw PyErr.valueError("coefficient must be a tuple of digits");
            }
            sb.append((char) ('0' + di.value));
        }
        if (kind == INF) {
            return infinity(s);
        }
        BigInteger c = sb.length() == 0 ? BigInteger.ZERO : new BigInteger(sb.toString());
        if (kind != FINITE) {
            return nan(kind, s, c);
        }
        return finite(s, c, e);
    }

    /**
     * The operand of a Decimal operator: a Decimal or an exact int, else null
     * (NotImplemented). Compare convert_op(NOT_IMPL, ...).
     */
    static DecimalObject operand(PyObject v) {
        if (v instanceof DecimalObject d) {
            return d;
        }
        if (v instanceof PyInt i) {
            return fromInt(i);
        }
        return null;
    }

    // ---- conversions to Python objects ----

    /** int(x) truncating (or rounded by ROUNDING). Compare dec_as_long. */
    PyObject toInt(int rounding) {
        if (kind == INF) {
            throw PyErr.overflowError("cannot convert Infinity to integer");
        }
        if (isNan()) {
            throw PyErr.valueError("cannot convert NaN to integer");
        }
        BigInteger v;
        if (exp >= 0) {
            v = coef.multiply(Op.pow10(exp));
        } else {
            Op w = Op.max();
            v = w.drop(sign, coef, -exp, rounding);
        }
        return PyInt.of(sign == 1 ? v.negate() : v);
    }

    double toDouble() {
        if (isNan()) {
            if (kind == SNAN) {
                throw PyErr.valueError("cannot convert signaling NaN to float");
            }
            return Math.copySign(Double.NaN, sign == 1 ? -1.0 : 1.0);
        }
        if (kind == INF) {
            return sign == 1 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (isZero()) {
            return sign == 1 ? -0.0 : 0.0;
        }
        long adj = adjusted();
        if (adj > 400) {
            return sign == 1 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (adj < -400) {
            return sign == 1 ? -0.0 : 0.0;
        }
        return Double.parseDouble(DecText.toString(this, false, true));
    }

    // ---- hashing and comparison ----

    private static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    /** The inverse of 10 modulo 2**61 - 1 (CPython's _PyHASH_10INV). */
    private static final long INV10 = BigInteger.TEN.modInverse(BIG_MODULUS).longValue();

    /** A * B modulo 2**61 - 1 for A, B below the modulus. */
    private static long mulMod(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        long r = (lo & MODULUS) + (lo >>> 61) + (hi << 3);
        r = (r & MODULUS) + (r >>> 61);
        return r >= MODULUS ? r - MODULUS : r;
    }

    private static long powMod(long base, long e) {
        long r = 1;
        long b = base;
        while (e > 0) {
            if ((e & 1) != 0) {
                r = mulMod(r, b);
            }
            b = mulMod(b, b);
            e >>>= 1;
        }
        return r;
    }

    /** The hash of a finite value, once computed (0: not yet). */
    private long hashCache;

    /** hash(x), equal to the hash of an equal int, float or Fraction. Compare dec_hash. */
    long hash() {
        if (kind == SNAN) {
            throw PyErr.typeError("Cannot hash a signaling NaN value.");
        }
        if (kind == QNAN) {
            return System.identityHashCode(this);
        }
        if (kind == INF) {
            return sign == 1 ? -314159 : 314159;
        }
        long cached = hashCache;
        if (cached != 0) {
            return cached;
        }
        long eh = exp >= 0 ? powMod(10, exp) : powMod(INV10, -exp);
        long c = coef.bitLength() < 63 ? coef.longValue() % MODULUS : coef.mod(BIG_MODULUS).longValue();
        long h = mulMod(c, eh);
        if (sign == 1) {
            h = -h;
        }
        h = h == -1 ? -2 : h;
        hashCache = h;
        return h;
    }

    static final int LT = 0;
    static final int LE = 1;
    static final int EQ = 2;
    static final int NE = 3;
    static final int GT = 4;
    static final int GE = 5;

    /** The rich comparison of this with W. Compare dec_richcompare and convert_op_cmp. */
    PyObject richCompare(PyObject w, int opc) {
        ContextObject ctx = DecimalModule.current();
        DecimalObject a = this;
        DecimalObject b;
        boolean eq = opc == EQ || opc == NE;
        if (w instanceof DecimalObject d) {
            b = d;
        } else if (w instanceof PyInt i) {
            b = fromInt(i);
        } else if (w instanceof PyFloat f) {
            floatOperation(ctx, eq);
            b = fromDouble(f.value);
        } else if (eq && w instanceof PyComplex c) {
            if (c.imag != 0) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            floatOperation(ctx, true);
            b = fromDouble(c.real);
        } else if (DecimalModule.isRational(w)) {
            b = operand(Abstract.getAttr(w, "numerator"));
            if (b == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (kind == FINITE) {
                DecimalObject den = operand(Abstract.getAttr(w, "denominator"));
                a = finite(sign, coef.multiply(den.coef), exp);
            }
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (a.isNan() || b.isNan()) {
            if (a.kind == SNAN || b.kind == SNAN || !eq) {
                ctx.addStatus(Op.INVALID_OPERATION);
            }
            return PyBool.of(opc == NE);
        }
        int c = DecArith.cmp(a, b);
        boolean r = switch (opc) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
        return PyBool.of(r);
    }

    static void floatOperation(ContextObject ctx, boolean quiet) {
        if (quiet) {
            ctx.flags |= Op.FLOAT_OPERATION;
        } else {
            ctx.addStatus(Op.FLOAT_OPERATION);
        }
    }

    @Override
    public String toString() {
        return DecText.toString(this, false, true);
    }

}
