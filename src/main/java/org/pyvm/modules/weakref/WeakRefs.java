package org.pyvm.modules.weakref;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * The bookkeeping behind weak references on the JVM. CPython keeps a list of weak
 * references in each weakly referenceable object and runs their callbacks when the
 * object's reference count drops to zero; here the JVM's collector decides when an
 * object dies, so:
 * <ul>
 * <li>each {@link WeakRefObject} (ref or proxy) is a {@link WeakReference} registered with
 *     one {@link ReferenceQueue}; the collector clears it and queues it when the referent
 *     becomes unreachable (a ref that is itself garbage is never queued, so its callback
 *     never runs, as in CPython);</li>
 * <li>the refs to an object are found through a table keyed by the referent's identity hash,
 *     holding the refs weakly (for getweakrefcount, getweakrefs, and the reuse of the
 *     basic ref: {@code ref(o) is ref(o)});</li>
 * <li>callbacks run at safe points: {@link #drain()} is called by the weakref functions and by
 *     {@code gc.collect()}, which first asks the JVM for a full collection
 *     ({@link #collect()}). So an object dies at a JVM collection, not at {@code del}: a program
 *     that needs a callback to have run calls {@code gc.collect()} first.</li>
 * </ul>
 * Compare CPython Objects/weakrefobject.c: PyObject_ClearWeakRefs, handle_callback.
 */
public final class WeakRefs {

    private WeakRefs() {}

    static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();

    /** identityHashCode of the referent -> the refs to objects with that hash. */
    private static final Map<Integer, List<WeakReference<WeakRefObject>>> TABLE = new HashMap<>();

    /**
     * The builtin types whose instances CPython 3.12 lets be weakly referenced
     * (tp_weaklistoffset != 0); classes written in Python are handled by {@link #weakrefable}.
     */
    private static final Set<String> BUILTIN = Set.of("type", "function", "builtin_function_or_method", "method",
        "set", "frozenset", "module", "generator", "coroutine", "async_generator", "code", "re.Pattern",
        "functools.partial", "itertools._tee", "functools._lru_cache_wrapper", "collections.deque", "types.GenericAlias",
        "_thread.lock", "_thread.RLock", "_thread._local", "memoryview", "weakref.finalize", "array.array",
        "mmap.mmap", "sqlite3.Cursor", "sqlite3.Blob", "_asyncio.Future", "_asyncio.Task",
        "_queue.SimpleQueue", "_contextvars.Context", "hamt", "pickle.PickleBuffer");

    /** Whether instances of T may be weakly referenced. Compare typeobject.c: type_new's add_weak. */
    static boolean weakrefable(PyType t) {
        if (!t.isHeapType()) {
            return BUILTIN.contains(t.getName()) || t.getName().startsWith("_io.");
        }
        PyType base = t.getBase();
        if (base != null && weakrefable(base)) {
            return true;
        }
        PyObject slots = t.getDict().getStr("__slots__");
        boolean adds = slots == null;
        if (!adds) {
            PyObject[] names = slots instanceof PyStr ? new PyObject[] {slots} : Abstract.toArray(slots);
            for (PyObject n : names) {
                if (n instanceof PyStr s && s.value().equals("__weakref__")) {
                    adds = true;
                }
            }
        }
        // Variable-size instances (int, bytes, tuple) have no room for a weakref list.
        String solid = t.solidBase.getName();
        return adds && !solid.equals("int") && !solid.equals("bool") && !solid.equals("tuple") && !solid.equals("bytes");
    }

    static void register(WeakRefObject r, PyObject referent) {
        synchronized (TABLE) {
            TABLE.computeIfAbsent(System.identityHashCode(referent), k -> new ArrayList<>(2)).add(new WeakReference<>(r));
        }
    }

    /** The live refs and proxies to O, oldest first. */
    static List<WeakRefObject> refsTo(PyObject o) {
        List<WeakRefObject> out = new ArrayList<>();
        synchronized (TABLE) {
            List<WeakReference<WeakRefObject>> l = TABLE.get(System.identityHashCode(o));
            if (l != null) {
                for (Iterator<WeakReference<WeakRefObject>> it = l.iterator(); it.hasNext();) {
                    WeakRefObject r = it.next().get();
                    if (r == null || r.refersTo(null)) {
                        it.remove();
                    } else if (r.refersTo(o)) {
                        out.add(r);
                    }
                }
            }
        }
        if (out.size() < 2) {
            return out;
        }
        // CPython's list order (weakrefobject.c: insert_head, insert_after): the basic ref
        // (exact type, no callback), then the basic proxy, then the others newest first.
        List<WeakRefObject> ordered = new ArrayList<>(out.size());
        for (WeakRefObject r : out) {
            if (r.isBasicRef()) {
                ordered.add(r);
            }
        }
        for (WeakRefObject r : out) {
            if (r instanceof WeakProxy && r.isBasic()) {
                ordered.add(r);
            }
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            WeakRefObject r = out.get(i);
            if (!r.isBasicRef() && !(r instanceof WeakProxy && r.isBasic())) {
                ordered.add(r);
            }
        }
        return ordered;
    }

    private static void unregister(WeakRefObject dead) {
        synchronized (TABLE) {
            List<WeakReference<WeakRefObject>> l = TABLE.get(dead.idHash);
            if (l != null) {
                l.removeIf(w -> w.get() == null || w.get() == dead);
                if (l.isEmpty()) {
                    TABLE.remove(dead.idHash);
                }
            }
        }
    }

    /** Asks the JVM for a full collection and runs the callbacks of the refs it cleared. */
    public static void collect() {
        System.gc();
        drain();
        // Clearing is atomic in the collection, queueing is done later by the JVM's
        // reference handler thread: look at the table too, so that callbacks of objects
        // that died in this collection have run when gc.collect() returns.
        // The entries of refs that are themselves garbage (a WeakValueDictionary dropped with
        // its refs) are removed on the way: otherwise they pile up and every collection, the
        // JVM's included, pays for them.
        List<WeakRefObject> dead = new ArrayList<>();
        synchronized (TABLE) {
            for (Iterator<List<WeakReference<WeakRefObject>>> lists = TABLE.values().iterator(); lists.hasNext();) {
                List<WeakReference<WeakRefObject>> l = lists.next();
                for (Iterator<WeakReference<WeakRefObject>> it = l.iterator(); it.hasNext();) {
                    WeakRefObject r = it.next().get();
                    if (r == null) {
                        it.remove();
                    } else if (r.refersTo(null)) {
                        dead.add(r);
                    }
                }
                if (l.isEmpty()) {
                    lists.remove();
                }
            }
        }
        runCallbacks(dead);
        drain();
    }

    /** Runs the callbacks of the refs the collector has queued. */
    public static void drain() {
        List<WeakRefObject> dead = null;
        for (Reference<? extends PyObject> r = QUEUE.poll(); r != null; r = QUEUE.poll()) {
            if (dead == null) {
                dead = new ArrayList<>();
            }
            dead.add((WeakRefObject) r);
        }
        if (dead != null) {
            runCallbacks(dead);
        }
    }

    /**
     * Callbacks of refs to one object run newest first (CPython's list puts a new ref with
     * a callback at the head); a failing callback is reported as "Exception ignored in".
     */
    private static void runCallbacks(List<WeakRefObject> dead) {
        dead.sort((a, b) -> Long.compare(b.serial, a.serial));
        for (WeakRefObject r : dead) {
            PyObject cb = r.takeCallback();
            unregister(r);
            if (cb == null) {
                continue;
            }
            try {
                Abstract.call(cb, r);
            } catch (PyBaseException e) {
                unraisable(cb, e);
            }
        }
    }

    /** Compare CPython PyErr_WriteUnraisable (through sys.unraisablehook). */
    static void unraisable(PyObject where, PyBaseException e) {
        org.pyvm.runtime.Unraisable.report(e, where);
    }
}
