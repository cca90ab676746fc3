package org.pyvm.modules.ctypes;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;

/**
 * What stands for a PyObject* in native memory (py_object values, PYFUNCTYPE arguments and
 * results): a number that maps back to the object while it lives. The handle does not keep
 * its object alive: the ctypes object holding it keeps the object in _objects, as CPython's
 * O_set does, and a call keeps its arguments. A value returned to C from Python code (a
 * callback's py_object result) is also held for a while, as C has not read it yet.
 * Compare cfield.c: O_set/O_get.
 */
final class Handles {

    private Handles() {}

    private static final class Ref extends WeakReference<PyObject> {
        final long handle;

        Ref(PyObject o, long handle, ReferenceQueue<PyObject> q) {
            super(o, q);
            this.handle = handle;
        }
    }

    private static final Map<Long, Ref> BY_HANDLE = new HashMap<>();
    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    /** Handles are multiples of 16 from here: never 0, never a small integer. */
    private static long next = 0x7e5700000010L;
    /** The last objects handed back to C, held strongly until C had time to read them. */
    private static final PyObject[] RECENT = new PyObject[64];
    private static int recent;

    /** A handle for O, valid while O lives. */
    static synchronized long of(PyObject o) {
        for (Object r; (r = QUEUE.poll()) != null;) {
            BY_HANDLE.remove(((Ref) r).handle);
        }
        long h = next;
        next += 16;
        BY_HANDLE.put(h, new Ref(o, h, QUEUE));
        return h;
    }

    /** A handle for O returned to C: O is also held until 64 more such values were returned. */
    static synchronized long returned(PyObject o) {
        RECENT[recent] = o;
        recent = (recent + 1) % RECENT.length;
        return of(o);
    }

    /** The object of handle H; ValueError for a number that is no live handle (CPython would crash). */
    static synchronized PyObject get(long h) {
        Ref r = BY_HANDLE.get(h);
        PyObject o = r == null ? null : r.get();
        if (o == null) {
            throw PyErr.valueError("PyObject* 0x" + Long.toHexString(h) + " does not refer to a live Python object");
        }
        return o;
    }
}
