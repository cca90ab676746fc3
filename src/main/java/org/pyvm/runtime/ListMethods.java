package org.pyvm.runtime;

import java.util.Arrays;

/** The methods of {@code list}. Compare CPython Objects/listobject.c. */
final class ListMethods {

    private ListMethods() {}

    /**
     * list.__sizeof__: CPython's list header and a pointer per allocated slot (the slots of
     * pyvm's own array). Compare listobject.c: list___sizeof___impl.
     */
    @ExposedMethod
    static long __sizeof__(PyList self) {
        return TypeLayouts.basicsize(self.type()) + 8L * self.items.length;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        if (cls == PyList.TYPE) {
            return new PyList();
        }
        PyListSubclass l = new PyListSubclass(cls);
        if (Finalization.wanted(cls)) {
            // A class with __del__ gets it run once the instance dies.
            l.finalizer = Finalization.watchInstance(l);
        }
        return l;
    }

    /**
     * list(iterable=(), /). Keywords are refused unless a subclass defines its own __new__
     * (which takes them). Compare listobject.c: list___init__.
     */
    @ExposedMethod
    static void __init__(PyList self, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        PyType t = self.type();
        if (nkw > 0 && (t == PyList.TYPE || t.lookup("__new__") == PyList.TYPE.getDict().getStr("__new__"))) {
            throw PyErr.typeError("list() takes no keyword arguments");
        }
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyErr.typeError("list expected at most 1 argument, got " + npos);
        }
        self.setItems(npos == 0 ? new PyObject[0] : Abstract.toArray(args[0]));
    }

    @ExposedMethod
    static String __repr__(PyList self) {
        if (self.size == 0) {
            return "[]";
        }
        return Repr.guarded(self, "[...]", () -> {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < self.size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(self.items[i]));
            }
            return sb.append(']').toString();
        });
    }

    @ExposedMethod
    static long __len__(PyList self) {
        return self.size;
    }

    @ExposedMethod
    static PyObject __getitem__(PyList self, PyObject key) {
        if (key instanceof PySlice sl) {
            // The bounds' __index__ may change the list: read it only afterwards.
            long[] r = sl.indices(() -> self.size);
            return new PyList(Sequences.slice(self.items, r));
        }
        return self.items[Sequences.index(key, self.size, "list")];
    }

    @ExposedMethod
    static void __setitem__(PyList self, PyObject key, PyObject value) {
        if (key instanceof PySlice sl) {
            setSlice(self, sl, value);
            return;
        }
        if (!Abstract.hasIndex(key)) {
            throw PyErr.typeError("list indices must be integers or slices, not " + key.type().getName());
        }
        self.items[Sequences.index(key, self.size, "list assignment")] = value;
    }

    private static void setSlice(PyList self, PySlice sl, PyObject value) {
        if (!(value instanceof PyList || value instanceof PyTuple) && value.type().slot(Slot.ITER) == null
            && value.type().slot(Slot.GETITEM) == null) {
            throw PyErr.typeError("can only assign an iterable");
        }
        PyObject[] v = Abstract.toArray(value == self ? new PyList(self.toArray()) : value);
        long[] r = sl.indices(() -> self.size);
        if (r[2] == 1) {
            int start = (int) r[0];
            int stop = Math.max(start, (int) r[1]);
            PyObject[] out = new PyObject[self.size - (stop - start) + v.length];
            System.arraycopy(self.items, 0, out, 0, start);
            System.arraycopy(v, 0, out, start, v.length);
            System.arraycopy(self.items, stop, out, start + v.length, self.size - stop);
            self.setItems(out);
            return;
        }
        if (v.length != r[3]) {
            throw PyErr.valueError("attempt to assign sequence of size " + v.length + " to extended slice of size " + r[3]);
        }
        for (int k = 0; k < v.length; k++) {
            self.items[(int) (r[0] + k * r[2])] = v[k];
        }
    }

    @ExposedMethod
    static void __delitem__(PyList self, PyObject key) {
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(() -> self.size);
            boolean[] drop = new boolean[self.size];
            for (long k = 0, i = r[0]; k < r[3]; k++, i += r[2]) {
                drop[(int) i] = true;
            }
            PyObject[] out = new PyObject[self.size - (int) r[3]];
            int j = 0;
            for (int i = 0; i < self.size; i++) {
                if (!drop[i]) {
                    out[j++] = self.items[i];
                }
            }
            self.setItems(out);
            return;
        }
        int i = Sequences.index(key, self.size, "list assignment");
        removeAt(self, i);
    }

    static PyObject removeAt(PyList self, int i) {
        PyObject v = self.items[i];
        System.arraycopy(self.items, i + 1, self.items, i, self.size - i - 1);
        self.items[--self.size] = null;
        return v;
    }

    @ExposedMethod
    static PyObject __iter__(PyList self) {
        return new PySeqIter(self);
    }

    @ExposedMethod
    static PyObject __reversed__(PyList self) {
        return PySeqIter.reversed(self, self.size);
    }

    @ExposedMethod
    static boolean __contains__(PyList self, PyObject o) {
        for (int i = 0; i < self.size; i++) {
            if (self.items[i] == o || Ops.eqBool(self.items[i], o)) {
                return true;
            }
        }
        return false;
    }

    @ExposedMethod
    static PyObject __add__(PyList self, PyObject o) {
        if (!(o instanceof PyList l)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return new PyList(Sequences.concat(self.items, self.size, l.items, l.size));
    }

    @ExposedMethod
    static PyObject __iadd__(PyList self, PyObject o) {
        extend(self, o);
        return self;
    }

    @ExposedMethod
    static PyObject __mul__(PyList self, PyObject n) {
        return new PyList(Sequences.repeat(self.items, self.size, Abstract.asSsize(n, PyExc.OverflowError)));
    }

    @ExposedMethod
    static PyObject __rmul__(PyList self, PyObject n) {
        return __mul__(self, n);
    }

    @ExposedMethod
    static PyObject __imul__(PyList self, PyObject n) {
        self.setItems(Sequences.repeat(self.items, self.size, Abstract.asSsize(n, PyExc.OverflowError)));
        return self;
    }

    private static PyObject cmp(PyList self, PyObject o, int op) {
        if (!(o instanceof PyList l)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Sequences.richCompareLists(self, l, op);
    }

    @ExposedMethod
    static PyObject __eq__(PyList self, PyObject o) {
        return cmp(self, o, Ops.EQ);
    }

    @ExposedMethod
    static PyObject __ne__(PyList self, PyObject o) {
        return cmp(self, o, Ops.NE);
    }

    @ExposedMethod
    static PyObject __lt__(PyList self, PyObject o) {
        return cmp(self, o, Ops.LT);
    }

    @ExposedMethod
    static PyObject __le__(PyList self, PyObject o) {
        return cmp(self, o, Ops.LE);
    }

    @ExposedMethod
    static PyObject __gt__(PyList self, PyObject o) {
        return cmp(self, o, Ops.GT);
    }

    @ExposedMethod
    static PyObject __ge__(PyList self, PyObject o) {
        return cmp(self, o, Ops.GE);
    }

    @ExposedMethod
    static void append(PyList self, PyObject v) {
        self.append(v);
    }

    @ExposedMethod
    static void extend(PyList self, PyObject iterable) {
        PyObject[] v = Abstract.toArray(iterable);
        for (PyObject o : v) {
            self.append(o);
        }
    }

    @ExposedMethod
    static void insert(PyList self, PyObject index, PyObject v) {
        long i = Abstract.index(index).longValue();
        if (i < 0) {
            i = Math.max(0, i + self.size);
        }
        i = Math.min(i, self.size);
        self.append(v);
        System.arraycopy(self.items, (int) i, self.items, (int) i + 1, self.size - 1 - (int) i);
        self.items[(int) i] = v;
    }

    @ExposedMethod(min = 0)
    static PyObject pop(PyList self, PyObject index) {
        if (self.size == 0) {
            throw PyErr.indexError("pop from empty list");
        }
        long i = index == null ? self.size - 1 : Abstract.index(index).longValue();
        if (i < 0) {
            i += self.size;
        }
        if (i < 0 || i >= self.size) {
            throw PyErr.indexError("pop index out of range");
        }
        return removeAt(self, (int) i);
    }

    @ExposedMethod
    static void remove(PyList self, PyObject v) {
        for (int i = 0; i < self.size; i++) {
            if (self.items[i] == v || Ops.eqBool(self.items[i], v)) {
                removeAt(self, i);
                return;
            }
        }
        throw PyErr.valueError("list.remove(x): x not in list");
    }

    @ExposedMethod(min = 1)
    static long index(PyList self, PyObject v, PyObject start, PyObject stop) {
        int[] r = Abstract.sliceBounds(start, stop, self.size);
        for (int i = r[0]; i < Math.min(r[1], self.size); i++) {
            if (self.items[i] == v || Ops.eqBool(self.items[i], v)) {
                return i;
            }
        }
        throw PyErr.valueError(Abstract.repr(v) + " is not in list");
    }

    @ExposedMethod
    static long count(PyList self, PyObject v) {
        long c = 0;
        for (int i = 0; i < self.size; i++) {
            if (self.items[i] == v || Ops.eqBool(self.items[i], v)) {
                c++;
            }
        }
        return c;
    }

    @ExposedMethod
    static void clear(PyList self) {
        self.setItems(new PyObject[0]);
    }

    @ExposedMethod
    static PyObject copy(PyList self) {
        return new PyList(self.toArray());
    }

    @ExposedMethod
    static void reverse(PyList self) {
        for (int i = 0, j = self.size - 1; i < j; i++, j--) {
            PyObject t = self.items[i];
            self.items[i] = self.items[j];
            self.items[j] = t;
        }
    }

    /** list.sort(*, key=None, reverse=False): a stable merge sort ({@link #stableSort}). */
    @ExposedMethod
    static void sort(PyList self, PyObject[] args, String[] kw) {
        if (args.length > (kw == null ? 0 : kw.length)) {
            throw PyErr.typeError("sort() takes no positional arguments");
        }
        ArgParser ap = new ArgParser("sort", args, kw, 0, 0, "key", "reverse");
        ap.kwOnly();
        PyObject key = ap.get(0);
        boolean rev = ap.get(1) != null && Abstract.isTrue(ap.get(1));
        sortItems(self, key, rev);
    }

    private static boolean allExact(PyObject[] keys, Class<?> c) {
        for (PyObject k : keys) {
            if (k.getClass() != c) {
                return false;
            }
        }
        return true;
    }

    private static void sortHomogeneous(PyList self, PyObject[] vals, PyObject[] keys, boolean rev) {
        if (keys.length > 1 && keys[0] instanceof PyInt) {
            int[] idx = smallIntOrder(keys, rev);
            if (idx != null) {
                self.setItems(permuted(vals, idx));
                return;
            }
        }
        Less less = keys.length > 0 && keys[0] instanceof PyInt
            ? (a, b) -> IntMethods.compare((PyInt) keys[a], (PyInt) keys[b]) < 0
            : (a, b) -> ((PyStr) keys[a]).compareTo((PyStr) keys[b]) < 0;
        self.setItems(permuted(vals, sortedIndexes(vals.length, less, rev)));
    }

    /**
     * The stable order of KEYS (exact ints) when each fits 32 bits, else null: each key and
     * its position packed in one long, (value << 32) | position, are all distinct, so any
     * sort of them (Arrays.sort, vectorized by the JDK where the CPU allows) gives the
     * order a stable sort by value gives. Reversed, positions count from the end and the
     * result is turned round, which keeps equal keys in their first order, as listsort.
     */
    private static int[] smallIntOrder(PyObject[] keys, boolean rev) {
        int n = keys.length;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            PyInt k = (PyInt) keys[i];
            if (k.isBig() || k.value != (int) k.value) {
                return null;
            }
            packed[i] = (k.value << 32) | (rev ? n - 1 - i : i);
        }
        java.util.Arrays.sort(packed);
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            int pos = (int) packed[rev ? n - 1 - i : i];
            idx[i] = rev ? n - 1 - pos : pos;
        }
        return idx;
    }

    /** "Item A sorts before item B", by index. */
    @FunctionalInterface
    interface Less {
        boolean lt(int a, int b);
    }

    /**
     * The indexes 0..N-1 in sorted order. A reversed sort stays stable as CPython's does:
     * reverse, sort, reverse back.
     */
    private static int[] sortedIndexes(int n, Less less, boolean rev) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = rev ? n - 1 - i : i;
        }
        stableSort(idx, less);
        if (rev) {
            for (int i = 0, j = n - 1; i < j; i++, j--) {
                int t = idx[i];
                idx[i] = idx[j];
                idx[j] = t;
            }
        }
        return idx;
    }

    private static PyObject[] permuted(PyObject[] vals, int[] idx) {
        PyObject[] out = new PyObject[vals.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = vals[idx[i]];
        }
        return out;
    }

    /**
     * A stable merge sort of IDX that asks only "<", as listobject.c's listsort does, and
     * assumes nothing of the answers: a comparison that is not a consistent order gives
     * some permutation, never an error (Java's TimSort throws "Comparison method violates
     * its general contract" then). Binary insertion sort on runs of 32, then merges, each
     * skipped when its halves are already in order (so sorted input costs n comparisons).
     */
    static void stableSort(int[] idx, Less less) {
        int n = idx.length;
        final int run = 32;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(lo + run, n);
            for (int i = lo + 1; i < hi; i++) {
                int x = idx[i];
                if (!less.lt(x, idx[i - 1])) {
                    continue;
                }
                int l = lo;
                int r = i - 1;
                while (l < r) {
                    int m = (l + r) >>> 1;
                    if (less.lt(x, idx[m])) {
                        r = m;
                    } else {
                        l = m + 1;
                    }
                }
                System.arraycopy(idx, l, idx, l + 1, i - l);
                idx[l] = x;
            }
        }
        int[] tmp = n > run ? new int[n] : null;
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                if (!less.lt(idx[mid], idx[mid - 1])) {
                    continue;
                }
                System.arraycopy(idx, lo, tmp, lo, width);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    idx[k++] = less.lt(idx[j], tmp[i]) ? idx[j++] : tmp[i++];
                }
                while (i < mid) {
                    idx[k++] = tmp[i++];
                }
            }
        }
    }

    /**
     * During a sort the list looks empty, and a change to it made by a key function or a
     * comparison is detected afterwards. Compare listobject.c: list_sort_impl.
     */
    static void sortItems(PyList self, PyObject key, boolean rev) {
        PyObject[] saved = self.toArray();
        PyObject[] marker = new PyObject[0];
        self.items = marker;
        self.size = 0;
        PyObject[] sorted;
        try {
            sorted = sortedCopy(saved, key, rev);
        } catch (PyBaseException e) {
            // A failing key or comparison leaves the list as it was.
            self.setItems(saved);
            throw e;
        }
        boolean modified = self.items != marker || self.size != 0;
        self.setItems(sorted);
        if (modified) {
            throw PyErr.valueError("list modified during sort");
        }
    }

    private static PyObject[] sortedCopy(PyObject[] saved, PyObject key, boolean rev) {
        PyList tmp = new PyList(saved.clone());
        sortInto(tmp, key, rev);
        return tmp.toArray();
    }

    static void sortInto(PyList self, PyObject key, boolean rev) {
        PyObject[] vals = self.toArray();
        PyObject[] keys = vals;
        if (key != null && key != PyNone.NONE) {
            keys = new PyObject[vals.length];
            for (int i = 0; i < vals.length; i++) {
                keys[i] = Abstract.call(key, vals[i]);
            }
        }
        if (allExact(keys, PyInt.class) || allExact(keys, PyStr.class)) {
            // One comparison per step for the common homogeneous lists (same order as "<").
            sortHomogeneous(self, vals, keys, rev);
            return;
        }
        final PyObject[] k = keys;
        self.setItems(permuted(vals, sortedIndexes(vals.length, (a, b) -> Ops.lessThan(k[a], k[b]), rev)));
    }
}
