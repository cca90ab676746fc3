package org.pyvm.interp;

import org.pyvm.bytecode.CodeObject;
import org.pyvm.bytecode.ExceptionTable;
import org.pyvm.bytecode.Opcode;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyCell;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFrame;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.Tracing;

/**
 * sys.settrace and sys.setprofile events, with CPython 3.12's sequence ('call', 'line',
 * 'return', 'exception'; 'c_call', 'c_return', 'c_exception' for the profiler).
 *
 * <p>How it costs nothing while no thread traces: a frame normally runs the code's own
 * bytecode. Only when {@link Tracing#active} is set on entry (one read per call) does the
 * frame get a private copy of its bytecode in which every instruction's first byte is the
 * marker {@code INSTRUMENTED_LINE}. The eval loop's case for the marker calls
 * {@link #step}, which reports the events due before that instruction, puts the
 * instruction's real opcode back into the copy and returns its offset, so the loop runs
 * it; the next marker puts the marker back (so at most one instruction of the copy is
 * unmarked at a time). A frame that needs no events (its 'call' event left f_trace None
 * and no profiler runs) goes back to the shared bytecode at once. Frames already running
 * when tracing starts (pdb's set_trace) are switched to a copy by {@link #tracingChanged};
 * the loop re-reads the frame's bytecode after each CALL and CALL_FUNCTION_EX.
 *
 * <p>Which instructions report a 'line' event follows CPython Python/instrumentation.c:
 * initialize_lines (the first instruction of each line, jump targets and exception
 * handlers) and _Py_call_instrumentation_line (not when the previous instruction run was
 * on the same line, unless it was RESUME); a backward jump within one line reports the
 * line again (Python/legacy_tracing.c: sys_trace_jump_func). The callbacks and their
 * results follow Python/sysmodule.c: trace_trampoline and profile_trampoline.
 */
final class Tracer {

    private Tracer() {}

    private static final byte MARK = (byte) Opcode.INSTRUMENTED_LINE;

    /** Per-code facts, computed once: the marked template and the line starts. */
    static final class CodeFacts {
        final byte[] template;
        final boolean[] lineStart;
        /** Line of each code unit as instrumentation sees it (-1: none, and for cache units). */
        final int[] line;
        final int firstTraceable;

        CodeFacts(Frame f) {
            byte[] code = f.code.bytecode;
            int n = code.length / 2;
            template = code.clone();
            lineStart = new boolean[n];
            line = new int[n];
            int ft = 0;
            while (ft < n && (code[2 * ft] & 0xff) != Opcode.RESUME) {
                ft++;
            }
            firstTraceable = ft;
            java.util.Arrays.fill(line, -1);
            int current = -1;
            boolean afterPrefix = false;
            for (int i = 0; i < n;) {
                int op = code[2 * i] & 0xff;
                int len = op == Opcode.EXTENDED_ARG ? 1 : 1 + Opcode.cacheEntries(op);
                if (!afterPrefix) {
                    // Only whole instructions (their first EXTENDED_ARG) are marked.
                    template[2 * i] = MARK;
                }
                afterPrefix = op == Opcode.EXTENDED_ARG;
                int ln = f.code.lineAt(2 * i);
                line[i] = ln;
                if (i >= ft) {
                    if (op == Opcode.END_ASYNC_FOR || op == Opcode.END_FOR || op == Opcode.END_SEND || op == Opcode.RESUME) {
                        lineStart[i] = false;
                    } else {
                        lineStart[i] = ln != current && ln >= 0;
                        current = ln;
                    }
                }
                i += len;
            }
            // Jump targets start a line (when they have one).
            for (int i = ft; i < n;) {
                int op = code[2 * i] & 0xff;
                int arg = 0;
                while (op == Opcode.EXTENDED_ARG && i + 1 < n) {
                    arg = (arg << 8) | (code[2 * i + 1] & 0xff);
                    i++;
                    op = code[2 * i] & 0xff;
                }
                arg = (arg << 8) | (code[2 * i + 1] & 0xff);
                i += 1 + Opcode.cacheEntries(op);
                int target = switch (op) {
                    case Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_TRUE, Opcode.POP_JUMP_IF_NONE,
                         Opcode.POP_JUMP_IF_NOT_NONE, Opcode.JUMP_FORWARD -> i + arg;
                    case Opcode.FOR_ITER, Opcode.SEND -> i + arg + 1;
                    case Opcode.JUMP_BACKWARD, Opcode.JUMP_BACKWARD_NO_INTERRUPT -> i - arg;
                    default -> -1;
                };
                if (target >= 0 && target < n && line[target] >= 0) {
                    lineStart[target] = true;
                }
            }
            // So do exception handlers.
            for (ExceptionTable.Entry e : f.code.exceptions.entries()) {
                int h = e.target() / 2;
                if (h >= ft && h < n && line[h] >= 0) {
                    lineStart[h] = true;
                }
            }
        }
    }

