package org.pyvm.interp;

import org.pyvm.runtime.PyBaseException;

/**
 * Per-thread interpreter state: the innermost frame, the recursion depth and the
 * exception being handled (sys.exc_info()). Compare CPython Include/cpython/pystate.h:
 * PyThreadState.
 */
final class ThreadState {

    private static final ThreadLocal<ThreadState> CURRENT = ThreadLocal.withInitial(ThreadState::register);
    /** Every thread's state, for faulthandler (weak: a finished thread drops out). */
    private static final java.util.Map<Thread, ThreadState> ALL =
        java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The main thread of the run this thread first ran Python code in (threads of earlier in-JVM runs are left out). */
    private Thread run;

    private static ThreadState register() {
        ThreadState t = new ThreadState();
        t.run = org.pyvm.runtime.Interrupts.mainThread();
        ALL.put(Thread.currentThread(), t);
        return t;
    }

    /** The innermost frame of each live thread of this run (see CodeRunner.threadFrames). */
    static java.util.Map<Thread, org.pyvm.runtime.PyFrame> frames() {
        java.util.Map<Thread, org.pyvm.runtime.PyFrame> m = new java.util.HashMap<>();
        synchronized (ALL) {
            for (java.util.Map.Entry<Thread, ThreadState> e : ALL.entrySet()) {
                Thread main = org.pyvm.runtime.Interrupts.mainThread();
                if (e.getKey().isAlive() && (e.getKey() == main || e.getValue().run == main)) {
                    Frame f = e.getValue().frame;
                    if (f != null) {
                        // Python code may keep it (sys._current_frames, gc's referrers): not reused (Steps.recycle).
                        f.expose();
                    }
                    m.put(e.getKey(), f);
                }
            }
        }
        return m;
    }

    /** The exception each live thread of this run is handling (see CodeRunner.threadExceptions). */
    static java.util.Map<Thread, PyBaseException> exceptions() {
        java.util.Map<Thread, PyBaseException> m = new java.util.HashMap<>();
        synchronized (ALL) {
            for (java.util.Map.Entry<Thread, ThreadState> e : ALL.entrySet()) {
                Thread main = org.pyvm.runtime.Interrupts.mainThread();
                if (e.getKey().isAlive() && (e.getKey() == main || e.getValue().run == main)) {
                    m.put(e.getKey(), e.getValue().topmostHandled());
                }
            }
        }
        return m;
    }

    /**
     * The id of the thread this state belongs to (not the Thread: ALL holds states weakly
     * keyed by their threads, and a strong reference back would keep every entry alive).
     */
    private final long threadId = Thread.currentThread().threadId();
    Frame frame;
    int depth;
    /** The exception being handled by an except or finally block, or null. */
    PyBaseException handled;
    /**
     * While a generator runs, the exception its caller's frames were handling (or null):
     * a generator has an exception state of its own ({@link #handled} while it runs), and
     * sys.exception() and implicit chaining look below it when it is None. Compare CPython
     * pyerrors.c: _PyErr_GetTopmostException (walking exc_info->previous_item).
     */
    PyBaseException handledBelow;

    /** The exception being handled as sys.exception() sees it: this frame's, else a caller's below a generator. */
    PyBaseException topmostHandled() {
        return handled != null ? handled : handledBelow;
    }

    /**
     * The state last looked up, by any thread: with the GIL one thread runs Python at a
     * time, so it is nearly always the caller's, and checking its owner is cheaper than a
     * ThreadLocal look-up (every call from Java code into a Python function makes one).
     * Read racily on purpose: whatever state is read is checked against the caller.
     */
    private static ThreadState last;

    /** Whether this is the calling thread's state. */
    boolean isCurrent() {
        return threadId == Thread.currentThread().threadId();
    }

    static ThreadState get() {
        ThreadState ts = last;
        if (ts != null && ts.isCurrent()) {
            return ts;
        }
        ts = CURRENT.get();
        last = ts;
        return ts;
    }
}
