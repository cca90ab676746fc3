package org.pyvm.runtime;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * tracemalloc's tables: which Python objects were allocated while tracing was on, their
 * size and the Python traceback of the allocation. Compare CPython Python/tracemalloc.c.
 *
 * <p>CPython traces every memory block through its PyMem allocator hooks. pyvm's objects
 * are allocated by the JVM, which has no such hook, so the objects whose constructors report
 * themselves are traced: bytes, list (the object and its item array as it grows), cell, and
 * instances of object and of classes written in Python. Each is one trace
 * in domain 0 with the size sys.getsizeof gives it. Blocks that C code reports
 * (PyTraceMalloc_Track/Untrack, as _testcapi's tracemalloc_track does) are kept by domain and
 * address, as in CPython.
 *
 * <p>Frees: there are no reference counts, so an object's trace goes when the JVM has
 * collected it. The queries that report memory (get_traced_memory, _get_traces) ask for a full
 * collection first, so that they count live objects only; peak counts objects until a
 * collection found them dead, so it may be above what CPython would say.
 */
public final class Tracemalloc {

    private Tracemalloc() {}

    /**
     * Whether allocations are traced. Read without the lock by the constructors that report
     * allocations (a plain static: the cost when off is one load and a branch); every change
     * happens under the lock.
     */
    public static boolean tracing;

    /** tracemalloc.c: MAX_NFRAME (the frame count is a uint16). */
    public static final int MAX_NFRAME = 65535;

    /** tracemalloc.c: the traceback of an allocation made with no Python frame running. */
    private static final String UNKNOWN = "<unknown>";

    private static final Object LOCK = new Object();
    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();

    private static int maxNframe = 1;
    /** Object traces, chained per identity hash code. */
    private static final HashMap<Integer, ObjectTrace> OBJECTS = new HashMap<>();
    private static int objectCount;
    /** Blocks reported by C code, by (domain, address). */
    private static final LinkedHashMap<RawKey, RawTrace> RAW = new LinkedHashMap<>();
    /** tracemalloc.c: tracemalloc_tracebacks (equal tracebacks are one object). */
    private static final HashMap<List<Object>, Traceback> TRACEBACKS = new HashMap<>();
    private static long current;
    private static long peak;
    /** Set while a trace is recorded: what recording allocates is not traced. */
    private static boolean inside;

    /** A traceback: frames (most recent first) as tracemalloc's tuple of (filename, lineno), and the total depth. */
    private record Traceback(PyTuple frames, int totalNframe, int nframe) {}

    private record RawKey(long domain, long ptr) {}

    private static final class RawTrace {
        final long size;
        final Traceback tb;

        RawTrace(long size, Traceback tb) {
            this.size = size;
            this.tb = tb;
        }
    }

    private static final class ObjectTrace extends WeakReference<PyObject> {
        final int hash;
        long size;
        final Traceback tb;
        ObjectTrace next;
        boolean removed;

        ObjectTrace(PyObject obj, int hash, long size, Traceback tb) {
            super(obj, QUEUE);
            this.hash = hash;
            this.size = size;
            this.tb = tb;
        }
    }

    /** Reports the allocation of OBJ, SIZE bytes as sys.getsizeof counts them. Call only when {@link #tracing}. */
    public static void allocated(PyObject obj, long size) {
        synchronized (LOCK) {
            if (!tracing || inside) {
                return;
            }
            inside = true;
            try {
                expunge();
                int h = System.identityHashCode(obj);
                ObjectTrace t = new ObjectTrace(obj, h, size, traceback());
                t.next = OBJECTS.put(h, t);
                objectCount++;
                grew(size);
            } finally {
                inside = false;
            }
        }
    }

    /**
     * sys.getsizeof of a new instance of T: CPython's basic size, its GC header for a class
     * written in Python, and the dict and weakref pointers kept before such an object.
     */
    static long instanceSize(PyType t) {
        long n = TypeLayouts.basicsize(t);
        if (t != PyType.OBJECT) {
            n += 16 + (SubtypeDescrs.hasPreHeader(t) ? 16 : 0);
        }
        return n;
    }

    /** Reports that OBJ, if traced, now takes SIZE bytes (a list's item array was reallocated). */
    public static void resized(PyObject obj, long size) {
        synchronized (LOCK) {
            if (!tracing) {
                return;
            }
            ObjectTrace t = find(obj);
            if (t != null) {
                long delta = size - t.size;
                t.size = size;
                grew(delta);
            }
        }
    }

    private static void grew(long delta) {
        current += delta;
        if (current > peak) {
            peak = current;
        }
    }

    private static ObjectTrace find(PyObject obj) {
        for (ObjectTrace t = OBJECTS.get(System.identityHashCode(obj)); t != null; t = t.next) {
            if (t.refersTo(obj)) {
                return t;
            }
        }
        return null;
    }

    /** Drops the trace T from its chain and from the counts. */
    private static void remove(ObjectTrace t) {
        if (t.removed) {
            return;
        }
        t.removed = true;
        ObjectTrace head = OBJECTS.get(t.hash);
        if (head == t) {
            if (t.next == null) {
                OBJECTS.remove(t.hash);
            } else {
                OBJECTS.put(t.hash, t.next);
            }
        } else {
            for (ObjectTrace p = head; p != null; p = p.next) {
                if (p.next == t) {
                    p.next = t.next;
                    break;
                }
            }
        }
        objectCount--;
        current -= t.size;
    }

    /** Removes the traces of objects the collector has queued as dead. */
    private static void expunge() {
        for (Reference<? extends PyObject> r = QUEUE.poll(); r != null; r = QUEUE.poll()) {
            remove((ObjectTrace) r);
        }
    }

    /**
     * Asks the JVM for a full collection, then drops the traces of the objects it found dead
     * (clearing is atomic in the collection; queueing comes later, so the table is looked at).
     */
    private static void collectFreed() {
        System.gc();
        synchronized (LOCK) {
            expunge();
            List<ObjectTrace> dead = new ArrayList<>();
            for (ObjectTrace head : OBJECTS.values()) {
                for (ObjectTrace t = head; t != null; t = t.next) {
                    if (t.refersTo(null)) {
                        dead.add(t);
                    }
                }
            }
            for (ObjectTrace t : dead) {
                remove(t);
            }
        }
    }

    /**
     * The traceback of the running thread, interned. Frames not yet complete (a function's
     * MAKE_CELL and COPY_FREE_VARS, run before its RESUME) are left out. Compare
     * tracemalloc.c: traceback_get_frames, tracemalloc_get_frame, traceback_new.
     */
    private static Traceback traceback() {
        PyFrame f;
        try {
            f = firstComplete(CodeRunner.get().currentFrame());
        } catch (IllegalStateException e) {
            f = null;
        }
        List<Object> key = new ArrayList<>();
        int total = 0;
        int n = 0;
        for (; f != null; f = firstComplete(f.back())) {
            if (n < maxNframe) {
                PyCode code = f.code();
                String filename = code == null || code.filename == null ? UNKNOWN : code.filename;
                int line = f.lineno();
                key.add(filename);
                key.add(line < 0 ? 0 : line);
                n++;
            }
            if (total < MAX_NFRAME) {
                total++;
            }
        }
        if (n == 0) {
            key.add(UNKNOWN);
            key.add(0);
            n = 1;
            total = 1;
        }
        key.add(total);
        Traceback tb = TRACEBACKS.get(key);
        if (tb == null) {
            PyObject[] frames = new PyObject[n];
            for (int i = 0; i < n; i++) {
                frames[i] = PyTuple.of(PyStr.of((String) key.get(2 * i)), PyInt.of((Integer) key.get(2 * i + 1)));
            }
            tb = new Traceback(PyTuple.of(frames), total, n);
            TRACEBACKS.put(key, tb);
        }
        return tb;
    }

    /** F or the first frame behind it that has started running. Compare _PyFrame_GetFirstComplete. */
    private static PyFrame firstComplete(PyFrame f) {
        while (f != null && incomplete(f)) {
            f = f.back();
        }
        return f;
    }

    /** Compare pycore_frame.h: _PyFrame_IsIncomplete (before the code's first RESUME). */
    private static boolean incomplete(PyFrame f) {
        if (f.generator() != null) {
            return false;
        }
        PyCode code = f.code();
        if (code == null || code.bytecode == null) {
            return false;
        }
        byte[] bc = code.bytecode;
        int firstTraceable = 0;
        while (firstTraceable + 1 < bc.length && (bc[firstTraceable] & 0xff) != org.pyvm.bytecode.Opcode.RESUME) {
            firstTraceable += 2;
        }
        return f.lasti() < firstTraceable;
    }

    /** _PyTraceMalloc_Start: ValueError for a count outside [1; 65535]; nothing more when already tracing. */
    public static void start(long nframe) {
        if (nframe < 1 || nframe > MAX_NFRAME) {
            throw PyErr.valueError("the number of frames must be in range [1; " + MAX_NFRAME + "]");
        }
        synchronized (LOCK) {
            if (tracing) {
                return;
            }
            maxNframe = (int) nframe;
            tracing = true;
        }
    }

    /** _PyTraceMalloc_Stop: tracing off and the traces gone (the frame limit stays). */
    public static void stop() {
        synchronized (LOCK) {
            if (!tracing) {
                return;
            }
            tracing = false;
            clearTables();
        }
    }

    /** Back to the state of a new interpreter (not tracing, limit 1): in-process runs share this class. */
    public static void reset() {
        synchronized (LOCK) {
            tracing = false;
            clearTables();
            maxNframe = 1;
        }
    }

    /** _PyTraceMalloc_ClearTraces. */
    public static void clearTraces() {
        synchronized (LOCK) {
            if (tracing) {
                clearTables();
            }
        }
    }

    private static void clearTables() {
        for (ObjectTrace head : OBJECTS.values()) {
            for (ObjectTrace t = head; t != null; t = t.next) {
                t.removed = true;
                t.clear();
            }
        }
        OBJECTS.clear();
        objectCount = 0;
        RAW.clear();
        TRACEBACKS.clear();
        current = 0;
        peak = 0;
        expunge();
    }

    public static int tracebackLimit() {
        synchronized (LOCK) {
            return maxNframe;
        }
    }

    /** _PyTraceMalloc_ResetPeak: the peak becomes the current size (nothing when not tracing). */
    public static void resetPeak() {
        synchronized (LOCK) {
            if (tracing) {
                expunge();
                peak = current;
            }
        }
    }

    /** _PyTraceMalloc_GetTracedMemory: (current, peak), (0, 0) when not tracing. */
    public static long[] tracedMemory() {
        if (!tracing) {
            return new long[] {0, 0};
        }
        collectFreed();
        synchronized (LOCK) {
            return tracing ? new long[] {current, peak} : new long[] {0, 0};
        }
    }

    /**
     * _PyTraceMalloc_GetMemory: an estimate of what the tables take (a trace object per
     * traced block, the interned tracebacks with their frame tuples).
     */
    public static long tablesMemory() {
        synchronized (LOCK) {
            long n = 48L * objectCount + 64L * RAW.size();
            for (Traceback tb : TRACEBACKS.values()) {
                n += 64 + 72L * tb.nframe();
            }
            return n;
        }
    }

    /** _tracemalloc._get_traces: [(domain, size, frames, total_nframe), ...]; [] when not tracing. */
    public static PyList traces() {
        PyList out = new PyList();
        if (!tracing) {
            return out;
        }
        collectFreed();
        List<PyObject> items = new ArrayList<>();
        synchronized (LOCK) {
            inside = true;
            try {
                for (ObjectTrace head : OBJECTS.values()) {
                    for (ObjectTrace t = head; t != null; t = t.next) {
                        items.add(trace(0, t.size, t.tb));
                    }
                }
                for (Map.Entry<RawKey, RawTrace> e : RAW.entrySet()) {
                    items.add(trace(e.getKey().domain(), e.getValue().size, e.getValue().tb));
                }
            } finally {
                inside = false;
            }
        }
        for (PyObject t : items) {
            out.append(t);
        }
        return out;
    }

    private static PyTuple trace(long domain, long size, Traceback tb) {
        return PyTuple.of(PyInt.of(domain), PyInt.of(size), tb.frames(), PyInt.of(tb.totalNframe()));
    }

    /** _PyTraceMalloc_GetObjectTraceback: the frames of OBJ's allocation, or null when not traced. */
    public static PyTuple objectTraceback(PyObject obj) {
        synchronized (LOCK) {
            if (!tracing) {
                return null;
            }
            ObjectTrace t = find(obj);
            return t == null ? null : t.tb.frames();
        }
    }

    /**
     * PyTraceMalloc_Track: records (or replaces) the block at PTR in DOMAIN with the current
     * traceback; false when not tracing (CPython returns -2).
     */
    public static boolean track(long domain, long ptr, long size) {
        synchronized (LOCK) {
            if (!tracing) {
                return false;
            }
            RawTrace old = RAW.remove(new RawKey(domain, ptr));
            if (old != null) {
                current -= old.size;
            }
            inside = true;
            try {
                RAW.put(new RawKey(domain, ptr), new RawTrace(size, traceback()));
            } finally {
                inside = false;
            }
            grew(size);
            return true;
        }
    }

    /** PyTraceMalloc_Untrack: false when not tracing; forgetting an unknown block is not an error. */
    public static boolean untrack(long domain, long ptr) {
        synchronized (LOCK) {
            if (!tracing) {
                return false;
            }
            RawTrace old = RAW.remove(new RawKey(domain, ptr));
            if (old != null) {
                current -= old.size;
            }
            return true;
        }
    }

    /** _PyTraceMalloc_GetTraceback: the frames of the block at PTR in DOMAIN, or null. */
    public static PyTuple rawTraceback(long domain, long ptr) {
        synchronized (LOCK) {
            if (!tracing) {
                return null;
            }
            RawTrace t = RAW.get(new RawKey(domain, ptr));
            return t == null ? null : t.tb.frames();
        }
    }
}