    /** A traced frame's instrumentation. */
    static final class State {
        final CodeFacts facts;
        final byte[] marked;
        /** The offset whose real opcode is in the copy (the instruction running), or -1. */
        int unmarked = -1;
        /** Offset of the last instruction run (after its EXTENDED_ARGs), or -1. */
        int prev = -1;
        /** A builtin called by the last CALL, for the profiler's c_return / c_exception. */
        PyObject cCall;
        /** The iterator of the FOR_ITER or SEND at {@link #forIterAt} being run, or null. */
        PyObject forIter;
        int forIterAt;
        boolean send;
        /** Where the SEND at forIterAt jumps when its awaitable is exhausted. */
        int sendTarget;
        /** The event being reported to f_trace (LineJump's kinds) and the stack's end then. */
        int what = LineJump.NO_EVENT;
        int whatSp;
        /** Set when the trace function jumped (f_lineno): the loop continues at f.lasti. */
        boolean jumped;
        /** sys.monitoring (see Monitor): the events on for this code as of Monitoring.version monVersion. */
        int monVersion = -1;
        int monMask;
        /** A call whose C_RETURN or C_RAISE is due (its callable, first argument and offset), or null. */
        PyObject cFunc;
        PyObject cArg;
        int cAt;
        /** A jump or branch run (its offset, opcode and FOR_ITER's iterator) whose event is due, or -1. */
        int jumpFrom = -1;
        /** The CALL, FOR_ITER or SEND last run that CPython runs a Python frame in place for, or -1. */
        int inlinedAt = -1;
        int jumpOp;
        PyObject jumpIter;
        boolean jumpGeneric;

        State(CodeFacts facts) {
            this.facts = facts;
            this.marked = facts.template.clone();
        }
    }

    private static CodeFacts facts(Frame f) {
        CodeFacts c = f.cache.traceFacts;
        if (c == null) {
            c = f.cache.traceFacts = new CodeFacts(f);
        }
        return c;
    }

    /** On frame entry or generator resume, while some thread traces: instrument F if this thread does. */
    static void enter(Frame f) {
        Tracing.Hooks h = Tracing.hooks();
        if (((h.trace == null && h.profile == null) && !Monitor.wants(f)) || h.busy > 0) {
            if (f.bytecode != f.code.bytecode) {
                uninstrument(f);
            }
            return;
        }
        instrument(f, -1);
    }

    private static void instrument(Frame f, int prev) {
        State st = new State(facts(f));
        st.prev = prev;
        f.traceState().interp = st;
        f.bytecode = st.marked;
    }

    private static void uninstrument(Frame f) {
        f.bytecode = f.code.bytecode;
        if (f.trace != null) {
            f.trace.interp = null;
        }
    }

    /** Whether F must keep reporting events: the profiler runs, F has a local trace function, or sys.monitoring events are on. */
    private static boolean needed(Frame f, Tracing.Hooks h) {
        return h.profile != null || (h.trace != null && f.trace != null && f.trace.fTrace != null) || Monitor.wants(f);
    }

    /** sys.settrace/setprofile was called: frames running on this thread that need events get them. */
    static void tracingChanged(Frame top) {
        Tracing.Hooks h = Tracing.hooks();
        for (Frame f = top; f != null; f = f.back) {
            if (f.bytecode == f.code.bytecode && needed(f, h)) {
                instrument(f, f.lasti);
            }
        }
    }

    /** f_trace or f_trace_opcodes was set on F. */
    static void frameChanged(Frame f) {
        if (Tracing.active && f.bytecode == f.code.bytecode && needed(f, Tracing.hooks())) {
            instrument(f, f.lasti);
        }
    }

