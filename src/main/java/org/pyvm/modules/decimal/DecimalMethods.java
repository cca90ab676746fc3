package org.pyvm.modules.decimal;

import java.math.BigInteger;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyComplex;
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
 * The Python methods of decimal.Decimal. Each converts its operands, takes a snapshot of
 * the context, runs the arithmetic and adds the status to the context. Compare CPython
 * Modules/_decimal/_decimal.c: dec_new, the Dec_UnaryFuncVA / Dec_BinaryFuncVA methods,
 * nm_* number slots, dec_richcompare, dec_hash, dec_str, dec_repr.
 */
final class DecimalMethods {

    private DecimalMethods() {}

    private static final PyObject NI = PyNotImplemented.NOT_IMPLEMENTED;

    static ContextObject ctx(PyObject c) {
        if (c == null || c == PyNone.NONE) {
            return DecimalModule.current();
        }
        if (c instanceof ContextObject co) {
            return co;
        }
        throw PyErr.typeError("optional argument must be a context");
    }

    static DecimalObject conv(PyObject v) {
        DecimalObject d = DecimalObject.operand(v);
        if (d == null) {
            throw PyErr.typeError("conversion from " + PyErr.typeName(v) + " to Decimal is not supported");
        }
        return d;
    }

    // ---- construction ----

    @ExposedMethod(min = 0, names = {"value", "context"})
    static PyObject __new__(PyType cls, PyObject value, PyObject context) {
        ContextObject c = ctx(context);
        DecimalObject d = construct(value, c);
        return cls == DecimalObject.TYPE ? d : new DecimalObject.Sub(cls, d.sign, d.kind, d.coef, d.exp);
    }

    /** Decimal(value): exact, except that a float signals FloatOperation. Compare PyDecType_FromObjectExact. */
    static DecimalObject construct(PyObject v, ContextObject c) {
        if (v == null) {
            return DecimalObject.ofInt(0);
        }
        if (v instanceof DecimalObject d) {
            return d.as(DecimalObject.TYPE);
        }
        if (v instanceof PyStr s) {
            Op op = c.op();
            return c.finish(op, DecimalObject.fromString(s.value(), op, true));
        }
        if (v instanceof PyInt i) {
            return DecimalObject.fromInt(i);
        }
        if (v instanceof PyTuple || v instanceof PyList) {
            DecimalObject d = DecimalObject.fromTuple(v);
            if (d.kind != DecimalObject.FINITE) {
                return d;
            }
            Op w = Op.max();
            DecimalObject r = w.fix(d);
            if ((w.status & (Op.INEXACT | Op.ROUNDED | Op.CLAMPED)) != 0) {
                c.addStatus(Op.INVALID_OPERATION);
                return DecimalObject.NAN;
            }
            return r;
        }
        if (v instanceof PyFloat f) {
            c.addStatus(Op.FLOAT_OPERATION);
            return DecimalObject.fromDouble(f.value);
        }
        throw PyErr.typeError("conversion from " + PyErr.typeName(v) + " to Decimal is not supported");
    }

    @ExposedMethod(classMethod = true)
    static PyObject from_float(PyObject cls, PyObject f) {
        DecimalObject d;
        if (f instanceof PyInt i) {
            d = DecimalObject.fromInt(i);
        } else if (f instanceof PyFloat fl) {
            d = DecimalObject.fromDouble(fl.value);
        } else {
            throw PyErr.typeError("argument must be int or float");
        }
        if (cls == DecimalObject.TYPE) {
            return d;
        }
        return Abstract.call(cls, d);
    }

    // ---- text ----

    @ExposedMethod
    static String __str__(DecimalObject self) {
        return DecText.toString(self, false, DecimalModule.current().capitals != 0);
    }

    @ExposedMethod
    static String __repr__(DecimalObject self) {
        return "Decimal('" + DecText.toString(self, false, DecimalModule.current().capitals != 0) + "')";
    }

    @ExposedMethod(min = 0, names = {"context"})
    static String to_eng_string(DecimalObject self, PyObject context) {
        return DecText.toString(self, true, ctx(context).capitals != 0);
    }

