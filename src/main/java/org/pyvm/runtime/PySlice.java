package org.pyvm.runtime;

import java.math.BigInteger;

/** Python {@code slice}. Compare CPython Objects/sliceobject.c. */
public final class PySlice implements PyObject {

    public static final PyType TYPE = PyType.builtin("slice", PySlice.class, PySlice.class).notSubclassable();

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static long clampIndex(PyObject o) {
        if (!Abstract.hasIndex(o)) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Abstract.index(o);
        if (i.isBig()) {
            return i.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
        }
        // Clamped as the big ones, so that Long.MIN_VALUE stays free to mean "omitted" (unpack).
        return Math.max(Long.MIN_VALUE / 4, Math.min(Long.MAX_VALUE / 4, i.value));
    }

    /**
     * {start, stop, step, length} for a sequence of LENGTH. Compare sliceobject.c:
     * PySlice_Unpack and PySlice_AdjustIndices.
     */
    public long[] indices(long length) {
        return adjust(unpack(), length);
    }

    /**
     * {@link #indices(long)} for a sequence whose length is read only after the bounds'
     * __index__ methods ran (they may change it), as list_ass_subscript and its kin call
     * PySlice_Unpack before reading Py_SIZE.
     */
    public long[] indices(java.util.function.LongSupplier length) {
        long[] u = unpack();
        return adjust(u, length.getAsLong());
    }

    /** {start, stop, step} with __index__ called; an omitted bound is Long.MIN_VALUE. Compare PySlice_Unpack. */
    private long[] unpack() {
        long st = step == PyNone.NONE ? 1 : clampIndex(step);
        if (st == 0) {
            throw PyErr.valueError("slice step cannot be zero");
        }
        long lo = start == PyNone.NONE ? Long.MIN_VALUE : clampIndex(start);
        long hi = stop == PyNone.NONE ? Long.MIN_VALUE : clampIndex(stop);
        return new long[] {lo, hi, st};
    }

    /** Compare PySlice_AdjustIndices. */
    private static long[] adjust(long[] u, long length) {
        long st = u[2];
        long lo;
        long hi;
        if (u[0] == Long.MIN_VALUE) {
            lo = st < 0 ? length - 1 : 0;
        } else {
            lo = u[0];
            if (lo < 0) {
                lo += length;
                if (lo < 0) {
                    lo = st < 0 ? -1 : 0;
                }
            } else if (lo >= length) {
                lo = st < 0 ? length - 1 : length;
            }
        }
        if (u[1] == Long.MIN_VALUE) {
            hi = st < 0 ? -1 : length;
        } else {
            hi = u[1];
            if (hi < 0) {
                hi += length;
                if (hi < 0) {
                    hi = st < 0 ? -1 : 0;
                }
            } else if (hi >= length) {
                hi = st < 0 ? length - 1 : length;
            }
        }
        long n;
        if (st < 0) {
            n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        } else {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        return new long[] {lo, hi, st, n};
    }

    @ExposedMethod(min = 1)
    static PyObject __new__(PyType cls, PyObject a, PyObject b, PyObject c) {
        if (b == null) {
            return new PySlice(PyNone.NONE, a, PyNone.NONE);
        }
        return new PySlice(a, b, c == null ? PyNone.NONE : c);
    }

    @ExposedMethod
    static String __repr__(PySlice self) {
        return "slice(" + Abstract.repr(self.start) + ", " + Abstract.repr(self.stop) + ", " + Abstract.repr(self.step) + ")";
    }

    /** (slice, (start, stop, step)). Compare sliceobject.c: slice_reduce. */
    @ExposedMethod
    static PyObject __reduce__(PySlice self) {
        return PyTuple.of(TYPE, PyTuple.of(self.start, self.stop, self.step));
    }

    /**
     * slice.indices(length) for any int length and indices (arbitrary precision, unlike the
     * clamped {@link #indices(long)} sequences use). Compare sliceobject.c: slice_indices,
     * _PySlice_GetLongIndices.
     */
    @ExposedMethod
    static PyObject indices(PySlice self, PyObject len) {
        BigInteger length = Abstract.index(len).bigValue();
        if (length.signum() < 0) {
            throw PyErr.valueError("length should not be negative");
        }
        BigInteger[] r = self.bigIndices(length);
        return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
    }

    /** Whether start, stop and step are None or ints that fit a long (the clamped {@link #indices(long)} is exact). */
    boolean isSmall() {
        return small(start) && small(stop) && small(step);
    }

    private static boolean small(PyObject o) {
        return o == PyNone.NONE || o instanceof PyInt i && !i.isBig();
    }

    /** {start, stop, step} for a sequence of LENGTH (not negative), in arbitrary precision. */
    BigInteger[] bigIndices(BigInteger length) {
        PySlice self = this;
        BigInteger st = self.step == PyNone.NONE ? BigInteger.ONE : sliceIndex(self.step);
        if (st.signum() == 0) {
            throw PyErr.valueError("slice step cannot be zero");
        }
        boolean back = st.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? length.subtract(BigInteger.ONE) : length;
        BigInteger lo = self.start == PyNone.NONE ? (back ? upper : lower) : clamp(sliceIndex(self.start), length, lower, upper);
        BigInteger hi = self.stop == PyNone.NONE ? (back ? lower : upper) : clamp(sliceIndex(self.stop), length, lower, upper);
        return new BigInteger[] {lo, hi, st};
    }

    private static BigInteger sliceIndex(PyObject o) {
        if (!Abstract.hasIndex(o)) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Abstract.index(o).bigValue();
    }

    private static BigInteger clamp(BigInteger i, BigInteger length, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(length);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    @ExposedMethod
    static PyObject __eq__(PySlice self, PyObject o) {
        if (!(o instanceof PySlice s)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Ops.richCompare(PyTuple.of(self.start, self.stop, self.step), PyTuple.of(s.start, s.stop, s.step), Ops.EQ);
    }

    /** Slices are hashable since 3.12. */
    @ExposedMethod
    static long __hash__(PySlice self) {
        return Abstract.hash(PyTuple.of(self.start, self.stop, self.step));
    }

    @ExposedGetter
    static PyObject start(PySlice self) {
        return self.start;
    }

    @ExposedGetter
    static PyObject stop(PySlice self) {
        return self.stop;
    }

    @ExposedGetter
    static PyObject step(PySlice self) {
        return self.step;
    }
}
