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
                    m.put(e.getKey(), e.getValue().frame);
                }
            }
        }
        return m;
    }

    Frame frame;
    int depth;
    /** The exception being handled by an except or finally block, or null. */
    PyBaseException handled;

    static ThreadState get() {
        return CURRENT.get();
    }
}
