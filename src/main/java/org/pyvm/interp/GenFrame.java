package org.pyvm.interp;

import org.pyvm.bytecode.Opcode;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.GeneratorFrame;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFrame;
import org.pyvm.runtime.PyGenerator;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;

/**
 * A generator's frame, resumable because the eval loop keeps all its state in the
 * {@link Frame}: pc and stack. Resuming pushes the sent value (the value of the paused
 * yield expression) and re-enters the loop. Compare CPython Objects/genobject.c:
 * gen_send_ex2 and _gen_throw.
 */
final class GenFrame implements GeneratorFrame {

    final Frame f;
    /** Set at the first resumption (here or in place, Steps.resumeInline). */
    boolean started;
    private PyObject returnValue = PyNone.NONE;
    /**
     * While the frame runs in its caller's loop (Steps.resumeInline; Frame.inPlace is this):
     * its generator and where the caller continues when the frame returns (its FOR_ITER's
     * END_FOR, its SEND's target). The generator is dropped when the frame leaves: a
     * suspended frame must not keep it alive (see GenFinalizer). While the frame runs by
     * either path: the caller's exception state ({@link #enterExcState}).
     */
    PyGenerator gen;
    PyBaseException outerHandled;
    PyBaseException outerBelow;
    int exit;

    GenFrame(Frame f) {
        this.f = f;
    }

    /**
     * The generator's own exception state (genobject.c: gi_exc_state) replaces the caller's
     * in TS while the frame runs; the caller's is kept in outerHandled/outerBelow, stored
     * only when one is set (both are null whenever the frame is not running).
     */
    void enterExcState(ThreadState ts) {
        PyBaseException handled = ts.handled;
        PyBaseException below = ts.handledBelow;
        if (handled != null || below != null) {
            outerHandled = handled;
            outerBelow = below;
            ts.handledBelow = handled != null ? handled : below;
        }
        PyBaseException own = f.savedHandled;
        if (own != handled) {
            ts.handled = own;
        }
    }

    /** The frame stops running (yield, return, error): its state is saved and the caller's restored. */
    void leaveExcState(ThreadState ts) {
        PyBaseException own = ts.handled;
        if (f.savedHandled != own) {
            f.savedHandled = own;
        }
        PyBaseException handled = outerHandled;
        PyBaseException below = outerBelow;
        if (own != handled) {
            ts.handled = handled;
        }
        if (handled != null || below != null) {
            ts.handledBelow = below;
            outerHandled = null;
            outerBelow = null;
        }
    }

    @Override
    public PyFrame frame() {
        return f;
    }

    @Override
    public boolean started() {
        return started;
    }

    @Override
    public PyObject delegate() {
        return started && !f.yielded ? null : (started && pausedInYieldFrom() ? f.fast[f.sp - 1] : null);
    }

    @Override
    public PyObject returnValue() {
        return returnValue;
    }

    @Override
    public PyObject resume(PyObject sent, PyBaseException thrown) {
        return resume(sent, thrown, true);
    }

    @Override
    public PyObject resume(PyObject sent, PyBaseException thrown, boolean closeOnGenExit) {
        // The thread that ran this frame last is usually the one resuming it: its state
        // is then at hand without a ThreadLocal look-up.
        ThreadState ts = f.ts;
        if (ts == null || !ts.isCurrent()) {
            ts = ThreadState.get();
            f.ts = ts;
        }
        if (++ts.depth > org.pyvm.runtime.PyRuntime.recursionLimit) {
            ts.depth--;
            throw Errors.recursion();
        }
        f.back = ts.frame;
        ts.frame = f;
        enterExcState(ts);
        if (org.pyvm.runtime.Tracing.active || f.bytecode != f.code.bytecode) {
            Tracer.enter(f);
        }
        try {
            boolean wasStarted = started;
            started = true;
            if (f.resumeAt >= 0) {
                // The trace function jumped while the generator yielded (LineJump).
                f.pc = f.lasti = f.resumeAt;
                f.resumeAt = -1;
                if (f.trace != null) {
                    f.trace.lineno = 0;
                }
            }
            if (thrown != null) {
                if (wasStarted && pausedInYieldFrom()) {
                    PyObject r = throwIntoDelegate(thrown, closeOnGenExit);
                    if (r != null) {
                        return r;
                    }
                } else {
                    raiseThrown(thrown, true);
                }
            } else {
                if (!skipResume(sent)) {
                    Eval.put(f.fast, f.sp++, sent);
                }
                DataLoop.resumed(f);
                if (Steps.atYield(f)) {
                    // DataLoop ran the body up to the next yield: that is done here, as
                    // Eval.loop's YIELD_VALUE does, without entering the loop.
                    PyObject v = Steps.popYield(f);
                    f.yielded = true;
                    return v;
                }
            }
            f.yielded = false;
            PyObject r = Eval.run(f);
            if (f.yielded) {
                return r;
            }
            returnValue = r;
            return null;
        } finally {
            leaveExcState(ts);
            ts.frame = f.back;
            f.back = null;
            ts.depth--;
        }
    }

