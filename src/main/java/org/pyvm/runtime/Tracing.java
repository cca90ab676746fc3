package org.pyvm.runtime;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * sys.settrace and sys.setprofile state: per thread, as in CPython (c_tracefunc and
 * c_profilefunc of the thread state), with one global flag, {@link #active}, that the
 * interpreter reads once per frame entry: while no thread traces or profiles, tracing
 * costs that one read. The interpreter implements the events (see interp.Tracer);
 * this class only holds the functions. Compare CPython Python/legacy_tracing.c:
 * _PyEval_SetTrace, _PyEval_SetProfile.
 */
public final class Tracing {

    private Tracing() {}

    /** A thread's trace and profile functions (null: none). */
    public static final class Hooks {
        public PyObject trace;
        public PyObject profile;
        /** Above 0 while a trace or profile function runs: no events then (CPython: tstate->tracing). */
        public int busy;

        boolean any() {
            return trace != null || profile != null;
        }
    }

    /** Whether any thread has a trace or profile function. */
    public static volatile boolean active;

    private static final AtomicInteger THREADS_HOOKED = new AtomicInteger();

    private static final ThreadLocal<Hooks> HOOKS = ThreadLocal.withInitial(Hooks::new);

    /** The current thread's functions. */
    public static Hooks hooks() {
        return HOOKS.get();
    }

    /** sys.settrace(f): F or null. */
    public static void setTrace(PyObject f) {
        Hooks h = hooks();
        boolean before = h.any();
        h.trace = f;
        changed(h, before);
    }

    /** sys.setprofile(f): F or null. */
    public static void setProfile(PyObject f) {
        Hooks h = hooks();
        boolean before = h.any();
        h.profile = f;
        changed(h, before);
    }

    private static void changed(Hooks h, boolean before) {
        boolean now = h.any();
        if (before != now) {
            active = THREADS_HOOKED.addAndGet(now ? 1 : -1) > 0;
        }
        if (now) {
            // Frames already running on this thread start reporting events (pdb's set_trace).
            CodeRunner.get().tracingChanged();
        }
    }
}
