package org.pyvm.runtime;

/** Python {@code range} (long bounds; huge ranges are not supported yet). Compare rangeobject.c. */
public final class PyRange implements PyObject {

    public static final PyType TYPE = PyType.builtin("range", PyRange.class, PyRange.class).notSubclassable();

    final long start;
    final long stop;
    final long step;
    final long length;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        if (step > 0) {
            length = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            length = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static long arg(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.isBig()) {
            throw PyErr.notSupported("range() with bounds beyond 64 bits");
        }
        return i.value;
    }

    @ExposedMethod(min = 1)
    static PyObject __new__(PyType cls, PyObject a, PyObject b, PyObject c) {
        if (b == null) {
            return new PyRange(0, arg(a), 1);
        }
        long step = c == null ? 1 : arg(c);
        if (step == 0) {
            throw PyErr.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(arg(a), arg(b), step);
    }

    @ExposedMethod
    static String __repr__(PyRange self) {
        return self.step == 1 ? "range(" + self.start + ", " + self.stop + ")"
            : "range(" + self.start + ", " + self.stop + ", " + self.step + ")";
    }

    @ExposedMethod
    static long __len__(PyRange self) {
        return self.length;
    }

    @ExposedMethod
    static boolean __bool__(PyRange self) {
        return self.length != 0;
    }

    @ExposedMethod
    static PyObject __iter__(PyRange self) {
        return new Iter(self.start, self.step, self.length);
    }

    @ExposedMethod
    static PyObject __reversed__(PyRange self) {
        return new Iter(self.start + (self.length - 1) * self.step, -self.step, self.length);
    }

    @ExposedMethod
    static PyObject __getitem__(PyRange self, PyObject key) {
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(self.length);
            return new PyRange(self.start + r[0] * self.step, self.start + r[1] * self.step, self.step * r[2]);
        }
        if (!Abstract.hasIndex(key)) {
            throw PyErr.typeError("range indices must be integers or slices, not " + key.type().getName());
        }
        long i = Abstract.index(key).longValue();
        if (i < 0) {
            i += self.length;
        }
        if (i < 0 || i >= self.length) {
            throw PyErr.indexError("range object index out of range");
        }
        return PyInt.of(self.start + i * self.step);
    }

    @ExposedMethod
    static boolean __contains__(PyRange self, PyObject o) {
        if (o instanceof PyInt i && !i.isBig()) {
            long v = i.value;
            if (self.step > 0 ? (v < self.start || v >= self.stop) : (v > self.start || v <= self.stop)) {
                return false;
            }
            return (v - self.start) % self.step == 0;
        }
        for (PyObject x : Abstract.iterable(self)) {
            if (Ops.eqBool(x, o)) {
                return true;
            }
        }
        return false;
    }

    @ExposedMethod
    static long index(PyRange self, PyObject o) {
        if (__contains__(self, o) && o instanceof PyInt i) {
            return (i.value - self.start) / self.step;
        }
        throw PyErr.valueError(Abstract.repr(o) + " is not in range");
    }

    @ExposedMethod
    static long count(PyRange self, PyObject o) {
        return __contains__(self, o) ? 1 : 0;
    }

    @ExposedMethod
    static PyObject __eq__(PyRange self, PyObject o) {
        if (!(o instanceof PyRange r)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (self.length != r.length) {
            return PyBool.FALSE;
        }
        if (self.length == 0) {
            return PyBool.TRUE;
        }
        return PyBool.of(self.start == r.start && (self.length == 1 || self.step == r.step));
    }

    @ExposedMethod
    static long __hash__(PyRange self) {
        return Abstract.hash(PyTuple.of(PyInt.of(self.length), PyInt.of(self.start), PyInt.of(self.step)));
    }

    @ExposedGetter
    static PyObject start(PyRange self) {
        return PyInt.of(self.start);
    }

    @ExposedGetter
    static PyObject stop(PyRange self) {
        return PyInt.of(self.stop);
    }

    @ExposedGetter
    static PyObject step(PyRange self) {
        return PyInt.of(self.step);
    }

    /** range_iterator: counts without allocating beyond the small-int cache. */
    public static final class Iter implements PyObject, PyIterator {
        static final PyType TYPE = PyType.builtin("range_iterator", Iter.class, Iter.class).notSubclassable();
        private long next;
        private final long step;
        private long left;

        Iter(long start, long step, long length) {
            this.next = start;
            this.step = step;
            this.left = length;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (left <= 0) {
                return null;
            }
            left--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }

        @ExposedMethod
        static PyObject __iter__(Iter self) {
            return self;
        }

        @ExposedMethod
        static PyObject __next__(Iter self) {
            PyObject v = self.next();
            if (v == null) {
                throw PyErr.stopIteration(null);
            }
            return v;
        }

        @ExposedMethod
        static long __length_hint__(Iter self) {
            return Math.max(0, self.left);
        }
    }
}