    @ExposedMethod(min = 1, names = {"format_spec", "override"})
    static PyObject __format__(DecimalObject self, PyObject spec, PyObject override) {
        if (!(spec instanceof PyStr s)) {
            throw PyErr.typeError("format arg must be str");
        }
        return PyStr.of(DecFormat.format(self, s.value(), override, DecimalModule.current()));
    }

    // ---- conversions ----

    @ExposedMethod
    static PyObject __int__(DecimalObject self) {
        return self.toInt(Op.ROUND_DOWN);
    }

    @ExposedMethod
    static PyObject __trunc__(DecimalObject self) {
        return self.toInt(Op.ROUND_DOWN);
    }

    @ExposedMethod
    static PyObject __floor__(DecimalObject self) {
        return self.toInt(Op.ROUND_FLOOR);
    }

    @ExposedMethod
    static PyObject __ceil__(DecimalObject self) {
        return self.toInt(Op.ROUND_CEILING);
    }

    @ExposedMethod
    static PyObject __float__(DecimalObject self) {
        return PyFloat.of(self.toDouble());
    }

    @ExposedMethod
    static PyObject __complex__(DecimalObject self) {
        return new PyComplex(self.toDouble(), 0.0);
    }

    @ExposedMethod
    static boolean __bool__(DecimalObject self) {
        return !self.isZero();
    }

