package org.pyvm.modules.gc;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.weakref.WeakRefs;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyComplex;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PySet;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * The gc module over the JVM's collector. There are no reference counts and no
 * generations here: {@code collect()} asks the JVM for a full collection
 * ({@code System.gc()}) and then runs the callbacks of the weak references it cleared
 * ({@link WeakRefs#collect()}), so that "del x; gc.collect()" makes x's weakrefs dead as in
 * CPython. It returns 0 (the JVM does not say how many objects it freed). enable/disable
 * only keep the flag (the JVM's collector cannot be switched off); thresholds are kept and
 * reported but steer nothing; get_count is (0, 0, 0). get_referrers walks what is reachable
 * from sys.modules and the threads' frames ({@link HeapWalk}), and get_objects gives the
 * tracked objects found there (all in the oldest generation). Compare CPython Modules/gcmodule.c.
 */
public final class GcModule {

    private GcModule() {}

    private static volatile boolean enabled = true;
    private static volatile long debug;
    private static final long[] THRESHOLD = {700, 10, 10};
    private static final long[] COLLECTIONS = new long[3];
    private static int freezeCount;

    public static PyModule create() {
        PyModule m = new PyModule("gc");
        m.addFunctions(GcModule.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("This module provides access to the garbage collector for reference cycles."));
        d.setStr("garbage", new PyList());
        d.setStr("callbacks", new PyList());
        d.setStr("DEBUG_STATS", PyInt.of(1));
        d.setStr("DEBUG_COLLECTABLE", PyInt.of(2));
        d.setStr("DEBUG_UNCOLLECTABLE", PyInt.of(4));
        d.setStr("DEBUG_SAVEALL", PyInt.of(32));
        d.setStr("DEBUG_LEAK", PyInt.of(38));
        return m;
    }

    /** PyGC_Enable (ON true) / PyGC_Disable: sets gc.isenabled() and returns the state before. */
    public static boolean setEnabled(boolean on) {
        boolean old = enabled;
        enabled = on;
        return old;
    }

    /** PyGC_IsEnabled. */
    public static boolean isEnabled() {
        return enabled;
    }

    @ExposedMethod
    static void enable() {
        enabled = true;
    }

    @ExposedMethod
    static void disable() {
        enabled = false;
    }

    @ExposedMethod
    static boolean isenabled() {
        return enabled;
    }

    /**
     * Whether gc.collect() is running (gcstate->collecting), callbacks and the finalizers it
     * runs included: faulthandler reports "Garbage-collecting" then, and a collect() called
     * meanwhile (from a __del__ or a callback) returns 0 at once.
     */
    private static volatile boolean collecting;

    public static boolean isCollecting() {
        return collecting;
    }

    /** collect(generation=2): ValueError "invalid generation" outside 0..2. Compare gc_collect_impl. */
    @ExposedMethod
    static long collect(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("collect", args, kw, 0, 1, "generation");
        long gen = a[0] == null ? 2 : Abstract.index(a[0]).intValue();
        if (gen < 0 || gen > 2) {
            throw PyErr.valueError("invalid generation");
        }
        if (collecting) {
            return 0;
        }
        collecting = true;
        try {
            collectWithCallbacks((int) gen);
        } finally {
            collecting = false;
        }
        return 0;
    }

    /** Compare gc_collect_with_callback. */
    private static void collectWithCallbacks(int gen) {
        invokeCallbacks("start", (int) gen);
        // CPython frees, in the same collection, what only its finalized garbage held; here
        // the locals of a generator this collection closed take one more JVM collection,
        // done only then (a __del__'d object's attributes wait for the next collect, as
        // before: a second full collection each time would double gc.collect's cost).
        for (int round = 0; round < 2; round++) {
            long closed = org.pyvm.runtime.GenFinalizer.finalizedCount();
            long sentinel = org.pyvm.runtime.Finalization.beforeCollection();
            WeakRefs.collect();
            org.pyvm.runtime.Finalization.collected(sentinel);
            org.pyvm.runtime.GenFinalizer.collected();
            if (org.pyvm.runtime.GenFinalizer.finalizedCount() == closed) {
                break;
            }
        }
        synchronized (COLLECTIONS) {
            COLLECTIONS[(int) gen]++;
        }
        invokeCallbacks("stop", (int) gen);
    }

    /** Calls each of gc.callbacks with (phase, info). Compare gcmodule.c: invoke_gc_callback. */
    private static void invokeCallbacks(String phase, int gen) {
        PyObject cbs = PyRuntime.builtinModule("gc").getDict().getStr("callbacks");
        if (!(cbs instanceof PyList list) || list.size() == 0) {
            return;
        }
        PyDict info = new PyDict();
        info.setStr("generation", PyInt.of(gen));
        info.setStr("collected", PyInt.of(0));
        info.setStr("uncollectable", PyInt.of(0));
        for (PyObject cb : list.toArray()) {
            try {
                Abstract.call(cb, PyStr.of(phase), info);
            } catch (PyBaseException e) {
                // Compare gcmodule.c: invoke_gc_callback (PyErr_WriteUnraisable(cb)).
                org.pyvm.runtime.Unraisable.report(e, cb);
            }
        }
    }

    @ExposedMethod
    static long get_debug() {
        return debug;
    }

    @ExposedMethod
    static void set_debug(PyObject flags) {
        debug = Abstract.index(flags).intValue();
    }

    @ExposedMethod
    static PyObject get_count() {
        return PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0));
    }

    @ExposedMethod
    static PyObject get_threshold() {
        synchronized (THRESHOLD) {
            return PyTuple.of(PyInt.of(THRESHOLD[0]), PyInt.of(THRESHOLD[1]), PyInt.of(THRESHOLD[2]));
        }
    }

    /** set_threshold(threshold0[, threshold1[, threshold2]]). */
    @ExposedMethod
    static void set_threshold(PyObject[] args, String[] kw) {
        Args.noKeywords("set_threshold", kw);
        if (args.length < 1) {
            throw PyErr.typeError("set_threshold() takes at least 1 argument (0 given)");
        }
        if (args.length > 3) {
            throw PyErr.typeError("set_threshold() takes at most 3 arguments (" + args.length + " given)");
        }
        synchronized (THRESHOLD) {
            for (int i = 0; i < args.length; i++) {
                THRESHOLD[i] = Abstract.index(args[i]).intValue();
            }
        }
    }

    @ExposedMethod
    static PyObject get_stats() {
        PyList l = new PyList();
        synchronized (COLLECTIONS) {
            for (long c : COLLECTIONS) {
                PyDict d = new PyDict();
                d.setStr("collections", PyInt.of(c));
                d.setStr("collected", PyInt.of(0));
                d.setStr("uncollectable", PyInt.of(0));
                l.append(d);
            }
        }
        return l;
    }

    /**
     * Whether CPython's collector would track O: instances of Python classes and those
     * classes, and containers; not atoms (numbers, strings, bytes, bytearray, range, the
     * singletons, a bare object()), not the builtin types (but those CPython makes from a spec:
     * PyType.markFromSpec), not the empty tuple, and not a
     * dict holding no container (CPython untracks such dicts as they are made and filled;
     * here that is judged when asked). A non-empty tuple of atoms answers
     * True, as in CPython until a collection untracks it. Compare gcmodule.c:
     * gc_is_tracked, dictobject.c: _PyDict_MaybeUntrack.
     */
    @ExposedMethod
    static boolean is_tracked(PyObject o) {
        org.pyvm.runtime.PyType t = o.type();
        if (t.isHeapType()) {
            return true;
        }
        if (o instanceof org.pyvm.runtime.PyType type) {
            return type.reportsHeapType();
        }
        if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr || o instanceof PyBytes
            || o instanceof PyComplex || o == PyNone.NONE || o instanceof PyBool
            || o instanceof org.pyvm.runtime.PyByteArray || o instanceof org.pyvm.runtime.PyRange
            || o instanceof org.pyvm.runtime.PyEllipsis || o instanceof org.pyvm.runtime.PyNotImplemented
            || t == org.pyvm.runtime.PyType.OBJECT) {
            return false;
        }
        if (o instanceof PyTuple tu) {
            return tu.size() != 0;
        }
        if (o instanceof PyDict d) {
            // Any dict counts as a container here, tracked or not (_PyObject_GC_MAY_BE_TRACKED).
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                PyObject k = d.keyAt(i);
                PyObject v = d.valueAt(i);
                if (k instanceof PyDict || v instanceof PyDict || is_tracked(k) || is_tracked(v)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** Whether O's __del__ has run (it was found unreachable once, PEP 442). Compare gcmodule.c: gc_is_finalized. */
    @ExposedMethod
    static boolean is_finalized(PyObject o) {
        return o instanceof org.pyvm.runtime.Finalization.Watched w && w.trigger() != null && w.trigger().finalized();
    }

    /** The objects directly referred to by containers (list, tuple, dict, set, instance dicts). */
    @ExposedMethod
    static PyObject get_referents(PyObject[] args, String[] kw) {
        Args.noKeywords("get_referents", kw);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("gc.get_referents", org.pyvm.runtime.PyTuple.of(args));
        }
        PyList out = new PyList();
        for (PyObject o : args) {
            if (o instanceof PyList || o instanceof PyTuple) {
                // list_traverse and tupletraverse visit the items last to first.
                PyObject[] items = Abstract.toArray(o);
                for (int i = items.length - 1; i >= 0; i--) {
                    out.append(items[i]);
                }
            } else if (o instanceof PySet) {
                for (PyObject x : Abstract.iterable(o)) {
                    out.append(x);
                }
            } else if (o instanceof PyDict d) {
                // dict_traverse: the values only when every key is an exact str, else value then key.
                boolean strKeys = true;
                for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                    strKeys &= d.keyAt(i).getClass() == PyStr.class;
                }
                for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                    out.append(d.valueAt(i));
                    if (!strKeys) {
                        out.append(d.keyAt(i));
                    }
                }
            } else if (is_tracked(o)) {
                if (o instanceof HasDict h && !(o instanceof org.pyvm.runtime.PyType)) {
                    out.append(h.getDict());
                }
                out.append(o.type());
            }
        }
        return out;
    }

    @ExposedMethod
    static PyObject get_referrers(PyObject[] args, String[] kw) {
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("gc.get_referrers", org.pyvm.runtime.PyTuple.of(args));
        }
        Args.noKeywords("get_referrers", kw);
        return HeapWalk.referrers(args);
    }

    @ExposedMethod
    static PyObject get_objects(PyObject[] args, String[] kw) {
        org.pyvm.runtime.ArgParser ap = new org.pyvm.runtime.ArgParser("get_objects", args, kw, 0, 1, "generation");
        PyObject g = ap.getOr(0, PyNone.NONE);
        long gen = -1; // gcmodule.c: None converts to -1, which means every generation
        if (g != PyNone.NONE) {
            if (!(g instanceof PyInt) && !(g instanceof PyBool)) {
                throw PyErr.typeError("argument should be integer or None, not '" + g.type().getName() + "'");
            }
            gen = Abstract.index(g).longValue();
        }
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("gc.get_objects", org.pyvm.runtime.PyTuple.of(PyInt.of(gen)));
        }
        if (gen >= 3) {
            throw PyErr.valueError("generation parameter must be less than the number of available generations (3)");
        }
        if (gen < -1) {
            throw PyErr.valueError("generation parameter cannot be negative");
        }
        // Every object pyvm can see is in the oldest generation (get_count() is (0, 0, 0)).
        return gen == 0 || gen == 1 ? new PyList() : HeapWalk.objects();
    }

    @ExposedMethod
    static synchronized void freeze() {
        freezeCount++;
    }

    @ExposedMethod
    static synchronized void unfreeze() {
        freezeCount = 0;
    }

    @ExposedMethod
    static synchronized long get_freeze_count() {
        return freezeCount;
    }
}
