package org.pyvm.interp;

import static org.pyvm.runtime.Monitoring.*;

import org.pyvm.bytecode.ExceptionTable;
import org.pyvm.bytecode.Opcode;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.Monitoring;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBoundMethod;
import org.pyvm.runtime.PyCode;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFunction;
import org.pyvm.runtime.PyGenerator;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.Tracing;

/**
 * sys.monitoring's events (PEP 669), reported from the instrumented frames that
 * sys.settrace uses too (see {@link Tracer}): while any tool has an event set,
 * {@link Tracing#active} is on, every frame entered gets the marked copy of its bytecode,
 * and {@link Tracer#step} calls {@link #step} before each instruction. Events that
 * CPython reports inside an instruction after it ran (C_RETURN after a call, JUMP and
 * BRANCH with their destination, STOP_ITERATION at the end of a loop over a generator)
 * are reported at the next instruction's step, which comes before any other event of the
 * frame; an exception instead reports C_RAISE (see {@link #exception}). Which events and
 * arguments follow CPython 3.12's INSTRUMENTED_* instructions (Python/bytecodes.c), the
 * line rule of _Py_call_instrumentation_line, and call_instrumentation_vector (tools
 * called from the highest id down; a callback returning DISABLE turns that tool's event
 * off at that location until restart_events, and is a ValueError for the events that
 * cannot be disabled).
 */
final class Monitor {

    private Monitor() {}

    /** Which per-location DISABLE record an event uses. */
    private static final int NONE = -1;
    private static final int AT_LINE = 0;
    private static final int AT_INSTRUCTION = 1;
    private static final int AT_EVENT = 2;

    /** Whether F's code has events on (frame entry, while Tracing.active). */
    static boolean wants(Frame f) {
        return Monitoring.on && Monitoring.activeEvents(f.code) != 0;
    }

    /** Brings ST's copy of the code's event set up to date; whether any event is on. */
    static boolean refresh(Frame f, Tracer.State st) {
        int v = Monitoring.version;
        if (st.monVersion != v) {
            st.monVersion = v;
            st.monMask = Monitoring.on ? Monitoring.activeEvents(f.code) : 0;
            Monitoring.CodeData d = f.code.monitoring;
            if (d != null) {
                Monitoring.sync(d);
            }
        }
        return st.monMask != 0;
    }

    private static boolean has(int mask, int event) {
        return (mask >> (event >= UNGROUPED ? CALL : event) & 1) != 0;
    }

