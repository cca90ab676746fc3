package org.pyvm.modules.tkinter;

import java.lang.foreign.MemorySegment;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.pyvm.modules.corelib.NativeGil;
import org.pyvm.runtime.Interrupts;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * One Tcl interpreter and what _tkinter keeps about it (TkappObject's C fields: interp,
 * wantobjects, threaded, thread_id, dispatching), apart from the Python object so that
 * commands and the cleaner can refer to it without keeping the tkapp alive.
 *
 * <p>Threads. Debian's Tcl is built threaded: an interpreter belongs to the thread that made
 * it. As in CPython, the methods that run Tcl code directly (eval, exprs, mainloop...) raise
 * RuntimeError "Calling Tcl from different apartment" elsewhere, while call, the variable
 * methods and createcommand/deletecommand from another thread are handed to the owner
 * thread while it runs mainloop (waiting up to one second for it to start: "main thread is
 * not in main loop"). As in CPython a Tcl event on the owner thread runs the call there
 * (so mainloop, dooneevent and Tcl's own update and vwait serve it): the call waits on a
 * Java queue, and a Tcl event source of the interpreter queues the event that drains it
 * (see Callbacks.register), after Tcl_ThreadAlert woke the owner.
 * mainloop polls, Tcl_DoOneEvent(TCL_DONT_WAIT) then the busy-wait interval's sleep when
 * Tcl had nothing to do (CPython's loop for an unthreaded Tcl), so that a signal's handler
 * runs within that interval (pyvm's signals reach Python code between calls only).
 * The GIL is released around each call into Tcl that may run for a while, and Tcl's
 * callbacks into Python take it back (corelib.NativeGil).
 */
final class TclInterp {

    final MemorySegment interp;
    final Thread owner;
    /** Tcl_GetCurrentThread() of the owner, where other threads' calls are sent. */
    final MemorySegment threadId;
    /** This interpreter's key in the table Tcl events name it by. */
    final long id;
    final boolean threaded;
    volatile boolean wantobjects;
    volatile boolean dispatching;
    /** Calls from other threads for the owner thread to run (Tkapp_ThreadSend's events). */
    private final ConcurrentLinkedQueue<FutureTask<PyObject>> calls = new ConcurrentLinkedQueue<>();

    TclInterp(MemorySegment interp, boolean threaded, boolean wantobjects) {
        this.interp = interp;
        this.owner = Thread.currentThread();
        this.threadId = TclLib.currentThread();
        this.threaded = threaded;
        this.id = Callbacks.register(this);
        this.wantobjects = wantobjects;
    }

    boolean otherThread() {
        return threaded && Thread.currentThread() != owner;
    }

    /** check_tcl_appartment. */
    void checkApartment() {
        if (otherThread()) {
            throw PyErr.runtimeError("Calling Tcl from different apartment");
        }
    }

    /** Tkinter_Error: TclError with the interpreter's result. */
    PyBaseException error() {
        return PyErr.of(TkinterModule.tclError, unicodeResult());
    }

    /** Tkapp_UnicodeResult: 3.12 reads the result as a C string (it ends at a NUL byte). */
    PyStr unicodeResult() {
        return TclConvert.unicode(TclLib.bytesAt(TclLib.getStringResult(interp)));
    }

    /** Tkapp_ObjectResult. */
    PyObject objectResult() {
        MemorySegment value = TclLib.getObjResult(interp);
        if (!wantobjects) {
            return TclConvert.unicode(value);
        }
        TclLib.incrRef(value);
        try {
            return TclConvert.fromObj(this, value);
        } finally {
            TclLib.decrRef(value);
        }
    }

    /** A call into Tcl with the GIL released (ENTER_TCL ... LEAVE_TCL). */
    static int tcl(IntSupplier call) {
        boolean released = NativeGil.begin();
        try {
            return call.getAsInt();
        } finally {
            NativeGil.end(released);
        }
    }

    static <T> T tclGet(Supplier<T> call) {
        boolean released = NativeGil.begin();
        try {
            return call.get();
        } finally {
            NativeGil.end(released);
        }
    }

    /**
     * WORK on the owner thread: at once when this is it (or Tcl is not threaded), else handed
     * to the owner's mainloop and waited for. Compare Tkapp_Call, var_invoke, Tkapp_ThreadSend.
     */
    PyObject onOwner(Supplier<PyObject> work) {
        if (!otherThread()) {
            return work.get();
        }
        waitForMainloop();
        FutureTask<PyObject> task = new FutureTask<>(work::get);
        calls.add(task);
        // Wake the owner's Tcl event loop (mainloop, update, dooneevent) to run the call.
        Callbacks.sendCalls(this);
        boolean released = NativeGil.begin();
        try {
            while (true) {
                try {
                    return task.get(50, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // still queued or running: wait on
                } catch (InterruptedException e) {
                    Thread.interrupted();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof RuntimeException r) {
                        throw r;
                    }
                    if (c instanceof Error r) {
                        throw r;
                    }
                    throw new IllegalStateException(c);
                }
            }
        } finally {
            NativeGil.end(released);
        }
    }

    /** WaitForMainloop: up to a second for the owner thread to start dispatching. */
    private void waitForMainloop() {
        for (int i = 0; i < 10; i++) {
            if (dispatching) {
                return;
            }
            boolean released = NativeGil.begin();
            try {
                LockSupport.parkNanos(100_000_000L);
            } finally {
                NativeGil.end(released);
            }
        }
        if (!dispatching) {
            throw PyErr.runtimeError("main thread is not in main loop");
        }
    }

    private final java.util.concurrent.atomic.AtomicBoolean eventQueued = new java.util.concurrent.atomic.AtomicBoolean();

    boolean hasQueuedCalls() {
        return !calls.isEmpty();
    }

    /** True when no event for the calls was queued yet (and now one is). */
    boolean markEventQueued() {
        return eventQueued.compareAndSet(false, true);
    }

    void clearEventQueued() {
        eventQueued.set(false);
    }

    /** Runs the calls other threads queued (on the owner thread, holding the GIL). */
    void runQueuedCalls() {
        FutureTask<PyObject> t;
        while ((t = calls.poll()) != null) {
            t.run();
        }
    }

    /** Sleep the busy-wait interval with the GIL released (mainloop's Sleep). */
    static void sleepMillis(int ms) {
        if (ms <= 0) {
            return;
        }
        boolean released = NativeGil.begin();
        try {
            LockSupport.parkNanos(ms * 1_000_000L);
        } finally {
            NativeGil.end(released);
        }
    }

    /** PyErr_CheckSignals: run pending signal handlers on the main thread; their exception propagates. */
    static void checkSignals() {
        if (Interrupts.tripped && Interrupts.isMainThread()) {
            Thread.interrupted();
            PyBaseException e = Interrupts.runPending();
            if (e != null) {
                throw e;
            }
        }
    }

    // ---- deferred releases: Tcl objects and interpreters belong to the thread that made them

    private record Release(Thread thread, Runnable action) {}

    private static final ConcurrentLinkedQueue<Release> RELEASES = new ConcurrentLinkedQueue<>();

    /** ACTION (a decrement or an interpreter's deletion) to run later on THREAD. */
    static void releaseLater(Thread thread, Runnable action) {
        RELEASES.add(new Release(thread, action));
    }

    /** Runs the releases that belong to the current thread (called on entry to _tkinter calls). */
    static void runReleases() {
        if (RELEASES.isEmpty()) {
            return;
        }
        Thread me = Thread.currentThread();
        int n = RELEASES.size();
        for (int i = 0; i < n; i++) {
            Release r = RELEASES.poll();
            if (r == null) {
                return;
            }
            if (r.thread == me) {
                r.action.run();
            } else if (r.thread.isAlive()) {
                RELEASES.add(r);
            }
            // a dead thread's Tcl memory went with it
        }
    }

    static PyBaseException valueErrorNul() {
        return PyErr.of(PyExc.ValueError, "embedded null character");
    }
}
