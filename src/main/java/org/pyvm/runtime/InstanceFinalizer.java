package org.pyvm.runtime;

import java.util.List;
import java.util.Set;

/**
 * __del__ of instances of Python classes (CPython's tp_finalize, typeobject.c:
 * slot_tp_finalize): an instance of a class that has __del__ is made as one of the
 * watched kinds below, which hold a {@link Finalization.Trigger}, so that __del__ runs on
 * the very instance once the JVM has found it unreachable (at gc.collect() or the next
 * eval-breaker check, see {@link Finalization}), and, for those still reachable, at exit
 * ({@link #atExit}). Plain instances, and subclasses of tuple, dict, list and set are
 * watched; instances of classes with other builtin bases are not.
 *
 * <p>The difference from CPython, which runs __del__ when the last reference goes: here
 * it runs once the collector has run (a program that never calls gc.collect() may see
 * __del__ run only at exit).
 */
public final class InstanceFinalizer {

    private InstanceFinalizer() {}

    /** A new instance of CLS (a class with __del__), watched. Compare typeobject.c: subtype_dealloc's finalizer call. */
    static PyInstance track(PyType cls) {
        return new Tracked(cls);
    }

    /** A plain instance with a finalizer trigger. */
    static final class Tracked extends PyInstance implements Finalization.Watched {
        private final Finalization.Trigger fin;

        Tracked(PyType cls) {
            super(cls);
            this.fin = Finalization.watchInstance(this);
        }

        @Override
        public Finalization.Trigger trigger() {
            return fin;
        }
    }

    /** A new instance of CLS (a subclass of tuple with __del__) holding ITEMS, watched. */
    static PyTuple trackTuple(PyType cls, PyObject[] items) {
        return new TrackedTuple(cls, items);
    }

    static final class TrackedTuple extends PyTupleSubclass implements Finalization.Watched {
        private final Finalization.Trigger fin;

        TrackedTuple(PyType cls, PyObject[] items) {
            super(cls, items);
            this.fin = Finalization.watchInstance(this);
        }

        @Override
        public Finalization.Trigger trigger() {
            return fin;
        }
    }

    /** A new instance of CLS (a subclass of dict with __del__), watched. */
    static PyDict trackDict(PyType cls) {
        return new TrackedDict(cls);
    }

    static final class TrackedDict extends PyDictSubclass implements Finalization.Watched {
        private final Finalization.Trigger fin;

        TrackedDict(PyType cls) {
            super(cls);
            this.fin = Finalization.watchInstance(this);
        }

        @Override
        public Finalization.Trigger trigger() {
            return fin;
        }
    }

    /**
     * At exit (interpreter teardown): __del__ of every tracked instance whose __del__ has
     * not run yet, oldest first. Those already unreachable (CPython would have finalized
     * them when their last reference went) go first, as at gc.collect(); then those still
     * reachable, as CPython's finalize_modules drops the modules' references and its last
     * collections finalize what they held: their errors are printed without source lines,
     * as there (the module dicts stay intact here while __del__ runs). Last come those the
     * sys module's dict keeps alive ({@link SysHeld}), which CPython finalizes only once it
     * has wiped that dict: they run with sys.stdin, stdout, stderr and unraisablehook None,
     * so that what they print or raise goes nowhere, as there. Instances made by these
     * calls are left. Compare pylifecycle.c: finalize_modules, gcmodule.c: _PyGC_CollectNoFail.
     */
    public static void atExit() {
        if (RUNNING.get() != null || !Finalization.anyAtExit()) {
            return;
        }
        // Those already unreachable first, as at gc.collect().
        Finalization.collectNow();
        List<Finalization.Trigger> rest = Finalization.takeLiveAtExit();
        if (rest.isEmpty()) {
            return;
        }
        Set<Finalization.Trigger> held = SysHeld.finalizers();
        PyDict sys = PyRuntime.modules.getStr("sys") instanceof PyModule m ? m.getDict() : new PyDict();
        PyObject[] saved = new PyObject[WIPED.length];
        for (int i = 0; i < WIPED.length; i++) {
            saved[i] = sys.getStr(WIPED[i]);
        }
        RUNNING.set(Boolean.TRUE);
        TracebackPrinter.tearingDown = true;
        try {
            // sys.stdin/stdout/stderr are the original streams again (finalize_modules_delete_special).
            for (int i = 0; i < 3; i++) {
                PyObject orig = sys.getStr("__" + WIPED[i] + "__");
                sys.setStr(WIPED[i], orig != null ? orig : PyNone.NONE);
            }
            runDels(rest, held, false);
            if (!held.isEmpty()) {
                for (String name : WIPED) {
                    sys.setStr(name, PyNone.NONE);
                }
                runDels(rest, held, true);
            }
        } finally {
            // (put back for the flush that ends the run)
            for (int i = 0; i < WIPED.length; i++) {
                if (saved[i] != null) {
                    sys.setStr(WIPED[i], saved[i]);
                }
            }
            TracebackPrinter.tearingDown = false;
            RUNNING.remove();
        }
    }

    private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();

    /** The sys entries finalizers of what sys holds find None (stdin, stdout, stderr first). */
    private static final String[] WIPED = {"stdin", "stdout", "stderr", "unraisablehook"};

    /** Runs __del__ of those in REST that are (HELD) or are not in HELD. */
    private static void runDels(List<Finalization.Trigger> rest, Set<Finalization.Trigger> held, boolean inHeld) {
        for (Finalization.Trigger t : rest) {
            if (held.contains(t) == inHeld) {
                Finalization.runNow(t);
            }
        }
    }
}