    /** The events due before the instruction at P (Q: after its EXTENDED_ARGs) with stack pointer SP. */
    static void step(Frame f, Tracer.State st, int p, int q, int op, int sp) {
        int mask = st.monMask;
        PyCode code = f.code;
        if (st.cFunc != null) {
            PyObject fn = st.cFunc;
            PyObject a = st.cArg;
            st.cFunc = null;
            st.cArg = null;
            if (has(mask, CALL)) {
                fire(f, AT_EVENT, st.cAt >> 1, C_RETURN, code, PyInt.of(st.cAt), fn, a);
            }
        }
        if (st.jumpFrom >= 0) {
            int from = st.jumpFrom;
            PyObject it = st.jumpIter;
            st.jumpFrom = -1;
            st.jumpIter = null;
            if (st.jumpOp == Opcode.FOR_ITER && p != from + 2 + 2 * Opcode.cacheEntries(Opcode.FOR_ITER)) {
                forIterEnded(f, st, from, p, it, mask);
            }
            int ev = st.jumpOp == Opcode.JUMP_FORWARD || st.jumpOp == Opcode.JUMP_BACKWARD ? JUMP : BRANCH;
            if (has(mask, ev)) {
                fire(f, AT_EVENT, from >> 1, ev, code, PyInt.of(from), PyInt.of(p));
            }
        }
        Tracer.CodeFacts cf = st.facts;
        if (p / 2 < cf.firstTraceable) {
            return;
        }
        if (has(mask, LINE) && cf.lineStart[p / 2]) {
            int prev = st.prev;
            int line = cf.line[p / 2];
            int prevLine = prev >= 0 ? cf.line[prev / 2] : -1;
            int prevOp = prev >= 0 ? code.bytecode[prev] & 0xff : -1;
            if (line >= 0 && (line != prevLine || prevOp == Opcode.RESUME)) {
                fire(f, AT_LINE, p >> 1, LINE, code, PyInt.of(line));
            }
        }
        if (has(mask, INSTRUCTION) && op != Opcode.RESUME && op != Opcode.END_FOR) {
            fire(f, AT_INSTRUCTION, p >> 1, INSTRUCTION, code, PyInt.of(p));
        }
        byte[] bc = code.bytecode;
        switch (op) {
            case Opcode.RESUME -> {
                int ev = bc[q + 1] == 0 ? PY_START : PY_RESUME;
                if (has(mask, ev)) {
                    fire(f, AT_EVENT, q >> 1, ev, code, PyInt.of(q));
                }
            }
            case Opcode.RETURN_VALUE -> {
                if (has(mask, PY_RETURN)) {
                    fire(f, AT_EVENT, q >> 1, PY_RETURN, code, PyInt.of(q), f.fast[sp - 1]);
                }
            }
            case Opcode.RETURN_CONST -> {
                if (has(mask, PY_RETURN)) {
                    fire(f, AT_EVENT, q >> 1, PY_RETURN, code, PyInt.of(q), code.consts[oparg(bc, p, q)]);
                }
            }
            case Opcode.YIELD_VALUE -> {
                if (has(mask, PY_YIELD)) {
                    fire(f, AT_EVENT, q >> 1, PY_YIELD, code, PyInt.of(q), f.fast[sp - 1]);
                }
            }
            case Opcode.CALL -> {
                if (has(mask, CALL)) {
                    call(f, st, q, oparg(bc, p, q), sp);
                } else {
                    int arg = oparg(bc, p, q);
                    PyObject method = f.fast[sp - 2 - arg];
                    PyObject c = method != null ? method : f.fast[sp - 1 - arg];
                    st.inlinedAt = c instanceof PyBoundMethod bm && method == null ? inlined(bm.func, q) : inlined(c, q);
                }
            }
            case Opcode.CALL_FUNCTION_EX -> {
                if (has(mask, CALL)) {
                    callEx(f, st, q, bc[q + 1] & 1, sp);
                }
            }
            case Opcode.LOAD_SUPER_ATTR -> {
                if (has(mask, CALL)) {
                    // The super() call: CALL, then C_RETURN or C_RAISE (INSTRUMENTED_LOAD_SUPER_ATTR).
                    PyObject sup = f.fast[sp - 3];
                    PyObject a0 = (oparg(bc, p, q) & 2) != 0 ? f.fast[sp - 2] : Monitoring.missing;
                    fire(f, AT_EVENT, q >> 1, CALL, code, PyInt.of(q), sup, a0);
                    superCall(f, st, q, sup, f.fast[sp - 2], f.fast[sp - 1], a0);
                }
            }
            case Opcode.JUMP_FORWARD, Opcode.JUMP_BACKWARD, Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_TRUE,
                 Opcode.POP_JUMP_IF_NONE, Opcode.POP_JUMP_IF_NOT_NONE -> {
                st.jumpFrom = q;
                st.jumpOp = op;
            }
            case Opcode.FOR_ITER -> {
                st.jumpFrom = q;
                st.jumpOp = op;
                st.jumpIter = f.fast[sp - 1];
                Monitoring.CodeData d = Monitoring.data(code);
                // CPython runs a FOR_ITER unspecialized the first time (and always while BRANCH
                // instruments it); from then on FOR_ITER_GEN ends a generator loop at END_FOR.
                st.jumpGeneric = !d.forIterSeen[q >> 1] || has(mask, BRANCH);
                d.forIterSeen[q >> 1] = true;
                st.inlinedAt = !st.jumpGeneric && st.jumpIter.type() == PyGenerator.TYPE ? q : -1;
            }
            case Opcode.SEND -> {
                st.inlinedAt = isGenOrCoro(f.fast[sp - 2]) ? q : -1;
            }
            case Opcode.END_SEND -> {
                // INSTRUMENTED_END_SEND: a generator or coroutine delegated to returned.
                PyObject receiver = f.fast[sp - 2];
                if (has(mask, STOP_ITERATION) && isGenOrCoro(receiver)) {
                    fire(f, AT_EVENT, q >> 1, STOP_ITERATION, code, PyInt.of(q), stopIteration(f.fast[sp - 1]));
                }
            }
            default -> { }
        }
    }

    /**
     * LOAD_SUPER_ATTR's super() call: C_RETURN right after it, before the attribute is
     * looked up (which may run a property), or C_RAISE when it fails. The proxy the
     * instruction then makes is checked here first (PySuper.of raises what it would);
     * a rebound global super is called by the instruction itself, its event then due.
     */
    private static void superCall(Frame f, Tracer.State st, int q, PyObject sup, PyObject cls, PyObject self,
                                  PyObject a0) {
        if (sup == org.pyvm.runtime.PySuper.TYPE && cls instanceof org.pyvm.runtime.PyType t) {
            try {
                org.pyvm.runtime.PySuper.of(t, self);
            } catch (PyBaseException e) {
                fire(f, AT_EVENT, q >> 1, C_RAISE, f.code, PyInt.of(q), sup, a0);
                throw e;
            }
            fire(f, AT_EVENT, q >> 1, C_RETURN, f.code, PyInt.of(q), sup, a0);
            return;
        }
        st.cFunc = sup;
        st.cArg = a0;
        st.cAt = q;
    }