    /**
     * Resuming with SENT, not traced: the RESUME after the paused yield (whose only work
     * without tracing is the eval breaker) is skipped while no break is requested, and so is
     * the POP_TOP after it when the value is None (a plain yield statement drops it); true
     * when that consumed the value. As Steps.resumeInline does.
     */
    boolean skipResume(PyObject sent) {
        int at = f.pc;
        byte[] c = f.bytecode;
        if (c != f.code.bytecode || at + 2 >= c.length || (c[at] & 0xff) != Opcode.RESUME
                || org.pyvm.runtime.Gil.dropRequest) {
            return false;
        }
        int resumeArg = c[at + 1] & 0xff;
        at += 2;
        int next = c[at] & 0xff;
        if (sent == PyNone.NONE && next == Opcode.POP_TOP) {
            at += 2;
            if ((c[at] & 0xff) == Opcode.JUMP_BACKWARD && !Thread.currentThread().isInterrupted()) {
                // `for x in it: yield ...`: the loop's jump back is taken here too. Its other
                // work is done or moot: the eval breaker was just looked at, and generator
                // code is never compiled by the JIT (JitHook.compileNow), whose loop count it is.
                int target = at + 2 + 2 * Opcode.cacheEntries(Opcode.JUMP_BACKWARD) - 2 * (c[at + 1] & 0xff);
                if (target >= 0) {
                    at = target;
                }
            }
            f.pc = at;
            return true;
        }
        if (resumeArg >= 2 && next == Opcode.JUMP_BACKWARD_NO_INTERRUPT) {
            // A yield from / await: the loop's jump back to its SEND (which takes the sent
            // value) is skipped too, as the compiler lays the loop out (compile.c:
            // compiler_add_yield_from: SEND, YIELD_VALUE, RESUME, JUMP_BACKWARD_NO_INTERRUPT).
            int send = at + 2 - 2 * (c[at + 1] & 0xff);
            if (send >= 0 && (c[send] & 0xff) == Opcode.SEND) {
                f.pc = send;
                return false;
            }
        }
        f.pc = at;
        return false;
    }

    /**
     * Whether a handler other than the generator's implicit StopIteration one (whose
     * target is CALL_INTRINSIC_1 INTRINSIC_STOPITERATION_ERROR) covers the paused yield.
     */
    @Override
    public boolean closeOnCollect() {
        if (!f.cache.handledYields) {
            return false;
        }
        // Asked after every yield: the answer for each yield instruction is kept in the
        // code's cache slot of that instruction (YIELD_VALUE has no other use for it).
        Object[] entries = f.cache.entries;
        int at = f.lasti >> 1;
        if (entries[at] instanceof Boolean b) {
            return b;
        }
        boolean r = handledInside();
        entries[at] = r;
        return r;
    }

    private boolean handledInside() {
        return handledInside(f.code, f.lasti);
    }

    /** Whether a handler of CODE's own covers offset AT (see {@link #closeOnCollect}). */
    private static boolean handledInside(org.pyvm.runtime.PyCode code, int at) {
        org.pyvm.bytecode.ExceptionTable.Entry h = code.exceptions.handlerFor(at);
        if (h == null) {
            return false;
        }
        int t = h.target();
        byte[] c = code.bytecode; // (not a traced copy: its markers hide the opcodes)
        return !(t + 1 < c.length && (c[t] & 0xff) == Opcode.CALL_INTRINSIC_1 && (c[t + 1] & 0xff) == 3);
    }

