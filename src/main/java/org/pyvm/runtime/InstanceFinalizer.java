package org.pyvm.runtime;

import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * __del__ of instances of Python classes (CPython's tp_finalize, typeobject.c:
 * slot_tp_finalize). An instance of a class that has __del__ is made as a
 * {@link Tracked} instance watched by a phantom reference that keeps what the instance
 * holds (type, dict, slot storage) but not the instance itself. Once the JVM found it
 * unreachable, {@link #collected} (called by gc.collect() after its full collection)
 * rebuilds an instance over that state and calls __del__ on it, once, oldest instance
 * first; an error goes to sys.unraisablehook with the __del__ function as the object,
 * as CPython's PyErr_WriteUnraisable(del) does.
 *
 * <p>Differences from CPython, which runs __del__ when the last reference goes: here it
 * runs at the next gc.collect() (a program that never calls it sees __del__ run only at
 * exit, {@link #atExit}), and the instance __del__ sees has another id() than the one
 * that died (at exit: than the one still reachable). Classes whose instances are plain
 * {@link PyInstance}s (no builtin base other than object) and subclasses of tuple (whose
 * items never change, so they can be kept) and of dict (whose entry tables are mirrored
 * when replaced) are tracked; those of other builtin types are not.
 */
public final class InstanceFinalizer extends PhantomReference<PyObject> {

    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    /** Keeps the references themselves reachable until processed. */
    private static final Set<InstanceFinalizer> LIVE = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();
    private static long counter;

    private volatile PyType type;
    private volatile PyDict dict;
    private final PyDict slots;
    /** For an instance of a subclass of tuple: its items; null for a plain instance. */
    private final PyObject[] tupleItems;
    /** For an instance of a subclass of dict: its entry tables (keys null where deleted), else null. */
    private volatile PyObject[] dictKeys;
    private volatile PyObject[] dictValues;
    private volatile long[] dictHashes;
    private final long order;

    private InstanceFinalizer(PyObject owner, PyType type, PyDict dict, PyDict slots, PyObject[] tupleItems) {
        super(owner, QUEUE);
        this.type = type;
        this.dict = dict;
        this.slots = slots;
        this.tupleItems = tupleItems;
        synchronized (InstanceFinalizer.class) {
            this.order = counter++;
        }
    }

    /** A new instance of CLS (a class with __del__), watched. Compare typeobject.c: subtype_dealloc's finalizer call. */
    static PyInstance track(PyType cls) {
        Tracked t = new Tracked(cls);
        LIVE.add(t.fin);
        return t;
    }

    /**
     * An instance whose state changes are mirrored into its finalizer: assigning
     * __class__ or __dict__ must reach the __del__ call made after it died.
     */
    static final class Tracked extends PyInstance {
        final InstanceFinalizer fin;

        Tracked(PyType cls) {
            super(cls);
            this.fin = new InstanceFinalizer(this, cls, super.getDict(), slotStorage(), null);
        }

        @Override
        public boolean setType(PyType t) {
            super.setType(t);
            fin.type = t;
            return true;
        }

        @Override
        public void setDict(PyDict d) {
            super.setDict(d);
            fin.dict = d;
        }
    }

    /** A new instance of CLS (a subclass of tuple with __del__) holding ITEMS, watched. */
    static PyTuple trackTuple(PyType cls, PyObject[] items) {
        TrackedTuple t = new TrackedTuple(cls, items);
        LIVE.add(t.fin);
        return t;
    }

    /** A tuple subclass instance whose __class__ and __dict__ are mirrored into its finalizer. */
    static final class TrackedTuple extends PyTupleSubclass {
        final InstanceFinalizer fin;

        TrackedTuple(PyType cls, PyObject[] items) {
            super(cls, items);
            this.fin = new InstanceFinalizer(this, cls, null, null, items);
        }

        @Override
        public PyDict getDict() {
            PyDict d = super.getDict();
            fin.dict = d;
            return d;
        }

        @Override
        public boolean setType(PyType t) {
            super.setType(t);
            fin.type = t;
            return true;
        }

        @Override
        public void setDict(PyDict d) {
            super.setDict(d);
            fin.dict = d;
        }
    }

    /** A new instance of CLS (a subclass of dict with __del__), watched. */
    static PyDict trackDict(PyType cls) {
        TrackedDict d = new TrackedDict(cls);
        LIVE.add(d.fin);
        return d;
    }

    /** A dict subclass instance whose tables, __class__ and __dict__ are mirrored into its finalizer. */
    static final class TrackedDict extends PyDictSubclass {
        final InstanceFinalizer fin;

        TrackedDict(PyType cls) {
            super(cls);
            this.fin = new InstanceFinalizer(this, cls, null, null, null);
            tablesReplaced();
        }

        @Override
        void tablesReplaced() {
            InstanceFinalizer f = fin;
            if (f != null) {
                f.dictKeys = keys;
                f.dictValues = values;
                f.dictHashes = hashTable();
            }
        }

        @Override
        public PyDict getDict() {
            PyDict d = super.getDict();
            fin.dict = d;
            return d;
        }

        @Override
        public boolean setType(PyType t) {
            super.setType(t);
            fin.type = t;
            return true;
        }

        @Override
        public void setDict(PyDict d) {
            super.setDict(d);
            fin.dict = d;
        }
    }

    /** A new runtime (PyRuntime.reset) forgets the instances of the one before: their __del__ never runs. */
    static void reset() {
        LIVE.clear();
        while (QUEUE.poll() != null) {
            // dropped
        }
    }

    /**
     * After a full collection (gc.collect()): runs __del__ of the tracked instances it
     * found unreachable. The live set is searched, since the JVM queues phantom
     * references later, on its reference handler thread.
     */
    public static void collected() {
        if (RUNNING.get() != null) {
            return;
        }
        List<InstanceFinalizer> dead = new ArrayList<>();
        for (java.lang.ref.Reference<? extends PyObject> r = QUEUE.poll(); r != null; r = QUEUE.poll()) {
            dead.add((InstanceFinalizer) r);
        }
        for (InstanceFinalizer f : LIVE) {
            if (f.refersTo(null)) {
                dead.add(f);
            }
        }
        if (dead.isEmpty()) {
            return;
        }
        dead.sort((a, b) -> Long.compare(a.order, b.order));
        RUNNING.set(Boolean.TRUE);
        try {
            for (InstanceFinalizer f : dead) {
                if (LIVE.remove(f)) {
                    f.runDel();
                }
            }
        } finally {
            RUNNING.remove();
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
        if (RUNNING.get() != null || LIVE.isEmpty()) {
            return;
        }
        System.gc();
        collected();
        if (LIVE.isEmpty()) {
            return;
        }
        Set<InstanceFinalizer> held = SysHeld.finalizers();
        List<InstanceFinalizer> rest = new ArrayList<>(LIVE);
        LIVE.clear();
        while (QUEUE.poll() != null) {
            // all of them are in REST
        }
        rest.sort((a, b) -> Long.compare(a.order, b.order));
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

    /** The sys entries finalizers of what sys holds find None (stdin, stdout, stderr first). */
    private static final String[] WIPED = {"stdin", "stdout", "stderr", "unraisablehook"};

    /** Runs __del__ of those in REST that are (HELD) or are not in HELD. */
    private static void runDels(List<InstanceFinalizer> rest, Set<InstanceFinalizer> held, boolean inHeld) {
        for (InstanceFinalizer f : rest) {
            if (held.contains(f) == inHeld) {
                f.clear();
                f.runDel();
            }
        }
    }

    /** Compare typeobject.c: slot_tp_finalize (the error is reported, never propagated). */
    private void runDel() {
        PyType t = type;
        PyObject del = t.lookup("__del__");
        if (del == null) {
            return;
        }
        PyObject self;
        if (dictKeys != null) {
            PyDictSubclass d = new PyDictSubclass(t);
            PyObject[] k = dictKeys;
            PyObject[] v = dictValues;
            long[] h = dictHashes;
            for (int i = 0; i < k.length; i++) {
                if (k[i] != null && v[i] != null) {
                    d.setItem(k[i], h[i], v[i]);
                }
            }
            if (dict != null) {
                d.setDict(dict);
            }
            self = d;
        } else if (tupleItems != null) {
            PyTupleSubclass tup = new PyTupleSubclass(t, tupleItems);
            if (dict != null) {
                tup.setDict(dict);
            }
            self = tup;
        } else {
            PyInstance inst = new PyInstance(t);
            inst.setDict(dict);
            inst.adoptSlots(slots);
            self = inst;
        }
        try {
            Abstract.call(del, self);
        } catch (PyBaseException e) {
            Unraisable.report(e, del);
        }
    }
}
