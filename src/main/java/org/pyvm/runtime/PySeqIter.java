package org.pyvm.runtime;

/**
 * Iterator over a list, tuple or str by index (and CPython's generic sequence iterator
 * over {@code __getitem__}). Compare CPython Objects/iterobject.c and listobject.c: listiter.
 */
public final class PySeqIter implements PyObject, PyIterator {

    public static final PyType LIST_ITER = PyType.builtin("list_iterator", PySeqIter.class, PySeqIter.class).notSubclassable();
    public static final PyType TUPLE_ITER = PyType.builtin("tuple_iterator", PySeqIter.class, PySeqIter.class).notSubclassable();
    public static final PyType STR_ITER = PyType.builtin("str_ascii_iterator", PySeqIter.class, PySeqIter.class).notSubclassable();
    public static final PyType SEQ_ITER = PyType.builtin("iterator", PySeqIter.class, PySeqIter.class).notSubclassable();
    public static final PyType BYTES_ITER = PyType.builtin("bytes_iterator", PySeqIter.class, PySeqIter.class).notSubclassable();
    public static final PyType BYTEARRAY_ITER = PyType.builtin("bytearray_iterator", PySeqIter.class, PySeqIter.class)
        .notSubclassable();
    public static final PyType REVERSED = PyType.builtin("list_reverseiterator", PySeqIter.class, PySeqIter.class).notSubclassable();

    private PyObject seq;
    private int index;
    private final boolean reverse;
    private final PyType type;

    public PySeqIter(PyObject seq) {
        this.seq = seq;
        this.reverse = false;
        this.type = seq instanceof PyList ? LIST_ITER : seq instanceof PyTuple ? TUPLE_ITER
            : seq instanceof PyStr ? STR_ITER : SEQ_ITER;
    }

    /** An index iterator with a given type name (bytes_iterator ...). */
    PySeqIter(PyObject seq, PyType type) {
        this.seq = seq;
        this.reverse = false;
        this.type = type;
    }

    private PySeqIter(PyObject seq, int start) {
        this.seq = seq;
        this.index = start;
        this.reverse = true;
        this.type = REVERSED;
    }

    static PySeqIter reversed(PyObject seq, int len) {
        return new PySeqIter(seq, len - 1);
    }

    @Override
    public PyType type() {
        return type;
    }

    /** What {@link #nextListItem} gives for an iterator that is not over a list or tuple. */
    public static final PyObject NOT_LIST = new PyTuple(new PyObject[0]);

    /**
     * The next item of a forward iterator over a list or tuple, null at the end, or
     * {@link #NOT_LIST} for any other iterator (then call {@link #next}): the interpreter's
     * FOR_ITER_LIST and FOR_ITER_TUPLE, small enough to inline and calling nothing.
     */
    public PyObject nextListItem() {
        PyObject s = seq;
        if (reverse) {
            return NOT_LIST;
        }
        int i = index;
        if (s instanceof PyList l) {
            if (i < l.size) {
                index = i + 1;
                return l.items[i];
            }
        } else if (s instanceof PyTuple t) {
            if (i < t.items.length) {
                index = i + 1;
                return t.items[i];
            }
        } else if (s != null) {
            return NOT_LIST;
        }
        seq = null;
        return null;
    }

    @Override
    public PyObject next() {
        PyObject s = seq;
        if (s == null) {
            return null;
        }
        int i = index;
        if (reverse) {
            if (i >= 0 && i < seqLen(s)) {
                index = i - 1;
                return itemAt(s, i);
            }
            seq = null;
            return null;
        }
        if (s instanceof PyList || s instanceof PyTuple) {
            return nextListItem();
        }
        if (s instanceof PyStr str) {
            if (i < str.length()) {
                index = i + 1;
                return PyStr.ofCodePoint(str.codePointAt(i));
            }
        } else if (s instanceof PyBytes b) {
            if (i < b.value.length) {
                index = i + 1;
                return PyInt.of(b.value[i] & 0xff);
            }
        } else if (s instanceof PyByteArray ba) {
            // Live: a bytearray changed while iterated is read as it is now.
            if (i < ba.size()) {
                index = i + 1;
                return PyInt.of(ba.byteAt(i));
            }
        } else {
            try {
                PyObject v = Abstract.getItem(s, PyInt.of(i));
                index = i + 1;
                return v;
            } catch (PyBaseException e) {
                if (!e.matches(PyExc.IndexError) && !e.matches(PyExc.StopIteration)) {
                    throw e;
                }
            }
        }
        seq = null;
        return null;
    }

    private static int seqLen(PyObject s) {
        return s instanceof PyList l ? l.size : (int) Abstract.len(s);
    }

    private static PyObject itemAt(PyObject s, int i) {
        return s instanceof PyList l ? l.items[i] : Abstract.getItem(s, PyInt.of(i));
    }

    @ExposedMethod
    static PyObject __iter__(PySeqIter self) {
        return self;
    }

    @ExposedMethod
    static PyObject __next__(PySeqIter self) {
        PyObject v = self.next();
        if (v == null) {
            throw PyErr.stopIteration(null);
        }
        return v;
    }

    /** A builtin function by name (iter, reversed), as CPython's _PyEval_GetBuiltin. */
    static PyObject builtin(String name) {
        return PyRuntime.builtinModule("builtins").getDict().getStr(name);
    }

    /**
     * (iter, (seq,), index) while items are left, else iter of an empty sequence; a reverse
     * iterator gives (reversed, (seq,), index). Compare listobject.c: listiter_reduce_general,
     * tupleobject.c: tupleiter_reduce, iterobject.c: iter_reduce.
     */
    @ExposedMethod
    static PyObject __reduce__(PySeqIter self) {
        // The builtin first: looking it up can run Python code (a key's __eq__) that
        // exhausts this iterator (bpo issue 101765).
        PyObject fn = builtin(self.reverse ? "reversed" : "iter");
        if (self.seq != null) {
            return PyTuple.of(fn, PyTuple.of(self.seq), PyInt.of(self.index));
        }
        PyObject empty = self.type == LIST_ITER || self.reverse ? new PyList() : self.type == STR_ITER ? PyStr.of("")
            : PyTuple.EMPTY;
        return PyTuple.of(builtin("iter"), PyTuple.of(empty));
    }

    /** Moves to the given index, kept within the sequence. Compare listobject.c: listiter_setstate. */
    @ExposedMethod
    static void __setstate__(PySeqIter self, PyObject state) {
        long i = Abstract.index(state).longValue();
        if (self.seq == null) {
            return;
        }
        if (self.reverse) {
            long max = seqLen(self.seq) - 1;
            self.index = (int) (i < -1 ? -1 : Math.min(i, max));
        } else if (self.type == SEQ_ITER) {
            self.index = (int) Math.max(0, Math.min(i, Integer.MAX_VALUE));
        } else {
            self.index = (int) (i < 0 ? 0 : Math.min(i, seqLen(self.seq)));
        }
    }

    @ExposedMethod
    static PyObject __length_hint__(PySeqIter self) {
        if (self.seq == null) {
            return PyInt.ZERO;
        }
        return PyInt.of(self.reverse ? self.index + 1 : Math.max(0, seqLen(self.seq) - self.index));
    }
}