    /** Whether any YIELD_VALUE of CODE is covered by a handler of its own (CodeCache.handledYields). */
    static boolean anyYieldHandled(org.pyvm.runtime.PyCode code) {
        byte[] c = code.bytecode;
        for (int p = 0; p + 1 < c.length; p += 2 + 2 * Opcode.cacheEntries(c[p] & 0xff)) {
            if ((c[p] & 0xff) == Opcode.YIELD_VALUE && handledInside(code, p)) {
                return true;
            }
        }
        return false;
    }

    /** RESUME with an argument of 2 or more after the paused YIELD_VALUE marks a yield from / await. */
    private boolean pausedInYieldFrom() {
        byte[] code = f.code.bytecode;
        return f.pc + 1 < code.length && (code[f.pc] & 0xff) == Opcode.RESUME && (code[f.pc + 1] & 0xff) >= 2;
    }

    /**
     * Throws into the iterator a yield from is delegating to. Returns its next yielded
     * value, or null once this frame has been set to continue (after the delegate
     * finished or the exception was raised here).
     */
    /**
     * The delegate's error continues in this frame: thrown in as genobject.c's _gen_throw
     * does with gen_send_ex(gen, None, 1), which reports sys.monitoring's PY_THROW.
     */
    private void raiseHere(PyBaseException e) {
        chainOwnHandled(e);
        if (f.trace != null) {
            Tracer.thrown(f, e, false);
        }
        Unwinder.handle(f, e);
    }

    /**
     * Raises E, thrown in by the generator's caller, at the paused yield, as gen_send_ex2
     * does with exc=1: E's __context__ becomes the exception the generator itself was
     * handling when it paused, and never the one its caller is handling, which the
     * unwinder's implicit chaining would otherwise find below it. FIRST: not through a
     * delegate (the PY_THROW event's form).
     */
    private void raiseThrown(PyBaseException e, boolean first) {
        chainOwnHandled(e);
        ThreadState ts = f.ts;
        PyBaseException below = ts.handledBelow;
        ts.handledBelow = null;
        try {
            if (f.trace != null) {
                Tracer.thrown(f, e, first);
            }
            Unwinder.handle(f, e);
        } finally {
            ts.handledBelow = below;
        }
    }

    /** E's context: the exception this generator was handling when it paused, if any. Compare errors.c: _PyErr_ChainStackItem. */
    private void chainOwnHandled(PyBaseException e) {
        PyBaseException own = f.ts.handled;
        if (own != null && own != e) {
            Steps.chainContext(e);
        }
    }

    private PyObject throwIntoDelegate(PyBaseException thrown, boolean closeOnGenExit) {
        PyObject yf = f.fast[f.sp - 1];
        if (closeOnGenExit && thrown.matches(PyExc.GeneratorExit)) {
            try {
                if (yf instanceof PyGenerator g) {
                    // A generator or a coroutine: gen_close_iter closes both directly.
                    PyGenerator.close(g);
                } else {
                    PyObject close = Abstract.lookupAttr(yf, "close");
                    if (close != null) {
                        Abstract.call(close);
                    }
                }
            } catch (PyBaseException e) {
                raiseHere(e);
                return null;
            }
            raiseThrown(thrown, false);
            return null;
        }
        PyObject v;
        try {
            if (yf instanceof PyGenerator g) {
                v = closeOnGenExit ? g.step(null, thrown) : g.stepKeepingGenExit(thrown);
                if (v == null) {
                    finishSend(g.lastReturn);
                    return null;
                }
                return v;
            }
            PyObject meth = Abstract.lookupAttr(yf, "throw");
            if (meth == null) {
                raiseThrown(thrown, false);
                return null;
            }
            return Abstract.call(meth, thrown);
        } catch (PyBaseException e) {
            if (e.matches(PyExc.StopIteration) && !(yf instanceof PyGenerator)) {
                PyObject r = e.firstArg();
                finishSend(r == null ? PyNone.NONE : r);
                return null;
            }
            raiseHere(e);
            return null;
        }
    }

    /** Completes the SEND loop as if the delegate returned VALUE: jump to SEND's target with it. */
    private void finishSend(PyObject value) {
        byte[] code = f.code.bytecode;
        int jump = f.pc + 2;
        int jumpArg = code[jump + 1] & 0xff;
        int sendAt = jump + 2 - 2 * jumpArg;
        int sendArg = code[sendAt + 1] & 0xff;
        Eval.put(f.fast, f.sp++, value);
        f.pc = sendAt + 2 + 2 * Opcode.cacheEntries(Opcode.SEND) + 2 * sendArg;
    }
}