    /**
     * The marker at f.lasti was reached with SP the stack pointer: reports the events due,
     * restores the instruction and returns its offset for the loop to run it.
     */
    static int step(Frame f, int sp) {
        f.sp = sp;
        int p = f.lasti;
        State st = f.trace == null ? null : (State) f.trace.interp;
        byte[] orig = f.code.bytecode;
        if (orig[p] == MARK) {
            // The marker in the code itself (bad bytecode): not an instruction.
            throw Steps.unknownOpcode(Opcode.INSTRUMENTED_LINE);
        }
        if (st == null || f.bytecode != st.marked) {
            // A stale copy (tracing of this frame was dropped): run the shared bytecode.
            f.bytecode = orig;
            return p;
        }
        if (st.unmarked >= 0) {
            st.marked[st.unmarked] = MARK;
            st.unmarked = -1;
        }
        int q = p;
        while ((orig[q] & 0xff) == Opcode.EXTENDED_ARG && q + 2 < orig.length) {
            q += 2;
        }
        int op = orig[q] & 0xff;
        Tracing.Hooks h = Tracing.hooks();
        boolean legacy = h.trace != null || h.profile != null;
        boolean mon = Monitor.refresh(f, st);
        if (!legacy && !mon) {
            uninstrument(f);
            return p;
        }
        boolean jumped;
        try {
            if (h.busy == 0) {
                if (legacy) {
                    report(f, st, h, p, q, op, sp);
                }
                if (mon && !st.jumped && f.bytecode == st.marked) {
                    Monitor.step(f, st, p, q, op, sp);
                }
            }
        } finally {
            st.prev = q;
            jumped = st.jumped;
            st.jumped = false;
        }
        if (jumped) {
            // Continue at the target without a 'line' event for it (f.sp is the popped stack).
            int t = f.lasti;
            int tq = t;
            while ((orig[tq] & 0xff) == Opcode.EXTENDED_ARG && tq + 2 < orig.length) {
                tq += 2;
            }
            st.prev = tq;
            if (f.bytecode == st.marked) {
                st.marked[t] = orig[t];
                st.unmarked = t;
            }
            return t;
        }
        if (f.bytecode == st.marked) {
            st.marked[p] = orig[p];
            st.unmarked = p;
        }
        return p;
    }

