package org.pyvm.modules.heapq;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.Ops;

/**
 * The _heapq module: a binary min-heap (and the _max variants heapq.merge/nlargest use)
 * on a list, with CPython's exact sift order, so heaps look the same after each step, and
 * its checks for a list that changes size while items are compared. Compare CPython
 * Modules/_heapqmodule.c: siftdown, siftup, heappop_internal, heapify_internal.
 */
public final class HeapqModule {

    private HeapqModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_heapq");
        m.addFunctions(HeapqModule.class);
        m.getDict().setStr("__about__", PyStr.of("Heap queues: see the heapq module."));
        return m;
    }

    /** The heap argument: a list, else clinic's "F() argument 1 must be list, not T". */
    private static PyList list(PyObject heap, String fn, boolean only) {
        if (!(heap instanceof PyList l)) {
            throw PyErr.typeError(fn + "() argument " + (only ? "" : "1 ") + "must be list, not " + heap.type().getName());
        }
        return l;
    }

    /** One positional argument (METH_O): "_heapq.F() takes exactly one argument (N given)". */
    private static PyObject one(String fn, PyObject[] args, String[] kw) {
        if (Args.nkw(kw) > 0) {
            throw PyErr.typeError("_heapq." + fn + "() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw PyErr.typeError("_heapq." + fn + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }

    private static PyObject[] two(String fn, PyObject[] args, String[] kw) {
        if (Args.nkw(kw) > 0) {
            throw PyErr.typeError("_heapq." + fn + "() takes no keyword arguments");
        }
        Args.positional(fn, args.length, 2, 2);
        return args;
    }

    private static boolean less(PyObject a, PyObject b, boolean max) {
        return max ? Ops.lessThan(b, a) : Ops.lessThan(a, b);
    }

    private static void changed(PyList heap, int size) {
        if (heap.size() != size) {
            throw PyErr.runtimeError("list changed size during iteration");
        }
    }

    /** Moves the item at POS up towards STARTPOS while it is smaller than its parent. */
    private static void siftdown(PyList heap, int startpos, int pos, boolean max) {
        int size = heap.size();
        if (pos >= size) {
            throw PyErr.indexError("index out of range");
        }
        while (pos > startpos) {
            int parentpos = (pos - 1) >> 1;
            PyObject newitem = heap.get(pos);
            PyObject parent = heap.get(parentpos);
            boolean cmp = less(newitem, parent, max);
            changed(heap, size);
            if (!cmp) {
                break;
            }
            parent = heap.get(parentpos);
            newitem = heap.get(pos);
            heap.set(parentpos, newitem);
            heap.set(pos, parent);
            pos = parentpos;
        }
    }

    /** Moves the smaller child up from POS to a leaf, then sifts that item down. */
    private static void siftup(PyList heap, int pos, boolean max) {
        int endpos = heap.size();
        int startpos = pos;
        if (pos >= endpos) {
            throw PyErr.indexError("index out of range");
        }
        int limit = endpos >> 1;
        while (pos < limit) {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos) {
                boolean cmp = less(heap.get(childpos), heap.get(childpos + 1), max);
                if (!cmp) {
                    childpos++;
                }
                changed(heap, endpos);
            }
            PyObject tmp1 = heap.get(childpos);
            PyObject tmp2 = heap.get(pos);
            heap.set(childpos, tmp2);
            heap.set(pos, tmp1);
            pos = childpos;
        }
        siftdown(heap, startpos, pos, max);
    }

    private static PyObject popLast(PyList heap) {
        return Abstract.callDescr(PyList.TYPE.getDict().getStr("pop"), heap);
    }

    @ExposedMethod
    static PyObject heappush(PyObject[] args, String[] kw) {
        PyObject[] a = two("heappush", args, kw);
        PyList heap = list(a[0], "heappush", false);
        heap.append(a[1]);
        siftdown(heap, 0, heap.size() - 1, false);
        return PyNone.NONE;
    }

    private static PyObject pop(PyObject h, boolean max, String fn) {
        PyList heap = list(h, fn, true);
        int n = heap.size();
        if (n == 0) {
            throw PyErr.indexError("index out of range");
        }
        PyObject last = popLast(heap);
        if (n - 1 == 0) {
            return last;
        }
        PyObject result = heap.get(0);
        heap.set(0, last);
        siftup(heap, 0, max);
        return result;
    }

    @ExposedMethod
    static PyObject heappop(PyObject[] args, String[] kw) {
        return pop(one("heappop", args, kw), false, "heappop");
    }

    @ExposedMethod
    static PyObject _heappop_max(PyObject[] args, String[] kw) {
        return pop(one("_heappop_max", args, kw), true, "_heappop_max");
    }

    private static PyObject replace(PyObject h, PyObject item, boolean max, String fn) {
        PyList heap = list(h, fn, false);
        if (heap.size() == 0) {
            throw PyErr.indexError("index out of range");
        }
        PyObject result = heap.get(0);
        heap.set(0, item);
        siftup(heap, 0, max);
        return result;
    }

    @ExposedMethod
    static PyObject heapreplace(PyObject[] args, String[] kw) {
        PyObject[] a = two("heapreplace", args, kw);
        return replace(a[0], a[1], false, "heapreplace");
    }

    @ExposedMethod
    static PyObject _heapreplace_max(PyObject[] args, String[] kw) {
        PyObject[] a = two("_heapreplace_max", args, kw);
        return replace(a[0], a[1], true, "_heapreplace_max");
    }

    @ExposedMethod
    static PyObject heappushpop(PyObject[] args, String[] kw) {
        PyObject[] a = two("heappushpop", args, kw);
        PyList heap = list(a[0], "heappushpop", false);
        PyObject item = a[1];
        if (heap.size() == 0) {
            return item;
        }
        PyObject top = heap.get(0);
        if (!Ops.lessThan(top, item)) {
            return item;
        }
        if (heap.size() == 0) {
            throw PyErr.indexError("index out of range");
        }
        PyObject result = heap.get(0);
        heap.set(0, item);
        siftup(heap, 0, false);
        return result;
    }

    private static PyObject heapify(PyObject h, boolean max, String fn) {
        PyList heap = list(h, fn, true);
        int n = heap.size();
        for (int i = (n >> 1) - 1; i >= 0; i--) {
            siftup(heap, i, max);
        }
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject heapify(PyObject[] args, String[] kw) {
        return heapify(one("heapify", args, kw), false, "heapify");
    }

    @ExposedMethod
    static PyObject _heapify_max(PyObject[] args, String[] kw) {
        return heapify(one("_heapify_max", args, kw), true, "_heapify_max");
    }
}