    /** round(x[, n]). Compare PyDec_Round. */
    @ExposedMethod(min = 0, names = {"ndigits"})
    static PyObject __round__(DecimalObject self, PyObject n) {
        ContextObject c = DecimalModule.current();
        if (n == null || n == PyNone.NONE) {
            if (self.kind == DecimalObject.INF) {
                throw PyErr.overflowError("cannot convert Infinity to integer");
            }
            if (self.isNan()) {
                throw PyErr.valueError("cannot convert NaN to integer");
            }
            return self.toInt(Op.ROUND_HALF_EVEN);
        }
        if (!(n instanceof PyInt ni)) {
            throw PyErr.typeError("optional arg must be an integer");
        }
        if (ni.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        DecimalObject q = DecimalObject.finite(0, BigInteger.ONE, -ni.value);
        Op op = c.op();
        return c.finish(op, DecArith.quantize(self, q, c.round, op));
    }

    @ExposedMethod
    static PyObject as_integer_ratio(DecimalObject self) {
        if (self.kind == DecimalObject.INF) {
            throw PyErr.overflowError("cannot convert Infinity to integer ratio");
        }
        if (self.isNan()) {
            throw PyErr.valueError("cannot convert NaN to integer ratio");
        }
        BigInteger n = self.coef;
        BigInteger d = BigInteger.ONE;
        if (self.exp >= 0) {
            n = n.multiply(Op.pow10(self.exp));
        } else {
            d = Op.pow10(-self.exp);
            BigInteger g = n.gcd(d);
            if (g.signum() != 0) {
                n = n.divide(g);
                d = d.divide(g);
            }
            if (n.signum() == 0) {
                d = BigInteger.ONE;
            }
        }
        return PyTuple.of(PyInt.of(self.sign == 1 ? n.negate() : n), PyInt.of(d));
    }

    @ExposedMethod
    static PyObject as_tuple(DecimalObject self) {
        PyObject e;
        PyObject[] digits;
        if (self.kind == DecimalObject.INF) {
            e = PyStr.of("F");
            digits = new PyObject[] {PyInt.of(0)};
        } else {
            e = self.kind == DecimalObject.FINITE ? PyInt.of(self.exp) : PyStr.of(self.kind == DecimalObject.QNAN ? "n" : "N");
            if (self.isNan() && self.coef.signum() == 0) {
                digits = new PyObject[0];
            } else {
                String s = self.coef.toString();
                digits = new PyObject[s.length()];
                for (int i = 0; i < s.length(); i++) {
                    digits[i] = PyInt.of(s.charAt(i) - '0');
                }
            }
        }
        return Abstract.call(DecimalModule.decimalTuple(), PyInt.of(self.sign), PyTuple.of(digits), e);
    }

    @ExposedMethod
    static PyObject __reduce__(DecimalObject self) {
        return PyTuple.of(self.type, PyTuple.of(PyStr.of(DecText.toString(self, false, true))));
    }

    @ExposedMethod
    static PyObject __copy__(DecimalObject self) {
        return self;
    }

    @ExposedMethod
    static PyObject __deepcopy__(DecimalObject self, PyObject memo) {
        return self;
    }

    @ExposedMethod
    static long __hash__(DecimalObject self) {
        return self.hash();
    }

    @ExposedMethod
    static long __sizeof__(DecimalObject self) {
        return 104 + (self.coef.bitLength() / 64 + 1) * 8L;
    }

    @ExposedGetter
    static PyObject real(DecimalObject self) {
        return self;
    }

    @ExposedGetter
    static PyObject imag(DecimalObject self) {
        return DecimalObject.ofInt(0);
    }

    @ExposedMethod
    static PyObject conjugate(DecimalObject self) {
        return self;
    }

    @ExposedMethod
    static PyObject radix(DecimalObject self) {
        return DecimalObject.finite(0, BigInteger.TEN, 0);
    }

    @ExposedMethod
    static PyObject adjusted(DecimalObject self) {
        return PyInt.of(self.adjusted());
    }

    @ExposedMethod
    static PyObject canonical(DecimalObject self) {
        return self;
    }

    // ---- comparison ----

    @ExposedMethod
    static PyObject __eq__(DecimalObject self, PyObject o) {
        return self.richCompare(o, DecimalObject.EQ);
    }

    @ExposedMethod
    static PyObject __ne__(DecimalObject self, PyObject o) {
        return self.richCompare(o, DecimalObject.NE);
    }

    @ExposedMethod
    static PyObject __lt__(DecimalObject self, PyObject o) {
        return self.richCompare(o, DecimalObject.LT);
    }

    @ExposedMethod
    static PyObject __le__(DecimalObject self, PyObject o) {
        return self.richCompare(o, DecimalObject.LE);
    }

    @ExposedMethod
    static PyObject __gt__(DecimalObject self, PyObject o) {
        return self.richCompare(o, DecimalObject.GT);
    }

    @ExposedMethod
    static PyObject __ge__(DecimalObject self, PyObject o) {
        return self.richCompare(o, DecimalObject.GE);
    }

    // ---- number protocol ----

    private interface Bin {
        DecimalObject apply(DecimalObject a, DecimalObject b, Op op);
    }

    private static PyObject binary(PyObject x, PyObject y, Bin f) {
        DecimalObject a = DecimalObject.operand(x);
        DecimalObject b = DecimalObject.operand(y);
        if (a == null || b == null) {
            return NI;
        }
        ContextObject c = DecimalModule.current();
        Op op = c.op();
        return c.finish(op, f.apply(a, b, op));
    }

    @ExposedMethod
    static PyObject __add__(DecimalObject self, PyObject o) {
        return binary(self, o, (a, b, op) -> DecArith.add(a, b, op, false));
    }

    @ExposedMethod
    static PyObject __radd__(DecimalObject self, PyObject o) {
        return binary(o, self, (a, b, op) -> DecArith.add(a, b, op, false));
    }

    @ExposedMethod
    static PyObject __sub__(DecimalObject self, PyObject o) {
        return binary(self, o, (a, b, op) -> DecArith.add(a, b, op, true));
    }

    @ExposedMethod
    static PyObject __rsub__(DecimalObject self, PyObject o) {
        return binary(o, self, (a, b, op) -> DecArith.add(a, b, op, true));
    }

    @ExposedMethod
    static PyObject __mul__(DecimalObject self, PyObject o) {
        return binary(self, o, DecArith::multiply);
    }

    @ExposedMethod
    static PyObject __rmul__(DecimalObject self, PyObject o) {
        return binary(o, self, DecArith::multiply);
    }

    @ExposedMethod
    static PyObject __truediv__(DecimalObject self, PyObject o) {
        return binary(self, o, DecArith::divide);
    }

    @ExposedMethod
    static PyObject __rtruediv__(DecimalObject self, PyObject o) {
        return binary(o, self, DecArith::divide);
    }

    @ExposedMethod
    static PyObject __floordiv__(DecimalObject self, PyObject o) {
        return binary(self, o, DecArith::divideInt);
    }

    @ExposedMethod
    static PyObject __rfloordiv__(DecimalObject self, PyObject o) {
        return binary(o, self, DecArith::divideInt);
    }

    @ExposedMethod
    static PyObject __mod__(DecimalObject self, PyObject o) {
        return binary(self, o, DecArith::remainder);
    }

    @ExposedMethod
    static PyObject __rmod__(DecimalObject self, PyObject o) {
        return binary(o, self, DecArith::remainder);
    }

    private static PyObject divmod(PyObject x, PyObject y) {
        DecimalObject a = DecimalObject.operand(x);
        DecimalObject b = DecimalObject.operand(y);
        if (a == null || b == null) {
            return NI;
        }
        ContextObject c = DecimalModule.current();
        Op op = c.op();
        DecimalObject[] r = DecArith.divmod(a, b, op);
        c.addStatus(op.status);
        return PyTuple.of(r[0], r[1]);
    }

    @ExposedMethod
    static PyObject __divmod__(DecimalObject self, PyObject o) {
        return divmod(self, o);
    }

    @ExposedMethod
    static PyObject __rdivmod__(DecimalObject self, PyObject o) {
        return divmod(o, self);
    }

    @ExposedMethod(min = 1)
    static PyObject __pow__(DecimalObject self, PyObject o, PyObject mod) {
        if (mod == null || mod == PyNone.NONE) {
            return binary(self, o, DecMath::power);
        }
        DecimalObject b = DecimalObject.operand(o);
        DecimalObject m = DecimalObject.operand(mod);
        if (b == null || m == null) {
            return NI;
        }
        ContextObject c = DecimalModule.current();
        Op op = c.op();
        return c.finish(op, DecMath.powerMod(self, b, m, op));
    }

    @ExposedMethod(min = 1)
    static PyObject __rpow__(DecimalObject self, PyObject o, PyObject mod) {
        return binary(o, self, DecMath::power);
    }

    @ExposedMethod
    static PyObject __neg__(DecimalObject self) {
        ContextObject c = DecimalModule.current();
        Op op = c.op();
        return c.finish(op, DecOps.minus(self, op));
    }

    @ExposedMethod
    static PyObject __pos__(DecimalObject self) {
        ContextObject c = DecimalModule.current();
        Op op = c.op();
        return c.finish(op, DecOps.plus(self, op));
    }

    @ExposedMethod
    static PyObject __abs__(DecimalObject self) {
        ContextObject c = DecimalModule.current();
        Op op = c.op();
        return c.finish(op, DecOps.abs(self, op));
    }

    // ---- methods with an optional context ----

    private interface Un {
        DecimalObject apply(DecimalObject a, Op op);
    }

    private static PyObject unary(DecimalObject self, PyObject context, Un f) {
        ContextObject c = ctx(context);
        Op op = c.op();
        return c.finish(op, f.apply(self, op));
    }

    private static PyObject binaryCtx(DecimalObject self, PyObject other, PyObject context, Bin f) {
        ContextObject c = ctx(context);
        DecimalObject b = conv(other);
        Op op = c.op();
        return c.finish(op, f.apply(self, b, op));
    }

    @ExposedMethod(min = 0, names = {"context"})
    static PyObject exp(DecimalObject self, PyObject context) {
        return unary(self, context, DecMath::exp);
    }

    @ExposedMethod(min = 0, names = {"context"})
    static PyObject ln(DecimalObject self, PyObject context) {
        return unary(self, context, DecMath::ln);
    }

    @ExposedMethod(min = 0, names = {"context"})
    static PyObject log10(DecimalObject self, PyObject context) {
        return unary(self, context, DecMath::log10);
    }

    @ExposedMethod(min = 0, names = {"context"})
    static PyObject sqrt(DecimalObject self, PyObject context) {
        return unary(self, context, DecArith::sqrt);
    }

    @ExposedMethod(min = 0, names = {"context"})
    static PyObject next_minus(DecimalObject self, PyObject context) {
        return unary(self, context, (a, op) -> DecArith.nextAway(a, op, false));
    }

    @ExposedMethod(min = 0, names = {"context"})
    static PyObject next_plus(DecimalObject self, PyObject context) {
        return unary(self, context, (a, op) -> DecArith.nextAway(a, op, true));
    }

    @ExposedMethod(min = 0, names = {"context"})
    static PyObject normalize(DecimalObject self, PyObject context) {
        return unary(self, context, DecOps::reduce);
    }

    @ExposedMethod(min = 0, names = {"context"})
    static PyObject logb(DecimalObject self, PyObject context) {
        return unary(self, context, DecOps::logb);
    }

    @ExposedMethod(min = 0, names = {"context"})
    static PyObject logical_invert(DecimalObject self, PyObject context) {
        return unary(self, context, DecOps::invert);
    }

    @ExposedMethod(min = 0, names = {"context"})
    static PyObject number_class(DecimalObject self, PyObject context) {
        return PyStr.of(DecOps.numberClass(self, ctx(context)));
    }

    @ExposedMethod(min = 0, names = {"context"})
    static boolean is_normal(DecimalObject self, PyObject context) {
        return DecOps.isNormal(self, ctx(context));
    }

    @ExposedMethod(min = 0, names = {"context"})
    static boolean is_subnormal(DecimalObject self, PyObject context) {
        return DecOps.isSubnormal(self, ctx(context));
    }

    private static int roundingArg(PyObject r, ContextObject c) {
        return r == null || r == PyNone.NONE ? c.round : ContextObject.rounding(r);
    }

    @ExposedMethod(min = 0, names = {"rounding", "context"})
    static PyObject to_integral(DecimalObject self, PyObject rounding, PyObject context) {
        return to_integral_value(self, rounding, context);
    }

    @ExposedMethod(min = 0, names = {"rounding", "context"})
    static PyObject to_integral_value(DecimalObject self, PyObject rounding, PyObject context) {
        ContextObject c = ctx(context);
        int r = roundingArg(rounding, c);
        Op op = c.op();
        return c.finish(op, DecArith.toIntegral(self, r, op, false));
    }

    @ExposedMethod(min = 0, names = {"rounding", "context"})
    static PyObject to_integral_exact(DecimalObject self, PyObject rounding, PyObject context) {
        ContextObject c = ctx(context);
        int r = roundingArg(rounding, c);
        Op op = c.op();
        return c.finish(op, DecArith.toIntegral(self, r, op, true));
    }

    @ExposedMethod(min = 1, names = {"exp", "rounding", "context"})
    static PyObject quantize(DecimalObject self, PyObject exp, PyObject rounding, PyObject context) {
        ContextObject c = ctx(context);
        int r = roundingArg(rounding, c);
        DecimalObject b = conv(exp);
        Op op = c.op();
        return c.finish(op, DecArith.quantize(self, b, r, op));
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static PyObject compare(DecimalObject self, PyObject other, PyObject context) {
        return binaryCtx(self, other, context, (a, b, op) -> DecArith.compare(a, b, op, false));
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static PyObject compare_signal(DecimalObject self, PyObject other, PyObject context) {
        return binaryCtx(self, other, context, (a, b, op) -> DecArith.compare(a, b, op, true));
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static PyObject compare_total(DecimalObject self, PyObject other, PyObject context) {
        ctx(context);
        return DecimalObject.ofInt(DecArith.cmpTotal(self, conv(other)));
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static PyObject compare_total_mag(DecimalObject self, PyObject other, PyObject context) {
        ctx(context);
        return DecimalObject.ofInt(DecArith.cmpTotalMag(self, conv(other)));
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static PyObject max(DecimalObject self, PyObject other, PyObject context) {
        return binaryCtx(self, other, context, (a, b, op) -> DecArith.maxMin(a, b, op, true, false));
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static PyObject max_mag(DecimalObject self, PyObject other, PyObject context) {
        return binaryCtx(self, other, context, (a, b, op) -> DecArith.maxMin(a, b, op, true, true));
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static PyObject min(DecimalObject self, PyObject other, PyObject context) {
        return binaryCtx(self, other, context, (a, b, op) -> DecArith.maxMin(a, b, op, false, false));
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static PyObject min_mag(DecimalObject self, PyObject other, PyObject context) {
        return binaryCtx(self, other, context, (a, b, op) -> DecArith.maxMin(a, b, op, false, true));
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static PyObject next_toward(DecimalObject self, PyObject other, PyObject context) {
        return binaryCtx(self, other, context, DecArith::nextToward);
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static PyObject remainder_near(DecimalObject self, PyObject other, PyObject context) {
        return binaryCtx(self, other, context, DecArith::remainderNear);
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static PyObject logical_and(DecimalObject self, PyObject other, PyObject context) {
        return binaryCtx(self, other, context, (a, b, op) -> DecOps.logical(a, b, op, 0));
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static PyObject logical_or(DecimalObject self, PyObject other, PyObject context) {
        return binaryCtx(self, other, context, (a, b, op) -> DecOps.logical(a, b, op, 1));
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static PyObject logical_xor(DecimalObject self, PyObject other, PyObject context) {
        return binaryCtx(self, other, context, (a, b, op) -> DecOps.logical(a, b, op, 2));
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static PyObject rotate(DecimalObject self, PyObject other, PyObject context) {
        return binaryCtx(self, other, context, (a, b, op) -> DecOps.shift(a, b, op, true));
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static PyObject shift(DecimalObject self, PyObject other, PyObject context) {
        return binaryCtx(self, other, context, (a, b, op) -> DecOps.shift(a, b, op, false));
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static PyObject scaleb(DecimalObject self, PyObject other, PyObject context) {
        return binaryCtx(self, other, context, DecOps::scaleb);
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static PyObject copy_sign(DecimalObject self, PyObject other, PyObject context) {
        ctx(context);
        return self.withSign(conv(other).sign);
    }

    @ExposedMethod(min = 1, names = {"other", "context"})
    static boolean same_quantum(DecimalObject self, PyObject other, PyObject context) {
        ctx(context);
        return DecOps.sameQuantum(self, conv(other));
    }

    @ExposedMethod(min = 2, names = {"other", "third", "context"})
    static PyObject fma(DecimalObject self, PyObject other, PyObject third, PyObject context) {
        ContextObject c = ctx(context);
        DecimalObject b = conv(other);
        DecimalObject t = conv(third);
        Op op = c.op();
        return c.finish(op, DecArith.fma(self, b, t, op));
    }

    @ExposedMethod
    static PyObject copy_abs(DecimalObject self) {
        return self.withSign(0);
    }

    @ExposedMethod
    static PyObject copy_negate(DecimalObject self) {
        return self.withSign(self.sign ^ 1);
    }

    @ExposedMethod
    static boolean is_canonical(DecimalObject self) {
        return true;
    }

    @ExposedMethod
    static boolean is_finite(DecimalObject self) {
        return self.kind == DecimalObject.FINITE;
    }

    @ExposedMethod
    static boolean is_infinite(DecimalObject self) {
        return self.kind == DecimalObject.INF;
    }

    @ExposedMethod
    static boolean is_nan(DecimalObject self) {
        return self.isNan();
    }

    @ExposedMethod
    static boolean is_qnan(DecimalObject self) {
        return self.kind == DecimalObject.QNAN;
    }

    @ExposedMethod
    static boolean is_snan(DecimalObject self) {
        return self.kind == DecimalObject.SNAN;
    }

    @ExposedMethod
    static boolean is_signed(DecimalObject self) {
        return self.sign == 1;
    }

    @ExposedMethod
    static boolean is_zero(DecimalObject self) {
        return self.isZero();
    }

}