    private static void report(Frame f, State st, Tracing.Hooks h, int p, int q, int op, int sp) {
        CodeFacts cf = st.facts;
        if (st.cCall != null) {
            PyObject c = st.cCall;
            st.cCall = null;
            profile(f, h, "c_return", c);
        }
        if (st.forIter != null) {
            PyObject it = st.forIter;
            st.forIter = null;
            int next = st.forIterAt + 2 + 2 * Opcode.cacheEntries(st.send ? Opcode.SEND : Opcode.FOR_ITER);
            if (st.prev == st.forIterAt && p != next && (!st.send || p == st.sendTarget)) {
                forIterStopped(f, h, st, it, st.send ? f.fast[sp - 1] : null);
            }
        }
        if (p / 2 < cf.firstTraceable) {
            return;
        }
        if (op == Opcode.RESUME) {
            if (h.trace != null) {
                int what = f.code.bytecode[q + 1] == 0 ? LineJump.START : LineJump.RESUME;
                callTrace(f, h, "call", PyNone.NONE, true, what, sp);
                if (st.jumped) {
                    return;
                }
            }
            profile(f, h, "call", PyNone.NONE);
            if (!needed(f, h)) {
                uninstrument(f);
            }
            return;
        }
        boolean traced = h.trace != null && f.trace.fTrace != null;
        if (traced && f.trace.lines) {
            int prev = st.prev;
            int line = cf.line[p / 2];
            int prevLine = prev >= 0 ? cf.line[prev / 2] : -1;
            int prevOp = prev >= 0 ? f.code.bytecode[prev] & 0xff : -1;
            if (prevOp == Opcode.JUMP_BACKWARD && p <= prev && line == prevLine && line >= 0) {
                lineEvent(f, h, line, sp);
            } else if (cf.lineStart[p / 2] && (line != prevLine || prevOp == Opcode.RESUME)) {
                lineEvent(f, h, line, sp);
            }
            if (st.jumped) {
                return;
            }
        }
        if (traced && f.trace.opcodes && f.trace.fTrace != null && Tracing.hooks().trace != null) {
            // f_trace_opcodes: an 'opcode' event before each instruction, after its 'line'
            // event (legacy_tracing.c: sys_trace_instruction_func)
            callTrace(f, h, "opcode", PyNone.NONE, false, LineJump.OTHER, sp);
            if (st.jumped) {
                return;
            }
        }
        byte[] code = f.code.bytecode;
        switch (op) {
            case Opcode.RETURN_VALUE -> returnEvent(f, h, f.fast[sp - 1], LineJump.OTHER, sp);
            case Opcode.YIELD_VALUE -> returnEvent(f, h, f.fast[sp - 1], LineJump.YIELD, sp);
            case Opcode.RETURN_CONST -> returnEvent(f, h, f.code.consts[code[q + 1] & 0xff | extended(code, p, q)],
                LineJump.OTHER, sp);
            case Opcode.FOR_ITER -> {
                st.forIter = f.fast[sp - 1];
                st.forIterAt = q;
                st.send = false;
            }
            case Opcode.SEND -> {
                st.forIter = f.fast[sp - 2];
                st.forIterAt = q;
                st.send = true;
                st.sendTarget = q + 2 + 2 * Opcode.cacheEntries(Opcode.SEND)
                    + 2 * (code[q + 1] & 0xff | extended(code, p, q));
            }
            case Opcode.CALL -> {
                if (h.profile != null) {
                    int arg = code[q + 1] & 0xff | extended(code, p, q);
                    PyObject method = f.fast[sp - 2 - arg];
                    PyObject callable = method != null ? method : f.fast[sp - 1 - arg];
                    PyObject self = method != null ? f.fast[sp - 1 - arg] : null;
                    cCall(f, h, st, callable, self);
                }
            }
            case Opcode.CALL_FUNCTION_EX -> {
                if (h.profile != null) {
                    // Stack: NULL, func, callargs[, kwargs]; a method descriptor is bound to the
                    // first positional argument. Compare bytecodes.c: INSTRUMENTED_CALL_FUNCTION_EX.
                    int args = (code[q + 1] & 1) != 0 ? sp - 2 : sp - 1;
                    PyObject callargs = f.fast[args];
                    PyObject first = callargs instanceof PyTuple t && t.size() > 0 ? t.get(0)
                        : callargs instanceof org.pyvm.runtime.PyList l && l.size() > 0 ? l.get(0) : null;
                    cCall(f, h, st, f.fast[args - 1], first);
                }
            }
            default -> { }
        }
    }

    /**
     * A FOR_ITER ended its loop or a SEND its delegation: CPython reports the
     * StopIteration that the iterator's __next__ raised (for FOR_ITER a generator raises
     * one only when it returns a value other than None; SEND always sees the delegate
     * generator's) as an 'exception' event at that instruction. Compare bytecodes.c:
     * INSTRUMENTED_FOR_ITER and SEND (monitor_raise).
     */
    private static void forIterStopped(Frame f, Tracing.Hooks h, State st, PyObject it, PyObject sent) {
        PyObject value;
        if (it instanceof org.pyvm.runtime.PyGenerator g) {
            if (g.lastReturn == PyNone.NONE && !st.send) {
                return;
            }
            value = g.lastReturn == PyNone.NONE ? null : g.lastReturn;
        } else if (it instanceof org.pyvm.runtime.PyInstance || isAsyncGenAwaitable(it)) {
            // A class's __next__, or an async generator's asend/athrow awaitable
            // (genobject.c: async_gen_asend_send), raised StopIteration: SEND left its
            // value on the stack.
            value = sent == null || sent == PyNone.NONE ? null : sent;
        } else {
            return; // builtin iterators end without an exception
        }
        if (h.trace == null || f.trace.fTrace == null) {
            return;
        }
        PyBaseException e = value == null
            ? new PyBaseException(org.pyvm.runtime.PyExc.StopIteration, PyTuple.EMPTY)
            : new PyBaseException(org.pyvm.runtime.PyExc.StopIteration, PyTuple.of(value));
        int lasti = f.lasti;
        f.lasti = st.forIterAt;
        try {
            callTrace(f, h, "exception", PyTuple.of(e.type(), e, PyNone.NONE), false, LineJump.OTHER, 0);
        } finally {
            f.lasti = lasti;
        }
    }

