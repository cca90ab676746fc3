package org.pyvm.modules.decimal;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The Python methods and attributes of decimal.Context: the settings, flags and traps, and
 * the arithmetic methods that take their operands (Decimal or int) explicitly. Compare
 * _decimal.c: context_methods, context_getsets, ctx_* functions (DecCtx_UnaryFunc,
 * DecCtx_BinaryFunc), context_reduce, ctx_copy_decimal, ctx_create_decimal.
 */
final class ContextMethods {

    private ContextMethods() {}

    private interface Un {
        DecimalObject apply(DecimalObject a, Op op);
    }

    private interface Bin {
        DecimalObject apply(DecimalObject a, DecimalObject b, Op op);
    }

    private static PyObject un(ContextObject c, PyObject x, Un f) {
        DecimalObject a = c.operand(x);
        Op op = c.op();
        return c.finish(op, f.apply(a, op));
    }

    private static PyObject bin(ContextObject c, PyObject x, PyObject y, Bin f) {
        DecimalObject a = c.operand(x);
        DecimalObject b = c.operand(y);
        Op op = c.op();
        return c.finish(op, f.apply(a, b, op));
    }

    private static final String[] INIT_KWS = {"prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"};

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        ContextObject c = DecimalModule.defaultContext == null ? ContextObject.make(cls)
            : DecimalModule.defaultContext.copyAs(cls);
        c.flags = 0;
        return c;
    }

    @ExposedMethod
    static void __init__(ContextObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("Context", args, kw, 0, 8, INIT_KWS);
        self.init(a);
    }

    @ExposedMethod
    static String __repr__(ContextObject self) {
        return self.repr();
    }

    @ExposedMethod
    static PyObject __reduce__(ContextObject self) {
        return PyTuple.of(self.type(), PyTuple.of(PyInt.of(self.prec), Op.ROUND_STRS[self.round],
            PyInt.of(self.emin), PyInt.of(self.emax), PyInt.of(self.capitals), PyInt.of(self.clamp),
            DecimalModule.signalList(self.flags), DecimalModule.signalList(self.traps)));
    }

    @ExposedMethod
    static PyObject copy(ContextObject self) {
        return self.copyAs(self.type());
    }

    @ExposedMethod
    static PyObject __copy__(ContextObject self) {
        return self.copyAs(self.type());
    }

    @ExposedMethod
    static void clear_flags(ContextObject self) {
        self.flags = 0;
    }

    @ExposedMethod
    static void clear_traps(ContextObject self) {
        self.traps = 0;
    }

    @ExposedMethod
    static PyObject Etiny(ContextObject self) {
        return PyInt.of(self.emin - self.prec + 1);
    }

    @ExposedMethod
    static PyObject Etop(ContextObject self) {
        return PyInt.of(self.emax - self.prec + 1);
    }

    @ExposedMethod
    static PyObject radix(ContextObject self) {
        return DecimalMethods.radix(null);
    }

    // ---- settings ----

    @ExposedGetter(setter = "setPrec")
    static PyObject prec(ContextObject self) {
        return PyInt.of(self.prec);
    }

    static void setPrec(ContextObject self, PyObject v) {
        checkDelete(v);
        self.setPrec(v);
    }

    @ExposedGetter(setter = "setEmin")
    static PyObject Emin(ContextObject self) {
        return PyInt.of(self.emin);
    }

    static void setEmin(ContextObject self, PyObject v) {
        checkDelete(v);
        self.setEmin(v);
    }

    @ExposedGetter(setter = "setEmax")
    static PyObject Emax(ContextObject self) {
        return PyInt.of(self.emax);
    }

    static void setEmax(ContextObject self, PyObject v) {
        checkDelete(v);
        self.setEmax(v);
    }

    @ExposedGetter(setter = "setCapitals")
    static PyObject capitals(ContextObject self) {
        return PyInt.of(self.capitals);
    }

    static void setCapitals(ContextObject self, PyObject v) {
        checkDelete(v);
        self.setCapitals(v);
    }

    @ExposedGetter(setter = "setClamp")
    static PyObject clamp(ContextObject self) {
        return PyInt.of(self.clamp);
    }

    static void setClamp(ContextObject self, PyObject v) {
        checkDelete(v);
        self.setClamp(v);
    }

    @ExposedGetter(setter = "setRounding")
    static PyObject rounding(ContextObject self) {
        return Op.ROUND_STRS[self.round];
    }

    static void setRounding(ContextObject self, PyObject v) {
        checkDelete(v);
        self.round = ContextObject.rounding(v);
    }

    @ExposedGetter(setter = "setFlags")
    static PyObject flags(ContextObject self) {
        if (self.flagsDict == null) {
            self.flagsDict = DecimalModule.signalDict(self, false);
        }
        return self.flagsDict;
    }

    static void setFlags(ContextObject self, PyObject v) {
        checkDelete(v);
        self.flags = ContextObject.signalsFrom(dictOnly(v));
    }

    @ExposedGetter(setter = "setTraps")
    static PyObject traps(ContextObject self) {
        if (self.trapsDict == null) {
            self.trapsDict = DecimalModule.signalDict(self, true);
        }
        return self.trapsDict;
    }

    static void setTraps(ContextObject self, PyObject v) {
        checkDelete(v);
        self.traps = ContextObject.signalsFrom(dictOnly(v));
    }

    /** Setting flags or traps takes a signal dict (a list only in the constructor). Compare context_setstatus_dict. */
    private static PyObject dictOnly(PyObject v) {
        if (v instanceof PyList || v instanceof PyTuple) {
            throw PyErr.typeError("argument must be a signal dict");
        }
        return v;
    }

    private static void checkDelete(PyObject v) {
        if (v == null) {
            throw PyErr.attributeError("context attributes cannot be deleted");
        }
    }

    @ExposedMethod
    static PyObject _unsafe_setprec(ContextObject self, PyObject v) {
        self.prec = Abstract.index(v).longValue();
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject _unsafe_setemin(ContextObject self, PyObject v) {
        self.emin = Abstract.index(v).longValue();
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject _unsafe_setemax(ContextObject self, PyObject v) {
        self.emax = Abstract.index(v).longValue();
        return PyNone.NONE;
    }

    // ---- conversions ----

    @ExposedMethod(min = 0, names = {"num"})
    static PyObject create_decimal(ContextObject self, PyObject v) {
        if (v == null) {
            return DecimalObject.ofInt(0);
        }
        Op op = self.op();
        DecimalObject d;
        if (v instanceof PyStr s) {
            d = DecimalObject.fromString(s.value(), op, false);
            return self.finish(op, d);
        }
        if (v instanceof PyFloat f) {
            self.addStatus(Op.FLOAT_OPERATION);
            d = DecimalObject.fromDouble(f.value);
        } else if (v instanceof PyTuple || v instanceof PyList) {
            d = DecimalObject.fromTuple(v);
        } else if (v instanceof DecimalObject || v instanceof PyInt) {
            d = DecimalMethods.construct(v, self);
        } else {
            throw PyErr.typeError("conversion from " + PyErr.typeName(v) + " to Decimal is not supported");
        }
        if (d.isNan() && d.coef.signum() != 0 && Op.digits(d.coef) > self.prec - self.clamp) {
            return self.finish(op, op.invalid(Op.CONVERSION_SYNTAX));
        }
        return self.finish(op, op.fix(d.as(DecimalObject.TYPE)));
    }

    @ExposedMethod
    static PyObject create_decimal_from_float(ContextObject self, PyObject v) {
        DecimalObject d;
        if (v instanceof PyInt i) {
            d = DecimalObject.fromInt(i);
        } else if (v instanceof PyFloat f) {
            d = DecimalObject.fromDouble(f.value);
        } else {
            throw PyErr.typeError("argument must be int or float");
        }
        Op op = self.op();
        return self.finish(op, op.fix(d));
    }

    @ExposedMethod
    static PyObject copy_decimal(ContextObject self, PyObject v) {
        return self.operand(v).as(DecimalObject.TYPE);
    }

    @ExposedMethod
    static PyObject _apply(ContextObject self, PyObject v) {
        return un(self, v, (a, op) -> op.fix(a));
    }

    @ExposedMethod
    static String to_sci_string(ContextObject self, PyObject v) {
        return DecText.toString(self.operand(v), false, self.capitals != 0);
    }

    @ExposedMethod
    static String to_eng_string(ContextObject self, PyObject v) {
        return DecText.toString(self.operand(v), true, self.capitals != 0);
    }

    // ---- arithmetic ----

    @ExposedMethod
    static PyObject abs(ContextObject self, PyObject x) {
        return un(self, x, DecOps::abs);
    }

    @ExposedMethod
    static PyObject minus(ContextObject self, PyObject x) {
        return un(self, x, DecOps::minus);
    }

    @ExposedMethod
    static PyObject plus(ContextObject self, PyObject x) {
        return un(self, x, DecOps::plus);
    }

    @ExposedMethod
    static PyObject exp(ContextObject self, PyObject x) {
        return un(self, x, DecMath::exp);
    }

    @ExposedMethod
    static PyObject ln(ContextObject self, PyObject x) {
        return un(self, x, DecMath::ln);
    }

    @ExposedMethod
    static PyObject log10(ContextObject self, PyObject x) {
        return un(self, x, DecMath::log10);
    }

    @ExposedMethod
    static PyObject sqrt(ContextObject self, PyObject x) {
        return un(self, x, DecArith::sqrt);
    }

    @ExposedMethod
    static PyObject logb(ContextObject self, PyObject x) {
        return un(self, x, DecOps::logb);
    }

    @ExposedMethod
    static PyObject logical_invert(ContextObject self, PyObject x) {
        return un(self, x, DecOps::invert);
    }

    @ExposedMethod
    static PyObject normalize(ContextObject self, PyObject x) {
        return un(self, x, DecOps::reduce);
    }

    @ExposedMethod
    static PyObject next_minus(ContextObject self, PyObject x) {
        return un(self, x, (a, op) -> DecArith.nextAway(a, op, false));
    }

    @ExposedMethod
    static PyObject next_plus(ContextObject self, PyObject x) {
        return un(self, x, (a, op) -> DecArith.nextAway(a, op, true));
    }

    @ExposedMethod
    static PyObject to_integral(ContextObject self, PyObject x) {
        return un(self, x, (a, op) -> DecArith.toIntegral(a, op.round, op, false));
    }

    @ExposedMethod
    static PyObject to_integral_value(ContextObject self, PyObject x) {
        return un(self, x, (a, op) -> DecArith.toIntegral(a, op.round, op, false));
    }

    @ExposedMethod
    static PyObject to_integral_exact(ContextObject self, PyObject x) {
        return un(self, x, (a, op) -> DecArith.toIntegral(a, op.round, op, true));
    }

    @ExposedMethod
    static PyObject add(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, (a, b, op) -> DecArith.add(a, b, op, false));
    }

    @ExposedMethod
    static PyObject subtract(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, (a, b, op) -> DecArith.add(a, b, op, true));
    }

    @ExposedMethod
    static PyObject multiply(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, DecArith::multiply);
    }

    @ExposedMethod
    static PyObject divide(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, DecArith::divide);
    }

    @ExposedMethod
    static PyObject divide_int(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, DecArith::divideInt);
    }

    @ExposedMethod
    static PyObject remainder(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, DecArith::remainder);
    }

    @ExposedMethod
    static PyObject remainder_near(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, DecArith::remainderNear);
    }

    @ExposedMethod
    static PyObject compare(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, (a, b, op) -> DecArith.compare(a, b, op, false));
    }

    @ExposedMethod
    static PyObject compare_signal(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, (a, b, op) -> DecArith.compare(a, b, op, true));
    }

    @ExposedMethod
    static PyObject max(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, (a, b, op) -> DecArith.maxMin(a, b, op, true, false));
    }

    @ExposedMethod
    static PyObject max_mag(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, (a, b, op) -> DecArith.maxMin(a, b, op, true, true));
    }

    @ExposedMethod
    static PyObject min(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, (a, b, op) -> DecArith.maxMin(a, b, op, false, false));
    }

    @ExposedMethod
    static PyObject min_mag(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, (a, b, op) -> DecArith.maxMin(a, b, op, false, true));
    }

    @ExposedMethod
    static PyObject next_toward(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, DecArith::nextToward);
    }

    @ExposedMethod
    static PyObject quantize(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, (a, b, op) -> DecArith.quantize(a, b, op.round, op));
    }

    @ExposedMethod
    static PyObject logical_and(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, (a, b, op) -> DecOps.logical(a, b, op, 0));
    }

    @ExposedMethod
    static PyObject logical_or(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, (a, b, op) -> DecOps.logical(a, b, op, 1));
    }

    @ExposedMethod
    static PyObject logical_xor(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, (a, b, op) -> DecOps.logical(a, b, op, 2));
    }

    @ExposedMethod
    static PyObject rotate(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, (a, b, op) -> DecOps.shift(a, b, op, true));
    }

    @ExposedMethod
    static PyObject shift(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, (a, b, op) -> DecOps.shift(a, b, op, false));
    }

    @ExposedMethod
    static PyObject scaleb(ContextObject self, PyObject x, PyObject y) {
        return bin(self, x, y, DecOps::scaleb);
    }

    @ExposedMethod
    static PyObject divmod(ContextObject self, PyObject x, PyObject y) {
        DecimalObject a = self.operand(x);
        DecimalObject b = self.operand(y);
        Op op = self.op();
        DecimalObject[] r = DecArith.divmod(a, b, op);
        self.addStatus(op.status);
        return PyTuple.of(r[0], r[1]);
    }

    @ExposedMethod
    static PyObject fma(ContextObject self, PyObject x, PyObject y, PyObject z) {
        DecimalObject a = self.operand(x);
        DecimalObject b = self.operand(y);
        DecimalObject c = self.operand(z);
        Op op = self.op();
        return self.finish(op, DecArith.fma(a, b, c, op));
    }

    @ExposedMethod(min = 2, names = {"a", "b", "modulo"})
    static PyObject power(ContextObject self, PyObject x, PyObject y, PyObject m) {
        DecimalObject a = self.operand(x);
        DecimalObject b = self.operand(y);
        Op op = self.op();
        if (m == null || m == PyNone.NONE) {
            return self.finish(op, DecMath.power(a, b, op));
        }
        return self.finish(op, DecMath.powerMod(a, b, self.operand(m), op));
    }

    @ExposedMethod
    static PyObject compare_total(ContextObject self, PyObject x, PyObject y) {
        return DecimalObject.ofInt(DecArith.cmpTotal(self.operand(x), self.operand(y)));
    }

    @ExposedMethod
    static PyObject compare_total_mag(ContextObject self, PyObject x, PyObject y) {
        return DecimalObject.ofInt(DecArith.cmpTotalMag(self.operand(x), self.operand(y)));
    }

    @ExposedMethod
    static PyObject copy_abs(ContextObject self, PyObject x) {
        return self.operand(x).withSign(0);
    }

    @ExposedMethod
    static PyObject copy_negate(ContextObject self, PyObject x) {
        DecimalObject a = self.operand(x);
        return a.withSign(a.sign ^ 1);
    }

    @ExposedMethod
    static PyObject copy_sign(ContextObject self, PyObject x, PyObject y) {
        return self.operand(x).withSign(self.operand(y).sign);
    }

    @ExposedMethod
    static PyObject canonical(ContextObject self, PyObject x) {
        if (!(x instanceof DecimalObject d)) {
            throw PyErr.typeError("argument must be a Decimal");
        }
        return d;
    }

    @ExposedMethod
    static PyObject number_class(ContextObject self, PyObject x) {
        return PyStr.of(DecOps.numberClass(self.operand(x), self));
    }

    @ExposedMethod
    static boolean same_quantum(ContextObject self, PyObject x, PyObject y) {
        return DecOps.sameQuantum(self.operand(x), self.operand(y));
    }

    @ExposedMethod
    static boolean is_canonical(ContextObject self, PyObject x) {
        if (!(x instanceof DecimalObject)) {
            throw PyErr.typeError("argument must be a Decimal");
        }
        return true;
    }

    @ExposedMethod
    static boolean is_finite(ContextObject self, PyObject x) {
        return self.operand(x).kind == DecimalObject.FINITE;
    }

    @ExposedMethod
    static boolean is_infinite(ContextObject self, PyObject x) {
        return self.operand(x).kind == DecimalObject.INF;
    }

    @ExposedMethod
    static boolean is_nan(ContextObject self, PyObject x) {
        return self.operand(x).isNan();
    }

    @ExposedMethod
    static boolean is_qnan(ContextObject self, PyObject x) {
        return self.operand(x).kind == DecimalObject.QNAN;
    }

    @ExposedMethod
    static boolean is_snan(ContextObject self, PyObject x) {
        return self.operand(x).kind == DecimalObject.SNAN;
    }

    @ExposedMethod
    static boolean is_signed(ContextObject self, PyObject x) {
        return self.operand(x).sign == 1;
    }

    @ExposedMethod
    static boolean is_zero(ContextObject self, PyObject x) {
        return self.operand(x).isZero();
    }

    @ExposedMethod
    static boolean is_normal(ContextObject self, PyObject x) {
        return DecOps.isNormal(self.operand(x), self);
    }

    @ExposedMethod
    static boolean is_subnormal(ContextObject self, PyObject x) {
        return DecOps.isSubnormal(self.operand(x), self);
    }

}
