package org.pyvm.modules.decimal;

import org.pyvm.modules.contextvars.Contexts;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The {@code _decimal} module: Decimal, Context, the signals, the three template contexts,
 * the current context kept in a ContextVar, and the module constants. Compare CPython
 * Modules/_decimal/_decimal.c: PyInit__decimal, signal_map, cond_map, current_context,
 * PyDec_GetCurrentContext, PyDec_SetCurrentContext, ctxmanager_new.
 */
public final class DecimalModule {

    private DecimalModule() {}

    /** The signals in _decimal's signal_map order, with the status bits each stands for. */
    private static final String[] SIGNAL_NAMES = {"InvalidOperation", "FloatOperation", "DivisionByZero",
        "Overflow", "Underflow", "Subnormal", "Inexact", "Rounded", "Clamped"};
    private static final int[] SIGNAL_BITS = {Op.IEEE_INVALID, Op.FLOAT_OPERATION, Op.DIVISION_BY_ZERO,
        Op.OVERFLOW, Op.UNDERFLOW, Op.SUBNORMAL, Op.INEXACT, Op.ROUNDED, Op.CLAMPED};
    /** The finer conditions of InvalidOperation (cond_map). */
    private static final String[] COND_NAMES = {"InvalidOperation", "ConversionSyntax", "DivisionImpossible",
        "DivisionUndefined", "InvalidContext"};
    private static final int[] COND_BITS = {Op.INVALID_OPERATION, Op.CONVERSION_SYNTAX, Op.DIVISION_IMPOSSIBLE,
        Op.DIVISION_UNDEFINED, Op.INVALID_CONTEXT};
    static final int SIGNAL_COUNT = SIGNAL_NAMES.length;

    private static PyObject[] signals;
    private static PyObject[] conds;
    private static volatile PyType signalDictType;
    private static PyObject decimalTupleType;
    private static PyObject rationalType;
    private static PyObject contextVar;
    static ContextObject defaultContext;
    private static ContextObject basicContext;
    private static ContextObject extendedContext;

    /** The current context and the context mapping it was found in. */
    private record Cached(Object vars, ContextObject ctx) {}

    private static volatile Cached cached;

    /**
     * A fresh module each time (test.support.import_fresh_module makes several), sharing one
     * set of signal classes, templates and ContextVar: Decimal and Context are static types,
     * and their operations raise and look up these classes.
     */
    public static synchronized PyModule create() {
        // Shared within one interpreter, made afresh for another one in the same JVM (whose
        // contexts and classes must not see the first one's).
        if (globals == null || owner != PyRuntime.modules) {
            cached = null;
            signalDictType = null;
            globals = initShared();
            owner = PyRuntime.modules;
        }
        PyDict g = globals;
        PyModule m = new PyModule("_decimal");
        PyDict d = m.getDict();
        m.addFunctions(DecimalModule.class);
        for (String n : new String[] {"DecimalException", "Clamped", "InvalidOperation", "ConversionSyntax",
            "DivisionByZero", "DivisionImpossible", "DivisionUndefined", "Inexact", "InvalidContext", "Rounded",
            "Subnormal", "Overflow", "Underflow", "FloatOperation", "DecimalTuple"}) {
            d.setStr(n, g.getStr(n));
        }
        d.setStr("Decimal", DecimalObject.TYPE);
        d.setStr("Context", ContextObject.TYPE);
        d.setStr("DefaultContext", defaultContext);
        d.setStr("BasicContext", basicContext);
        d.setStr("ExtendedContext", extendedContext);
        for (int i = 0; i < Op.ROUND_NAMES.length; i++) {
            d.setStr(Op.ROUND_NAMES[i], Op.ROUND_STRS[i]);
        }
        d.setStr("MAX_PREC", PyInt.of(Op.MAX_PREC));
        d.setStr("MAX_EMAX", PyInt.of(Op.MAX_EMAX));
        d.setStr("MIN_EMIN", PyInt.of(Op.MIN_EMIN));
        d.setStr("MIN_ETINY", PyInt.of(Op.MIN_ETINY));
        d.setStr("HAVE_THREADS", PyBool.TRUE);
        d.setStr("HAVE_CONTEXTVAR", PyBool.TRUE);
        d.setStr("__version__", PyStr.of("1.70"));
        d.setStr("__libmpdec_version__", PyStr.of("2.5.1"));
        return m;
    }

    private static PyDict globals;

    /**
     * Forgets the previous interpreter's classes, templates and ContextVar when a new
     * interpreter starts in this JVM, so that they can be collected (their signal classes
     * would otherwise stay among ArithmeticError.__subclasses__()).
     */
    public static synchronized void reset() {
        globals = null;
        owner = null;
        cached = null;
        signals = null;
        conds = null;
        signalDictType = null;
        decimalTupleType = null;
        rationalType = null;
        contextVar = null;
        defaultContext = null;
        basicContext = null;
        extendedContext = null;
    }
    /** The sys.modules of the interpreter the shared state belongs to. */
    private static PyDict owner;

