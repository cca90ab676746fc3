package org.pyvm.modules.decimal;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * decimal.Context: precision, rounding, exponent limits, capitals, clamp, and the flags
 * and traps of the signals. Every operation adds its status here ({@link #addStatus}),
 * which sets flags and raises the first trapped signal. Compare CPython
 * Modules/_decimal/_decimal.c: context_new, context_init, context_repr, dec_addstatus,
 * flags_as_exception, flags_as_list, and the context_* setters.
 */
class ContextObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("decimal", "Context", ContextObject.class,
        ContextMethods.class));

    private final PyType type;
    long prec = 28;
    long emax = 999999;
    long emin = -999999;
    int round = Op.ROUND_HALF_EVEN;
    int capitals = 1;
    int clamp;
    int flags;
    int traps = Op.IEEE_INVALID | Op.DIVISION_BY_ZERO | Op.OVERFLOW;
    /** Templates (DefaultContext, BasicContext, ExtendedContext) may not be set as the current context's identity. */
    boolean template;
    PyObject flagsDict;
    PyObject trapsDict;

    ContextObject(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** An instance of a Python subclass of Context, which has an instance dict. */
    static final class Sub extends ContextObject implements HasDict {
        private PyDict dict;

        Sub(PyType type) {
            super(type);
        }

        @Override
        public PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }
    }

    static ContextObject make(PyType t) {
        return t == TYPE ? new ContextObject(t) : new Sub(t);
    }

    Op op() {
        return new Op(prec, emax, emin, round, clamp);
    }

    long etiny() {
        return emin - prec + 1;
    }

    /** Adds STATUS to the flags; raises the first trapped signal in it. Compare dec_addstatus. */
    void addStatus(int status) {
        flags |= status;
        int trapped = status & traps;
        if (trapped != 0) {
            throw DecimalModule.signalException(trapped);
        }
    }

    /** R after adding OP's status. */
    DecimalObject finish(Op op, DecimalObject r) {
        if (op.status != 0) {
            addStatus(op.status);
        }
        return r;
    }

    ContextObject copyAs(PyType t) {
        ContextObject c = make(t);
        c.prec = prec;
        c.emax = emax;
        c.emin = emin;
        c.round = round;
        c.capitals = capitals;
        c.clamp = clamp;
        c.flags = flags;
        c.traps = traps;
        return c;
    }

    // ---- the context's settings ----

    /** A rounding mode by name; TypeError for anything else. Compare getround. */
    static int rounding(PyObject v) {
        if (v instanceof PyStr s) {
            for (int i = 0; i < Op.ROUND_NAMES.length; i++) {
                if (Op.ROUND_NAMES[i].equals(s.value())) {
                    return i;
                }
            }
        }
        throw PyErr.typeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
            + "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]");
    }

    private static long ssize(PyObject v) {
        if (!(v instanceof PyInt)) {
            throw PyErr.typeError("an integer is required");
        }
        PyInt i = (PyInt) v;
        if (i.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    void setPrec(PyObject v) {
        long x = ssize(v);
        if (x < 1 || x > Op.MAX_PREC) {
            throw PyErr.valueError("valid range for prec is [1, MAX_PREC]");
        }
        prec = x;
    }

    void setEmin(PyObject v) {
        long x = bigToRange(v, "valid range for Emin is [MIN_EMIN, 0]");
        if (x < Op.MIN_EMIN || x > 0) {
            throw PyErr.valueError("valid range for Emin is [MIN_EMIN, 0]");
        }
        emin = x;
    }

    void setEmax(PyObject v) {
        long x = bigToRange(v, "valid range for Emax is [0, MAX_EMAX]");
        if (x < 0 || x > Op.MAX_EMAX) {
            throw PyErr.valueError("valid range for Emax is [0, MAX_EMAX]");
        }
        emax = x;
    }

    private static long bigToRange(PyObject v, String msg) {
        if (!(v instanceof PyInt i)) {
            throw PyErr.typeError("an integer is required");
        }
        if (i.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    void setCapitals(PyObject v) {
        long x = bigToRange(v, "valid values for capitals are 0 or 1");
        if (x != 0 && x != 1) {
            throw PyErr.valueError("valid values for capitals are 0 or 1");
        }
        capitals = (int) x;
    }

    void setClamp(PyObject v) {
        long x = bigToRange(v, "valid values for clamp are 0 or 1");
        if (x != 0 && x != 1) {
            throw PyErr.valueError("valid values for clamp are 0 or 1");
        }
        clamp = (int) x;
    }

    /** Flags or traps from a list of signals or a mapping of signals to truth values. Compare context_settraps_list, context_settraps_dict. */
    static int signalsFrom(PyObject v) {
        int bits = 0;
        if (v instanceof PyList) {
            for (PyObject s : Abstract.toArray(v)) {
                bits |= DecimalModule.signalBits(s, true);
            }
            return bits;
        }
        if (v instanceof SignalDictObject sd) {
            return sd.bits();
        }
        if (Abstract.lookupAttr(v, "keys") == null) {
            throw PyErr.typeError("argument must be a signal dict");
        }
        int seen = 0;
        for (PyObject k : Abstract.toArray(Abstract.call(Abstract.getAttr(v, "keys")))) {
            int b = DecimalModule.signalBits(k, true);
            seen++;
            if (Abstract.isTrue(Abstract.getItem(v, k))) {
                bits |= b;
            }
        }
        if (seen != DecimalModule.SIGNAL_COUNT) {
            throw PyErr.keyError(PyStr.of("invalid signal dict"));
        }
        return bits;
    }

    /** Context(prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None). */
    void init(PyObject[] a) {
        if (a[0] != null && a[0] != PyNone.NONE) {
            setPrec(a[0]);
        }
        if (a[1] != null && a[1] != PyNone.NONE) {
            round = rounding(a[1]);
        }
        if (a[2] != null && a[2] != PyNone.NONE) {
            setEmin(a[2]);
        }
        if (a[3] != null && a[3] != PyNone.NONE) {
            setEmax(a[3]);
        }
        if (a[4] != null && a[4] != PyNone.NONE) {
            setCapitals(a[4]);
        }
        if (a[5] != null && a[5] != PyNone.NONE) {
            setClamp(a[5]);
        }
        if (a[7] != null && a[7] != PyNone.NONE) {
            traps = signalsFrom(a[7]);
        }
        if (a[6] != null && a[6] != PyNone.NONE) {
            flags = signalsFrom(a[6]);
        }
    }

    String repr() {
        StringBuilder sb = new StringBuilder("Context(prec=").append(prec).append(", rounding=")
            .append(Op.ROUND_NAMES[round]).append(", Emin=").append(emin).append(", Emax=").append(emax)
            .append(", capitals=").append(capitals).append(", clamp=").append(clamp).append(", flags=");
        DecimalModule.appendSignalNames(sb, flags);
        sb.append(", traps=");
        DecimalModule.appendSignalNames(sb, traps);
        return sb.append(')').toString();
    }

    // ---- operands ----

    /** An operand of a Context method: a Decimal or an int, else TypeError. Compare convert_op_raise. */
    DecimalObject operand(PyObject v) {
        if (v instanceof DecimalObject d) {
            return d;
        }
        if (v instanceof PyInt i) {
            return DecimalObject.fromInt(i);
        }
        throw PyErr.typeError("conversion from " + PyErr.typeName(v) + " to Decimal is not supported");
    }

    static ContextObject check(PyObject v) {
        if (v instanceof ContextObject c) {
            return c;
        }
        throw PyErr.typeError("argument must be a context");
    }

}
