package org.pyvm.runtime;

import java.math.BigInteger;

/** Python {@code range} (long bounds; huge ranges are not supported yet). Compare rangeobject.c. */
public final class PyRange implements PyObject {

    public static final PyType TYPE = PyType.builtin("range", PyRange.class, PyRange.class).notSubclassable()
        .collection(PyType.SEQUENCE);

    final long start;
    final long stop;
    final long step;
    final long length;
    /** The bounds when one of them, or the length, does not fit a long; null otherwise. */
    final BigInteger[] big;

    /** A range with arbitrary bounds: the long form when everything fits. Compare rangeobject.c: compute_range_length. */
    static PyRange of(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger len;
        if (step.signum() > 0) {
            len = start.compareTo(stop) < 0 ? stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE)
                : BigInteger.ZERO;
        } else {
            len = start.compareTo(stop) > 0 ? start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate())
                .add(BigInteger.ONE) : BigInteger.ZERO;
        }
        if (start.bitLength() < 63 && stop.bitLength() < 63 && step.bitLength() < 63 && len.bitLength() < 63) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return new PyRange(start, stop, step, len);
    }

    private PyRange(BigInteger start, BigInteger stop, BigInteger step, BigInteger len) {
        this.start = 0;
        this.stop = 0;
        this.step = 1;
        this.length = len.bitLength() < 63 ? len.longValue() : -1;
        this.big = new BigInteger[] {start, stop, step, len};
    }

    BigInteger bStart() {
        return big != null ? big[0] : BigInteger.valueOf(start);
    }

    BigInteger bStop() {
        return big != null ? big[1] : BigInteger.valueOf(stop);
    }

    BigInteger bStep() {
        return big != null ? big[2] : BigInteger.valueOf(step);
    }

    BigInteger bLength() {
        return big != null ? big[3] : BigInteger.valueOf(length);
    }

    public PyRange(long start, long stop, long step) {
        this.big = null;
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

    private static BigInteger arg(PyObject o) {
        return Abstract.index(o).bigValue();
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("range() takes no keyword arguments");
        }
        if (args.length == 0) {
            throw PyErr.typeError("range expected at least 1 argument, got 0");
        }
        if (args.length > 3) {
            throw PyErr.typeError("range expected at most 3 arguments, got " + args.length);
        }
        if (args.length == 1) {
            return of(BigInteger.ZERO, arg(args[0]), BigInteger.ONE);
        }
        BigInteger step = args.length == 3 ? arg(args[2]) : BigInteger.ONE;
        if (step.signum() == 0) {
            throw PyErr.valueError("range() arg 3 must not be zero");
        }
        return of(arg(args[0]), arg(args[1]), step);
    }

    @ExposedMethod
    static String __repr__(PyRange self) {
        BigInteger st = self.bStep();
        return st.equals(BigInteger.ONE) ? "range(" + self.bStart() + ", " + self.bStop() + ")"
            : "range(" + self.bStart() + ", " + self.bStop() + ", " + st + ")";
    }

    @ExposedMethod
    static long __len__(PyRange self) {
        if (self.length < 0) {
            // The big form keeps -1 for lengths of 2**62 and more: any up to sys.maxsize is fine.
            BigInteger n = self.bLength();
            if (n.bitLength() > 63) {
                throw PyErr.overflowError("Python int too large to convert to C ssize_t");
            }
            return n.longValue();
        }
        return self.length;
    }

    @ExposedMethod
    static boolean __bool__(PyRange self) {
        return self.bLength().signum() != 0;
    }

    @ExposedMethod
    static PyObject __iter__(PyRange self) {
        if (self.big != null) {
            return new BigIter(self.bStart(), self.bStep(), self.bLength());
        }
        return new Iter(self.start, self.step, self.length);
    }

    @ExposedMethod
    static PyObject __reversed__(PyRange self) {
        if (self.big != null) {
            BigInteger last = self.bStart().add(self.bLength().subtract(BigInteger.ONE).multiply(self.bStep()));
            return new BigIter(last, self.bStep().negate(), self.bLength());
        }
        return new Iter(self.start + (self.length - 1) * self.step, -self.step, self.length);
    }

    @ExposedMethod
    static PyObject __getitem__(PyRange self, PyObject key) {
        if (key instanceof PySlice sl) {
            if (self.big == null && sl.isSmall()) {
                long[] r = sl.indices(self.length);
                try {
                    return new PyRange(Math.addExact(self.start, Math.multiplyExact(r[0], self.step)),
                        Math.addExact(self.start, Math.multiplyExact(r[1], self.step)), Math.multiplyExact(self.step, r[2]));
                } catch (ArithmeticException overflow) {
                    // rare: fall through to the exact computation below
                }
            }
            // Compare rangeobject.c: compute_slice (arbitrary precision).
            BigInteger[] r = sl.bigIndices(self.bLength());
            BigInteger st = self.bStep();
            return of(self.bStart().add(r[0].multiply(st)), self.bStart().add(r[1].multiply(st)), st.multiply(r[2]));
        }
        if (!Abstract.hasIndex(key)) {
            throw PyErr.typeError("range indices must be integers or slices, not " + key.type().getName());
        }
        BigInteger i = Abstract.index(key).bigValue();
        BigInteger len = self.bLength();
        if (i.signum() < 0) {
            i = i.add(len);
        }
        if (i.signum() < 0 || i.compareTo(len) >= 0) {
            throw PyErr.indexError("range object index out of range");
        }
        return PyInt.of(self.bStart().add(i.multiply(self.bStep())));
    }

    @ExposedMethod
    static boolean __contains__(PyRange self, PyObject o) {
        if (!isIntOrBool(o)) {
            // Anything else (an int subclass too) is compared with each item: it may define __eq__.
            for (PyObject x : Abstract.iterable(self)) {
                if (Ops.eqBool(x, o)) {
                    return true;
                }
            }
            return false;
        }
        return containsInt(self, (PyInt) o);
    }

    /** Whether O is an int or a bool, whose membership is arithmetic. Compare rangeobject.c: range_contains. */
    private static boolean isIntOrBool(PyObject o) {
        return o.type() == PyInt.TYPE || o.type() == PyBool.TYPE;
    }

    /** Compare rangeobject.c: range_contains_long. */
    private static boolean containsInt(PyRange self, PyInt i) {
        if (self.big != null || i.isBig()) {
            BigInteger v = i.bigValue();
            BigInteger st = self.bStep();
            boolean inBounds = st.signum() > 0 ? v.compareTo(self.bStart()) >= 0 && v.compareTo(self.bStop()) < 0
                : v.compareTo(self.bStart()) <= 0 && v.compareTo(self.bStop()) > 0;
            return inBounds && v.subtract(self.bStart()).mod(st.abs()).signum() == 0;
        }
        long v = i.value;
        if (self.step > 0 ? (v < self.start || v >= self.stop) : (v > self.start || v <= self.stop)) {
            return false;
        }
        return (v - self.start) % self.step == 0;
    }

    /** Compare rangeobject.c: range_index (others than ints are searched as in any sequence). */
    @ExposedMethod
    static PyObject index(PyRange self, PyObject o) {
        if (!isIntOrBool(o)) {
            long k = 0;
            for (PyObject x : Abstract.iterable(self)) {
                if (Ops.eqBool(x, o)) {
                    return PyInt.of(k);
                }
                k++;
            }
            throw PyErr.valueError("sequence.index(x): x not in sequence");
        }
        PyInt i = (PyInt) o;
        if (containsInt(self, i)) {
            return PyInt.of(i.bigValue().subtract(self.bStart()).divide(self.bStep()));
        }
        throw PyErr.valueError(Abstract.repr(o) + " is not in range");
    }

    /** Compare rangeobject.c: range_count. */
    @ExposedMethod
    static long count(PyRange self, PyObject o) {
        if (isIntOrBool(o)) {
            return containsInt(self, (PyInt) o) ? 1 : 0;
        }
        long n = 0;
        for (PyObject x : Abstract.iterable(self)) {
            if (Ops.eqBool(x, o)) {
                n++;
            }
        }
        return n;
    }

    @ExposedMethod
    static PyObject __eq__(PyRange self, PyObject o) {
        if (!(o instanceof PyRange r)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        // Equal as sequences. Compare rangeobject.c: range_equals.
        BigInteger n = self.bLength();
        if (!n.equals(r.bLength())) {
            return PyBool.FALSE;
        }
        if (n.signum() == 0) {
            return PyBool.TRUE;
        }
        return PyBool.of(self.bStart().equals(r.bStart()) && (n.equals(BigInteger.ONE) || self.bStep().equals(r.bStep())));
    }

    @ExposedMethod
    static long __hash__(PyRange self) {
        BigInteger n = self.bLength();
        PyObject st = n.signum() == 0 ? PyNone.NONE : PyInt.of(self.bStart());
        PyObject sp = n.compareTo(BigInteger.ONE) <= 0 ? PyNone.NONE : PyInt.of(self.bStep());
        return Abstract.hash(PyTuple.of(PyInt.of(n), st, sp));
    }

    /** (range, (start, stop, step)). Compare rangeobject.c: range_reduce. */
    @ExposedMethod
    static PyObject __reduce__(PyRange self) {
        return PyTuple.of(TYPE, PyTuple.of(start(self), stop(self), step(self)));
    }

    @ExposedGetter
    static PyObject start(PyRange self) {
        return PyInt.of(self.bStart());
    }

    @ExposedGetter
    static PyObject stop(PyRange self) {
        return PyInt.of(self.bStop());
    }

    @ExposedGetter
    static PyObject step(PyRange self) {
        return PyInt.of(self.bStep());
    }

    /** longrange_iterator: iteration past 64 bits. */
    public static final class BigIter implements PyObject, PyIterator {
        static final PyType TYPE = PyType.builtin("longrange_iterator", BigIter.class, BigIter.class).notSubclassable();
        private BigInteger next;
        private final BigInteger step;
        private BigInteger left;

        BigIter(BigInteger start, BigInteger step, BigInteger length) {
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
            if (left.signum() <= 0) {
                return null;
            }
            left = left.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = next.add(step);
            return PyInt.of(v);
        }

        @ExposedMethod
        static PyObject __iter__(BigIter self) {
            return self;
        }

        @ExposedMethod
        static PyObject __length_hint__(BigIter self) {
            return PyInt.of(self.left.max(BigInteger.ZERO));
        }

        /** (iter, (range(next, next + left*step, step),), None). Compare rangeobject.c: longrangeiter_reduce. */
        @ExposedMethod
        static PyObject __reduce__(BigIter self) {
            BigInteger stop = self.next.add(self.left.max(BigInteger.ZERO).multiply(self.step));
            PyObject r = Abstract.call(PyRange.TYPE, PyInt.of(self.next), PyInt.of(stop), PyInt.of(self.step));
            return PyTuple.of(PySeqIter.builtin("iter"), PyTuple.of(r), PyNone.NONE);
        }

        /** Skips STATE items (clamped to what is left). Compare rangeobject.c: longrangeiter_setstate. */
        @ExposedMethod
        static void __setstate__(BigIter self, PyObject state) {
            BigInteger n = Abstract.index(state).bigValue();
            if (n.signum() < 0) {
                n = BigInteger.ZERO;
            } else if (n.compareTo(self.left) > 0) {
                n = self.left.max(BigInteger.ZERO);
            }
            self.next = self.next.add(n.multiply(self.step));
            self.left = self.left.subtract(n);
        }

        @ExposedMethod
        static PyObject __next__(BigIter self) {
            PyObject v = self.next();
            if (v == null) {
                throw PyErr.stopIteration(null);
            }
            return v;
        }
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

        /** (iter, (range(next, next + left*step, step),), None). Compare rangeobject.c: rangeiter_reduce. */
        @ExposedMethod
        static PyObject __reduce__(Iter self) {
            BigInteger start = BigInteger.valueOf(self.next);
            BigInteger step = BigInteger.valueOf(self.step);
            BigInteger stop = start.add(BigInteger.valueOf(Math.max(0, self.left)).multiply(step));
            PyObject r = Abstract.call(PyRange.TYPE, PyInt.of(start), PyInt.of(stop), PyInt.of(step));
            return PyTuple.of(PySeqIter.builtin("iter"), PyTuple.of(r), PyNone.NONE);
        }

        /** Skips STATE items (clamped to what is left). Compare rangeobject.c: rangeiter_setstate. */
        @ExposedMethod
        static void __setstate__(Iter self, PyObject state) {
            long n = Abstract.index(state).longValue();
            n = n < 0 ? 0 : Math.min(n, Math.max(0, self.left));
            self.next += n * self.step;
            self.left -= n;
        }
    }
}