    private static boolean isGenOrCoro(PyObject o) {
        if (!(o instanceof PyGenerator)) {
            return false;
        }
        String t = o.type().getName();
        return t.equals("generator") || t.equals("coroutine");
    }

    private static PyBaseException stopIteration(PyObject value) {
        return value == null || value == PyNone.NONE
            ? new PyBaseException(org.pyvm.runtime.PyExc.StopIteration, PyTuple.EMPTY)
            : new PyBaseException(org.pyvm.runtime.PyExc.StopIteration, PyTuple.of(value));
    }

    /**
     * A FOR_ITER at FROM ended its loop (jumping to P, past END_FOR). Run unspecialized,
     * CPython reports the StopIteration a generator's return value or a class's __next__
     * raised as RAISE at FOR_ITER; run as FOR_ITER_GEN, the generator's return reaches
     * INSTRUMENTED_END_FOR, which reports STOP_ITERATION there.
     */
    private static void forIterEnded(Frame f, Tracer.State st, int from, int p, PyObject it, int mask) {
        PyCode code = f.code;
        if (it instanceof PyGenerator g && it.type() == PyGenerator.TYPE) {
            if (!st.jumpGeneric) {
                if (has(mask, STOP_ITERATION)) {
                    fire(f, AT_EVENT, (p - 2) >> 1, STOP_ITERATION, code, PyInt.of(p - 2), stopIteration(g.lastReturn));
                }
            } else if (g.lastReturn != PyNone.NONE && has(mask, RAISE)) {
                fire(f, NONE, 0, RAISE, code, PyInt.of(from), stopIteration(g.lastReturn));
            }
        } else if (it instanceof org.pyvm.runtime.PyInstance && has(mask, RAISE)) {
            fire(f, NONE, 0, RAISE, code, PyInt.of(from), stopIteration(null));
        }
    }

    // The argument of the instruction at Q whose EXTENDED_ARG prefixes start at P.
    private static int oparg(byte[] code, int p, int q) {
        int a = 0;
        for (int i = p; i <= q; i += 2) {
            a = (a << 8) | (code[i + 1] & 0xff);
        }
        return a;
    }

    /**
     * CALL: the CALL event with the callable and its first argument (self for a method;
     * MISSING when there is none), and unless a Python function runs, C_RETURN or C_RAISE
     * afterwards with the bound method's function and self. Compare INSTRUMENTED_CALL and CALL.
     */
    private static void call(Frame f, Tracer.State st, int q, int arg, int sp) {
        PyObject method = f.fast[sp - 2 - arg];
        PyObject callable = method != null ? method : f.fast[sp - 1 - arg];
        int total = arg + (method != null ? 1 : 0);
        PyObject a0 = total == 0 ? Monitoring.missing : f.fast[sp - total];
        fire(f, AT_EVENT, q >> 1, CALL, f.code, PyInt.of(q), callable, a0);
        PyObject fn = callable;
        if (method == null && callable instanceof PyBoundMethod bm) {
            fn = bm.func;
            a0 = bm.self;
        }
        if (fn.type() != PyFunction.TYPE) {
            st.cFunc = fn;
            st.cArg = a0;
            st.cAt = q;
        }
        st.inlinedAt = inlined(fn, q);
    }

    /** Q if CPython's CALL runs FN as a frame in place (a Python function), else -1. */
    private static int inlined(PyObject fn, int q) {
        return fn.type() == PyFunction.TYPE ? q : -1;
    }

    /**
     * CALL_FUNCTION_EX: events only for callables other than functions and bound methods,
     * with the first positional argument (None when there is none). Compare
     * INSTRUMENTED_CALL_FUNCTION_EX.
     */
    private static void callEx(Frame f, Tracer.State st, int q, int hasKw, int sp) {
        int args = hasKw != 0 ? sp - 2 : sp - 1;
        PyObject func = f.fast[args - 1];
        if (func.type() == PyFunction.TYPE || func instanceof PyBoundMethod) {
            return;
        }
        PyObject callargs = f.fast[args];
        if (!(callargs instanceof PyTuple)) {
            if (callargs.type().lookup("__iter__") == null && callargs.type().lookup("__getitem__") == null) {
                return; // the instruction raises its TypeError first, as CPython's does
            }
            // Made a tuple before the event, as CALL_FUNCTION_EX does (the instruction then uses it).
            callargs = PyTuple.of(Abstract.toArray(callargs));
            f.fast[args] = callargs;
        }
        PyTuple t = (PyTuple) callargs;
        PyObject a0 = t.size() > 0 ? t.get(0) : PyNone.NONE;
        fire(f, AT_EVENT, q >> 1, CALL, f.code, PyInt.of(q), func, a0);
        st.cFunc = func;
        st.cArg = a0;
        st.cAt = q;
    }