    /**
     * The signal classes (CPython's multiple inheritance: DivisionByZero(DecimalException,
     * ZeroDivisionError) ...) and DecimalTuple. Compare PyInit__decimal, which makes them
     * with PyErr_NewException and collections.namedtuple.
     */
    private static PyDict initShared() {
        PyDict g = new PyDict();
        PyType decimalException = signal(g, "DecimalException", PyExc.ArithmeticError);
        signal(g, "Clamped", decimalException);
        PyType invalid = signal(g, "InvalidOperation", decimalException);
        signal(g, "ConversionSyntax", invalid);
        signal(g, "DivisionByZero", decimalException, PyExc.ZeroDivisionError);
        signal(g, "DivisionImpossible", invalid);
        signal(g, "DivisionUndefined", invalid, PyExc.ZeroDivisionError);
        PyType inexact = signal(g, "Inexact", decimalException);
        signal(g, "InvalidContext", invalid);
        PyType rounded = signal(g, "Rounded", decimalException);
        PyType subnormal = signal(g, "Subnormal", decimalException);
        signal(g, "Overflow", inexact, rounded);
        signal(g, "Underflow", inexact, rounded, subnormal);
        signal(g, "FloatOperation", decimalException, PyExc.TypeError);
        g.setStr("DecimalTuple", Abstract.call(Abstract.getAttr(importModule("collections"), "namedtuple"),
            new PyObject[] {PyStr.of("DecimalTuple"), PyStr.of("sign digits exponent"), PyStr.of("decimal")},
            new String[] {"module"}));
        signals = new PyObject[SIGNAL_NAMES.length];
        for (int i = 0; i < signals.length; i++) {
            signals[i] = g.getStr(SIGNAL_NAMES[i]);
        }
        conds = new PyObject[COND_NAMES.length];
        for (int i = 0; i < conds.length; i++) {
            conds[i] = g.getStr(COND_NAMES[i]);
        }
        decimalTupleType = g.getStr("DecimalTuple");
        PyObject numbers = importModule("numbers");
        rationalType = Abstract.getAttr(numbers, "Rational");
        Abstract.call(Abstract.getAttr(Abstract.getAttr(numbers, "Number"), "register"), DecimalObject.TYPE);
        PyObject cv = Abstract.getAttr(importModule("contextvars"), "ContextVar");
        contextVar = Abstract.call(cv, PyStr.of("decimal_context"));

        defaultContext = template(28, Op.ROUND_HALF_EVEN, Op.IEEE_INVALID | Op.DIVISION_BY_ZERO | Op.OVERFLOW);
        basicContext = template(9, Op.ROUND_HALF_UP,
            Op.IEEE_INVALID | Op.DIVISION_BY_ZERO | Op.OVERFLOW | Op.UNDERFLOW | Op.CLAMPED);
        extendedContext = template(9, Op.ROUND_HALF_EVEN, 0);
        return g;
    }

    /** class NAME(*BASES) in module decimal, entered in G. Compare PyErr_NewException. */
    private static PyType signal(PyDict g, String name, PyType... bases) {
        PyType t = org.pyvm.modules.corelib.Types.newException("decimal", name, null, bases);
        g.setStr(name, t);
        return t;
    }

    /** PyImport_Import: __import__(name), then the module from sys.modules. */
    private static PyObject importModule(String name) {
        Abstract.call(PyRuntime.builtins.getStr("__import__"), PyStr.of(name));
        return Abstract.getItem(PyRuntime.modules, PyStr.of(name));
    }

    private static ContextObject template(long prec, int round, int traps) {
        ContextObject c = new ContextObject(ContextObject.TYPE);
        c.prec = prec;
        c.round = round;
        c.traps = traps;
        c.template = true;
        return c;
    }

    // ---- the current context ----

    /** The current thread's context, made from DefaultContext on first use. Compare current_context. */
    static ContextObject current() {
        Object vars = Contexts.currentVars();
        Cached c = cached;
        if (c != null && c.vars == vars) {
            return c.ctx;
        }
        PyObject v = Contexts.lookup(contextVar);
        ContextObject ctx;
        if (v instanceof ContextObject co) {
            ctx = co;
        } else {
            ctx = defaultContext.copyAs(ContextObject.TYPE);
            ctx.flags = 0;
            Abstract.call(Abstract.getAttr(contextVar, "set"), ctx);
            vars = Contexts.currentVars();
        }
        cached = new Cached(vars, ctx);
        return ctx;
    }

    static void set(PyObject v) {
        ContextObject c = ContextObject.check(v);
        if (c.template) {
            c = c.copyAs(ContextObject.TYPE);
            c.flags = 0;
        }
        Abstract.call(Abstract.getAttr(contextVar, "set"), c);
    }

    @ExposedMethod
    static PyObject getcontext() {
        return current();
    }

    @ExposedMethod
    static PyObject setcontext(PyObject v) {
        if (!(v instanceof ContextObject)) {
            throw PyErr.typeError("argument must be a context");
        }
        set(v);
        return PyNone.NONE;
    }

