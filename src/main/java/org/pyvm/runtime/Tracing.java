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

        void clear() {
            trace = null;
            profile = null;
            busy = 0;
        }
    }

    /**
     * A profile function installed by a sys.monitoring tool (_lsprof's profiler): it gets
     * the profile events, but sys.getprofile() does not show it, as in CPython 3.12.
     */
    public interface MonitorHook {
    }

    /**
     * Whether any thread has a trace or profile function, or sys.monitoring has events
     * set (see Monitoring): frames entered then are instrumented (interp.Tracer).
     */
    public static volatile boolean active;

    /** sys.monitoring turned its events on or off altogether. */
    static void monitoringChanged(boolean on) {
        active = THREADS_HOOKED.get() > 0 || on;
        if (on) {
            // Frames running on this thread start reporting events (instrument_all_executing_code_objects).
            CodeRunner.get().tracingChanged();
        }
    }

    private static final AtomicInteger THREADS_HOOKED = new AtomicInteger();

    /** Every thread's hooks, for the *_all_threads setters (weak: a thread that ends drops out). */
    private static final java.util.Map<Thread, Hooks> ALL = new java.util.WeakHashMap<>();

    private static final ThreadLocal<Hooks> HOOKS = ThreadLocal.withInitial(() -> {
        Hooks h = new Hooks();
        synchronized (ALL) {
            ALL.put(Thread.currentThread(), h);
        }
        return h;
    });

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

    /**
     * sys._settraceallthreads / sys._setprofileallthreads: F (or null) for every live thread
     * that has run Python code, the calling one included; AUDIT runs once per thread, as
     * _PyEval_SetTrace audits for each thread state. Compare legacy_tracing.c:
     * _PyEval_SetTraceAllThreads.
     */
    public static void setAllThreads(PyObject f, boolean trace, Runnable audit) {
        hooks();
        java.util.List<java.util.Map.Entry<Thread, Hooks>> all;
        synchronized (ALL) {
            all = new java.util.ArrayList<>(ALL.entrySet());
        }
        for (java.util.Map.Entry<Thread, Hooks> e : all) {
            if (!e.getKey().isAlive()) {
                continue;
            }
            audit.run();
            Hooks h = e.getValue();
            synchronized (h) {
                boolean before = h.any();
                if (trace) {
                    h.trace = f;
                } else {
                    h.profile = f;
                }
                recount(h, before);
            }
            if (e.getKey() == Thread.currentThread() && h.any()) {
                CodeRunner.get().tracingChanged();
            }
        }
    }

    /**
     * The calling thread ends: it no longer traces or profiles, so that {@link #active}
     * (which keeps the JIT and fast paths off) does not stay on for a thread that is gone.
     */
    public static void threadEnded() {
        Hooks h = hooks();
        synchronized (h) {
            boolean before = h.any();
            h.clear();
            recount(h, before);
        }
        synchronized (ALL) {
            ALL.remove(Thread.currentThread());
        }
    }

    /** A new run in this JVM: no thread traces or profiles (an earlier run's may have). */
    public static void reset() {
        synchronized (ALL) {
            for (Hooks h : ALL.values()) {
                synchronized (h) {
                    h.clear();
                }
            }
        }
        THREADS_HOOKED.set(0);
        // (sys.monitoring's state is reset with the sys module: Monitoring.reset)
        Monitoring.on = false;
        active = false;
    }

    /** H's thread started or stopped tracing or profiling: the count behind {@link #active} follows. */
    private static void recount(Hooks h, boolean before) {
        boolean now = h.any();
        if (before != now) {
            active = THREADS_HOOKED.addAndGet(now ? 1 : -1) > 0 || Monitoring.on;
        }
    }

    private static void changed(Hooks h, boolean before) {
        recount(h, before);
        if (h.any()) {
            // Frames already running on this thread start reporting events (pdb's set_trace).
            CodeRunner.get().tracingChanged();
        }
    }
}