    /**
     * An exception in F (Unwinder), from the instruction at AT: C_RAISE for a call that
     * raised it, RAISE (RERAISE when re-raised), then EXCEPTION_HANDLED when HANDLER
     * catches it (offset: the handler's) or PY_UNWIND as it leaves F. A callback that
     * raises replaces the exception, as call_instrumentation_vector_protected does.
     * Returns the exception that goes on.
     */
    static PyBaseException exception(Frame f, Tracer.State st, PyBaseException e, boolean reraise, int at,
                                     ExceptionTable.Entry handler) {
        int mask = st.monMask;
        PyCode code = f.code;
        st.jumpFrom = -1;
        st.jumpIter = null;
        if (st.cFunc != null) {
            PyObject fn = st.cFunc;
            PyObject a = st.cArg;
            st.cFunc = null;
            st.cArg = null;
            if (has(mask, CALL)) {
                try {
                    fire(f, AT_EVENT, st.cAt >> 1, C_RAISE, code, PyInt.of(st.cAt), fn, a);
                } catch (PyBaseException x) {
                    e = x;
                }
            }
        }
        int ev = reraise ? RERAISE : RAISE;
        if (!reraise && at == st.inlinedAt && e.traceback != null && e.traceback.next != null) {
            // An error from a frame CPython ran in place (CALL of a Python function,
            // FOR_ITER_GEN, SEND of a generator): its offset is the instruction's last
            // cache unit, where the frame's prev_instr was left.
            at += 2 * Opcode.cacheEntries(code.bytecode[at] & 0xff);
        }
        st.inlinedAt = -1;
        if (has(mask, ev)) {
            try {
                fire(f, NONE, 0, ev, code, PyInt.of(at), e);
            } catch (PyBaseException x) {
                e = x;
            }
        }
        if (handler != null) {
            if (has(mask, EXCEPTION_HANDLED)) {
                try {
                    fire(f, NONE, 0, EXCEPTION_HANDLED, code, PyInt.of(handler.target()), e);
                } catch (PyBaseException x) {
                    e = x;
                }
            }
        } else if (has(mask, PY_UNWIND)) {
            try {
                fire(f, NONE, 0, PY_UNWIND, code, PyInt.of(at), e);
            } catch (PyBaseException x) {
                e = x;
            }
        }
        return e;
    }

    /** An exception E is thrown into the generator frame F (gen.throw): PY_THROW at its yield. */
    static void thrown(Frame f, Tracer.State st, PyBaseException e) {
        if (has(st.monMask, PY_THROW)) {
            fire(f, NONE, 0, PY_THROW, f.code, PyInt.of(f.lasti), e);
        }
    }

    /**
     * Calls the callbacks of the tools that want EVENT here, from the highest tool id down;
     * a DISABLE result turns the tool's event off at code unit UNIT (KIND says which
     * record), or for an event that cannot be disabled removes the callback and raises
     * ValueError. Compare instrumentation.c: call_instrumentation_vector, call_one_instrument.
     */
    private static void fire(Frame f, int kind, int unit, int event, PyObject... args) {
        Monitoring.CodeData d = f.code.monitoring;
        int tools = Monitoring.tools(d, event);
        if (tools == 0) {
            return;
        }
        if (d != null && kind != NONE) {
            tools &= ~off(d, kind)[unit];
        }
        if (tools == 0) {
            return;
        }
        Tracing.Hooks h = Tracing.hooks();
        for (int t = TOOLS - 1; t >= 0; t--) {
            if ((tools >> t & 1) == 0) {
                continue;
            }
            PyObject cb = CALLBACKS[t][event];
            if (cb == null) {
                continue;
            }
            PyObject r;
            h.busy++;
            try {
                r = Abstract.call(cb, args);
            } finally {
                h.busy--;
            }
            if (r == Monitoring.disable) {
                if (event >= LOCAL_EVENTS || kind == NONE) {
                    Monitoring.registerCallback(t, event, null);
                    throw PyErr.valueError("Cannot disable " + NAMES[event] + " events. Callback removed.");
                }
                off(Monitoring.data(f.code), kind)[unit] |= (byte) (1 << t);
            }
        }
    }

    private static byte[] off(Monitoring.CodeData d, int kind) {
        return kind == AT_LINE ? d.lineOff : kind == AT_INSTRUCTION ? d.instrOff : d.eventOff;
    }
}