    private static final String[] LOCAL_KWS = {"ctx", "prec", "rounding", "Emin", "Emax", "capitals", "clamp",
        "flags", "traps"};

    /** localcontext(ctx=None, **kwargs). Compare ctxmanager_new. */
    @ExposedMethod
    static PyObject localcontext(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyErr.typeError("localcontext() takes at most 1 positional argument (" + npos + " given)");
        }
        PyObject[] v = new PyObject[LOCAL_KWS.length];
        if (npos == 1) {
            v[0] = args[0];
        }
        for (int k = 0; k < nkw; k++) {
            int idx = -1;
            for (int i = 0; i < LOCAL_KWS.length; i++) {
                if (LOCAL_KWS[i].equals(kw[k])) {
                    idx = i;
                }
            }
            if (idx < 0) {
                throw PyErr.typeError("'" + kw[k] + "' is an invalid keyword argument for this function");
            }
            v[idx] = args[npos + k];
        }
        ContextObject global = current();
        ContextObject base = v[0] == null || v[0] == PyNone.NONE ? global : ContextObject.check(v[0]);
        ContextObject local = base.copyAs(base.type());
        PyObject[] settings = new PyObject[8];
        System.arraycopy(v, 1, settings, 0, 8);
        local.init(settings);
        return new ContextManagerObject(local, global);
    }

    // ---- signals ----

    static PyObject decimalTuple() {
        return decimalTupleType;
    }

    static PyObject[] signalClasses() {
        return signals.clone();
    }

    static boolean isRational(PyObject w) {
        return Abstract.isInstance(w, rationalType);
    }

    static SignalDictObject signalDict(ContextObject c, boolean traps) {
        PyType t = signalDictType;
        if (t == null) {
            t = makeSignalDictType();
        }
        SignalDictObject s = (SignalDictObject) Abstract.call(t);
        s.ctx = c;
        s.traps = traps;
        return s;
    }

    /**
     * type('SignalDict', (SignalDictMixin, MutableMapping), {}), made when a program first
     * reads a context's flags or traps (ABCMeta makes it slowly, and most programs never
     * do): the class is reachable only as the type of those mappings. Compare PyInit__decimal.
     */
    private static synchronized PyType makeSignalDictType() {
        if (signalDictType == null) {
            PyDict ns = new PyDict();
            ns.setStr("__module__", PyStr.of("abc"));
            PyObject mutableMapping = Abstract.getAttr(importModule("collections.abc"), "MutableMapping");
            signalDictType = (PyType) Abstract.call(PyType.TYPE, PyStr.of("SignalDict"),
                PyTuple.of(SignalDictObject.TYPE, mutableMapping), ns);
        }
        return signalDictType;
    }

    /** The status bits of a signal class; 0 (or KeyError when STRICT) for anything else. */
    static int signalBits(PyObject s, boolean strict) {
        for (int i = 0; i < signals.length; i++) {
            if (signals[i] == s) {
                return SIGNAL_BITS[i];
            }
        }
        if (strict) {
            throw PyErr.keyError(PyStr.of("invalid error flag"));
        }
        return 0;
    }

    /** [Clamped, InvalidOperation, ...] in status-bit order. Compare context_repr / mpd_lsnprint_signals. */
    static void appendSignalNames(StringBuilder sb, int bits) {
        sb.append('[');
        boolean first = true;
        boolean invalidDone = false;
        for (int bit = 1; bit <= Op.UNDERFLOW; bit <<= 1) {
            if ((bits & bit) == 0) {
                continue;
            }
            String name;
            if ((Op.IEEE_INVALID & bit) != 0) {
                if (invalidDone) {
                    continue;
                }
                invalidDone = true;
                name = "InvalidOperation";
            } else {
                name = nameOfBit(bit);
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(name);
        }
        sb.append(']');
    }

    private static String nameOfBit(int bit) {
        for (int i = 0; i < SIGNAL_BITS.length; i++) {
            if (SIGNAL_BITS[i] == bit) {
                return SIGNAL_NAMES[i];
            }
        }
        return "?";
    }

    /** The signal classes set in BITS, in signal_map order (Context.__reduce__). */
    static PyList signalList(int bits) {
        PyList l = new PyList();
        for (int i = 0; i < signals.length; i++) {
            if ((bits & SIGNAL_BITS[i]) != 0) {
                l.append(signals[i]);
            }
        }
        return l;
    }

    /** The exception for trapped status bits. Compare flags_as_exception and flags_as_list. */
    static PyBaseException signalException(int trapped) {
        PyObject cls = null;
        for (int i = 0; i < signals.length; i++) {
            if ((trapped & SIGNAL_BITS[i]) != 0) {
                cls = signals[i];
                break;
            }
        }
        PyList list = new PyList();
        for (int i = 0; i < conds.length; i++) {
            if ((trapped & COND_BITS[i]) != 0) {
                list.append(conds[i]);
            }
        }
        for (int i = 1; i < signals.length; i++) {
            if ((trapped & SIGNAL_BITS[i]) != 0) {
                list.append(signals[i]);
            }
        }
        return PyErr.of((PyType) cls, list);
    }
}
