package org.pyvm.interp;

import org.pyvm.bytecode.ExceptionTable;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyTraceback;

/**
 * Zero-cost exception handling: when an error leaves the eval loop, add this frame to
 * the traceback (unless it is a RERAISE), find the handler covering the failed
 * instruction in co_exceptiontable, cut the stack to the handler's depth, push lasti
 * when asked and the exception, and continue at the handler. Compare CPython
 * Python/ceval.c (the error and exception_unwind labels) and
 * Objects/exception_handling_notes.txt.
 */
final class Unwinder {

    private Unwinder() {}

    static void handle(Frame f, PyBaseException e) {
        PyBaseException up = unwind(f, e);
        if (up != null) {
            throw up;
        }
    }

    /**
     * As {@link #handle}, but gives the exception that leaves F instead of throwing it
     * (null when a handler of F continues): Steps.unwindInline then passes it to the
     * caller running in the same loop without a Java throw and catch per frame.
     */
    static PyBaseException unwind(Frame f, PyBaseException e) {
        if (Thread.currentThread().isInterrupted()) {
            // An interrupt (KeyboardInterrupt, a time limit) that arrives while unwinding replaces the
            // exception. Bad bytecode can make a handler lead back to the instruction that raised,
            // looping with no backward jump (where interrupts are checked): a second interrupt during
            // this frame's unwinding leaves the frame, so such a loop always ends.
            PyBaseException ki = Steps.interrupted();
            if (ki != null) {
                ki.context = e;
                e = ki;
            }
            if (ki != null && ++f.interruptedUnwinds > 1) {
                for (int i = f.nlocalsplus; i < f.fast.length; i++) {
                    f.fast[i] = null;
                }
                return e;
            }
        }
        int at = f.lasti;
        boolean reraise = f.reraising;
        if (f.reraising) {
            f.reraising = false;
            if (f.unwindAt >= 0) {
                at = f.unwindAt;
            }
            f.unwindAt = -1;
        } else {
            if (e.traceback == null) {
                Steps.chainContext(e);
            }
            e.traceback = new PyTraceback(e.traceback, f, f.lasti);
        }
        ExceptionTable.Entry h = f.code.exceptions.handlerFor(at);
        if (f.trace != null) {
            // sys.settrace's and sys.monitoring's events; a monitoring callback that raises replaces E.
            e = Tracer.exception(f, e, reraise, at, h);
        }
        if (h == null) {
            // Clear the stack so nothing stays referenced from a finished frame.
            for (int i = f.nlocalsplus; i < f.fast.length; i++) {
                f.fast[i] = null;
            }
            return e;
        }
        int sp = f.nlocalsplus + h.depth();
        if (sp + (h.lasti() ? 2 : 1) > f.fast.length || h.target() < 0 || h.target() >= f.bytecode.length) {
            // Bad bytecode (a handler deeper than co_stacksize or outside co_code): the frame cannot continue.
            for (int i = f.nlocalsplus; i < f.fast.length; i++) {
                f.fast[i] = null;
            }
            PyBaseException bad = org.pyvm.runtime.PyErr.systemError("pyvm: bad exception table entry in "
                + f.code.name + " (handler at " + h.target() + ", depth " + h.depth() + ")");
            bad.context = e;
            return bad;
        }
        for (int i = sp; i < f.fast.length; i++) {
            f.fast[i] = null;
        }
        if (h.lasti()) {
            Eval.put(f.fast, sp++, PyInt.of(f.lasti));
        }
        Eval.put(f.fast, sp++, e);
        f.sp = sp;
        f.pc = h.target();
        f.kwnames = null;
        return null;
    }
}