    private static boolean isAsyncGenAwaitable(PyObject it) {
        String t = it.type().getName();
        return t.equals("async_generator_asend") || t.equals("async_generator_athrow");
    }

    // The high bits an instruction's EXTENDED_ARG prefixes (from P up to Q) give its argument.
    private static int extended(byte[] code, int p, int q) {
        int a = 0;
        for (int i = p; i < q; i += 2) {
            a = (a << 8) | (code[i + 1] & 0xff);
        }
        return a << 8;
    }

    /** A call about to run: 'c_call' when the callee is a builtin, remembered for its c_return. */
    private static void cCall(Frame f, Tracing.Hooks h, State st, PyObject callable, PyObject self) {
        PyObject c = builtinFor(callable, self);
        if (c != null) {
            profile(f, h, "c_call", c);
            st.cCall = c;
        }
    }

    /**
     * What the profiler is told is called: builtin functions, and method descriptors
     * bound to their object. Compare legacy_tracing.c: sys_profile_call_or_return.
     */
    private static PyObject builtinFor(PyObject callable, PyObject self) {
        if (callable == null) {
            return null;
        }
        String t = callable.type().getName();
        if (t.equals("builtin_function_or_method")) {
            return callable;
        }
        if (t.equals("method_descriptor") && self != null) {
            return Abstract.call(Abstract.getAttr(callable, "__get__"), self, self.type());
        }
        return null;
    }

    private static void returnEvent(Frame f, Tracing.Hooks h, PyObject value, int what, int sp) {
        if (h.trace != null && f.trace.fTrace != null) {
            callTrace(f, h, "return", value, false, what, sp);
        }
        profile(f, h, "return", value);
    }

    private static void lineEvent(Frame f, Tracing.Hooks h, int line, int sp) {
        f.trace.lineno = line;
        try {
            callTrace(f, h, "line", PyNone.NONE, false, LineJump.LINE, sp);
        } finally {
            f.trace.lineno = 0;
        }
    }

    /**
     * An exception is thrown into the generator frame F (gen.throw, gen.close): reported
     * as 'call', as CPython's PY_THROW event is (legacy_tracing.c: sys_trace_throw).
     */
    static void thrown(Frame f, PyBaseException e, boolean legacy) {
        if (f.trace == null || !(f.trace.interp instanceof State st) || f.bytecode != st.marked) {
            return;
        }
        Tracing.Hooks h = Tracing.hooks();
        if (h.busy > 0) {
            return;
        }
        if (st.prev < 0) {
            // The generator resumes at its yield (prev_instr), for the handler's 'line' rule.
            st.prev = f.lasti;
        }
        if (Monitor.refresh(f, st)) {
            Monitor.thrown(f, st, e);
        }
        if (!legacy || (h.trace == null && h.profile == null)) {
            return;
        }
        if (h.trace != null) {
            callTrace(f, h, "call", PyNone.NONE, true, LineJump.OTHER, 0);
        }
        profile(f, h, "call", PyNone.NONE);
    }

    /**
     * An exception is being handled in F (Unwinder): 'c_exception' for a builtin that
     * raised it, 'exception' unless it is re-raised, and when no handler catches it,
     * 'return' with None as F is left. Compare ceval.c: monitor_raise, monitor_unwind.
     */
    static PyBaseException exception(Frame f, PyBaseException e, boolean reraise, int at, ExceptionTable.Entry handler) {
        if (f.trace == null || !(f.trace.interp instanceof State st) || f.bytecode != st.marked) {
            return e;
        }
        if (st.unmarked >= 0) {
            st.marked[st.unmarked] = MARK;
            st.unmarked = -1;
        }
        Tracing.Hooks h = Tracing.hooks();
        if (h.busy > 0) {
            return e;
        }
        if (h.trace != null || h.profile != null) {
            legacyException(f, st, h, e, reraise, handler != null);
        }
        if (Monitor.refresh(f, st)) {
            e = Monitor.exception(f, st, e, reraise, at, handler);
        }
        return e;
    }

