package org.pyvm.runtime;

import java.util.Arrays;

/** Shared helpers of list and tuple: indexing, slicing, comparison, hashing. */
final class Sequences {

    private Sequences() {}

    /**
     * Normalizes index KEY for a sequence of length N or raises IndexError/TypeError: WHAT
     * names the sequence in both messages ("list", "tuple"; "list assignment" for a store,
     * whose TypeError still says "list indices").
     */
    static int index(PyObject key, int n, String what) {
        String type = what.endsWith(" assignment") ? what.substring(0, what.length() - 11) : what;
        return index(key, n, type, what + " index out of range");
    }

    /**
     * {@link #index(PyObject, int, String)} with the messages given: TYPE names the sequence
     * in the TypeError, RANGE is the IndexError's text. An int too big for an index is
     * IndexError("cannot fit 'int' into an index-sized integer"), as PyNumber_AsSsize_t(key,
     * PyExc_IndexError) raises it in list_subscript and friends.
     */
    static int index(PyObject key, int n, String type, String range) {
        if (!Abstract.hasIndex(key)) {
            throw PyErr.typeError(type + " indices must be integers or slices, not " + key.type().getName());
        }
        PyInt k = Abstract.index(key);
        if (k.isBig()) {
            throw PyErr.indexError("cannot fit '" + key.type().getName() + "' into an index-sized integer");
        }
        long i = k.value;
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyErr.indexError(range);
        }
        return (int) i;
    }

    static PyObject[] slice(PyObject[] items, int n, PySlice sl) {
        return slice(items, sl.indices(n));
    }

    /** The items R (PySlice.indices' {start, stop, step, length}) selects. */
    static PyObject[] slice(PyObject[] items, long[] r) {
        int len = (int) r[3];
        PyObject[] out = new PyObject[len];
        if (r[2] == 1) {
            System.arraycopy(items, (int) r[0], out, 0, len);
            return out;
        }
        for (int k = 0; k < len; k++) {
            out[k] = items[(int) (r[0] + k * r[2])];
        }
        return out;
    }

    static PyObject[] concat(PyObject[] a, int na, PyObject[] b, int nb) {
        PyObject[] out = Arrays.copyOf(a, na + nb);
        System.arraycopy(b, 0, out, na, nb);
        return out;
    }

    static PyObject[] repeat(PyObject[] a, int n, long times) {
        if (times <= 0 || n == 0) {
            return new PyObject[0];
        }
        // Divide rather than multiply: times * n overflows a long for huge counts.
        if (times > (Integer.MAX_VALUE - 16) / n) {
            throw PyErr.memoryError();
        }
        PyObject[] out = new PyObject[(int) (times * n)];
        for (int k = 0; k < times; k++) {
            System.arraycopy(a, 0, out, k * n, n);
        }
        return out;
    }

    /** Lexicographic comparison. Compare listobject.c: list_richcompare. */
    static PyObject richCompare(PyObject[] a, int na, PyObject[] b, int nb, int op) {
        if ((op == Ops.EQ || op == Ops.NE) && na != nb) {
            return PyBool.of(op == Ops.NE);
        }
        // Nested containers are counted by Ops.richCompare (CRecursion), as CPython counts in
        // PyObject_RichCompare.
        return compareItems(a, na, b, nb, op);
    }

    private static PyObject compareItems(PyObject[] a, int na, PyObject[] b, int nb, int op) {
        int i = 0;
        for (; i < na && i < nb; i++) {
            if (a[i] != b[i] && !(isContainer(a[i]) ? nested(a[i], b[i], -1) == PyBool.TRUE : Ops.eqBool(a[i], b[i]))) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            return PyBool.of(Ops.cmpResult(Integer.compare(na, nb), op));
        }
        if (op == Ops.EQ) {
            return PyBool.FALSE;
        }
        if (op == Ops.NE) {
            return PyBool.TRUE;
        }
        return isContainer(a[i]) ? nested(a[i], b[i], op) : Ops.richCompare(a[i], b[i], op);
    }

    /**
     * V OP W for lists, which an item's __eq__ may change under the comparison: sizes and
     * items are read afresh at each step, as listobject.c: list_richcompare does (an
     * index past either end means "compare the sizes").
     */
    static PyObject richCompareLists(PyList v, PyList w, int op) {
        if ((op == Ops.EQ || op == Ops.NE) && v.size != w.size) {
            return PyBool.of(op == Ops.NE);
        }
        int i = 0;
        for (; i < v.size && i < w.size; i++) {
            PyObject x = v.items[i];
            PyObject y = w.items[i];
            if (x != y && !(isContainer(x) ? nested(x, y, -1) == PyBool.TRUE : Ops.eqBool(x, y))) {
                break;
            }
        }
        if (i >= v.size || i >= w.size) {
            return PyBool.of(Ops.cmpResult(Integer.compare(v.size, w.size), op));
        }
        if (op == Ops.EQ) {
            return PyBool.FALSE;
        }
        if (op == Ops.NE) {
            return PyBool.TRUE;
        }
        PyObject x = v.items[i];
        return isContainer(x) ? nested(x, w.items[i], op) : Ops.richCompare(x, w.items[i], op);
    }

    private static boolean isContainer(PyObject o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyDict;
    }

    /**
     * X OP Y (OP -1: == as a bool) for items that are containers. Both paths go through
     * Ops.richCompare, which counts the level against the C recursion limit (CRecursion), so
     * a list that contains itself fails fast with RecursionError as in CPython, whatever
     * sys.getrecursionlimit() says. Compare object.c: PyObject_RichCompare.
     */
    private static PyObject nested(PyObject x, PyObject y, int op) {
        return op < 0 ? PyBool.of(Ops.eqBool(x, y)) : Ops.richCompare(x, y, op);
    }

    /** CPython 3.12's tuple hash (xxHash-based). Compare tupleobject.c: tuplehash. */
    static long tupleHash(PyObject[] items) {
        final long p1 = 0x9E3779B185EBCA87L;
        final long p2 = 0xC2B2AE3D27D4EB4FL;
        final long p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (PyObject o : items) {
            long lane = Abstract.hash(o);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += items.length ^ (p5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796;
        }
        return acc;
    }
}