    private static void legacyException(Frame f, State st, Tracing.Hooks h, PyBaseException e, boolean reraise,
                                        boolean handled) {
        if (st.cCall != null) {
            PyObject c = st.cCall;
            st.cCall = null;
            profile(f, h, "c_exception", c);
        }
        if (!reraise && h.trace != null && f.trace.fTrace != null) {
            PyObject tb = e.traceback == null ? PyNone.NONE : e.traceback;
            callTrace(f, h, "exception", PyTuple.of(e.type(), e, tb), false, LineJump.OTHER, 0);
        }
        if (!handled) {
            if (h.trace != null && f.trace.fTrace != null) {
                callTrace(f, h, "return", PyNone.NONE, false, LineJump.OTHER, 0);
            }
            profile(f, h, "return", PyNone.NONE);
        }
    }

    /**
     * Calls the trace function: the thread's for 'call', F's f_trace otherwise; a result
     * other than None becomes f_trace. When it raises, tracing stops and f_trace is
     * cleared. Compare sysmodule.c: trace_trampoline, call_trampoline.
     */
    private static void callTrace(Frame f, Tracing.Hooks h, String event, PyObject arg, boolean global,
                                  int what, int sp) {
        PyFrame.FrameTrace ft = f.traceState();
        PyObject fn = global ? h.trace : ft.fTrace;
        if (fn == null) {
            return;
        }
        State st = ft.interp instanceof State s ? s : null;
        if (st != null) {
            st.what = what;
            st.whatSp = sp;
        }
        PyObject r;
        h.busy++;
        try {
            r = Abstract.call(fn, f, PyStr.intern(event), arg);
        } catch (PyBaseException ex) {
            Tracing.setTrace(null);
            ft.fTrace = null;
            throw ex;
        } finally {
            h.busy--;
            if (st != null) {
                st.what = LineJump.NO_EVENT;
            }
            if (ft.fastAsLocals) {
                localsToFast(f, ft);
            }
        }
        if (r != PyNone.NONE) {
            ft.fTrace = r;
        }
    }

    /**
     * Writes a traced frame's f_locals dict, read during the trace call, back into its fast
     * locals and cells: what a debugger assigned there takes effect ("!x = 2" in pdb). A
     * local removed from the dict becomes None, with a RuntimeWarning. Compare
     * frameobject.c: PyFrame_LocalsToFast(frame, 1) as call_trampoline calls it.
     */
    private static void localsToFast(Frame f, PyFrame.FrameTrace ft) {
        ft.fastAsLocals = false;
        PyDict d = ft.localsDict;
        if (d == null || (f.code.flags & CodeObject.CO_OPTIMIZED) == 0) {
            return;
        }
        byte[] kinds = f.code.localspluskinds;
        for (int i = 0; i < f.nlocalsplus; i++) {
            PyStr name = f.code.localsplusNameObjects[i];
            PyObject value = d.get(name);
            PyObject old = f.fast[i];
            if ((kinds[i] & (CodeObject.CO_FAST_CELL | CodeObject.CO_FAST_FREE)) != 0 && old instanceof PyCell c) {
                c.value = value;
                continue;
            }
            if (value != old) {
                if (value == null) {
                    Abstract.warn(PyExc.RuntimeWarning, "assigning None to unbound local " + Abstract.repr(name));
                    value = PyNone.NONE;
                }
                f.fast[i] = value;
            }
        }
    }

    /**
     * {@code frame.f_lineno = VALUE}: a jump, when F's trace function is being told of an
     * event that allows one (see LineJump). The loop continues at the target (step).
     */
    static void setLineno(Frame f, PyObject value) {
        State st = f.trace != null && f.trace.interp instanceof State s && f.bytecode == s.marked ? s : null;
        int what = st == null ? LineJump.NO_EVENT : st.what;
        int sp = LineJump.jump(f, value, what, st == null ? 0 : st.whatSp);
        st.whatSp = sp;
        f.sp = sp;
        if (what != LineJump.YIELD) {
            st.jumped = true;
        }
    }

    /** Calls the profile function; its result is ignored. Compare sysmodule.c: profile_trampoline. */
    private static void profile(Frame f, Tracing.Hooks h, String event, PyObject arg) {
        PyObject fn = h.profile;
        if (fn == null) {
            return;
        }
        h.busy++;
        try {
            Abstract.call(fn, f, PyStr.intern(event), arg);
        } catch (PyBaseException ex) {
            Tracing.setProfile(null);
            throw ex;
        } finally {
            h.busy--;
        }
    }
}
