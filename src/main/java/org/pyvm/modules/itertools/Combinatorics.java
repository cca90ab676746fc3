package org.pyvm.modules.itertools;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.IterBase;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The combinatoric itertools: product, permutations, combinations,
 * combinations_with_replacement. Each reads its input into a pool once and steps an
 * array of indices, in the order of the pure-Python equivalents in the itertools
 * documentation. Compare CPython Modules/itertoolsmodule.c: product_next,
 * permutations_next, combinations_next, cwr_next.
 */
final class Combinatorics {

    private Combinatorics() {}

    private static int size(PyInt n) {
        return n.isBig() || n.value > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n.value;
    }

    /** The ints of INDICES[0:n] as a tuple, for the pickled state. */
    private static PyObject intTuple(int[] indices, int n) {
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) {
            out[i] = PyInt.of(indices[i]);
        }
        return PyTuple.of(out);
    }

    /** A state entry as an index, clamped to [lo, hi] (PyLong_AsSsize_t, then clamping as CPython does). */
    private static int clamp(PyObject v, long lo, long hi) {
        if (!(v instanceof PyInt x)) {
            throw PyErr.typeError("an integer is required");
        }
        if (x.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        long i = x.value;
        if (i > hi) {
            i = hi;
        }
        if (i < lo) {
            i = lo;
        }
        return (int) i;
    }

    private static PyObject pick(PyObject[] pool, int[] indices, int r) {
        PyObject[] out = new PyObject[r];
        for (int i = 0; i < r; i++) {
            out[i] = pool[indices[i]];
        }
        return PyTuple.of(out);
    }

    /** product(*iterables, repeat=1). */
    static final class Product extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "product", Product.class, Product.class)
            .alsoExposedBy(IterBase.class));

        private final PyObject[][] pools;
        private final int[] indices;
        private boolean started;
        private boolean stopped;

        Product(PyType type, PyObject[][] pools) {
            super(type);
            this.pools = pools;
            this.indices = new int[pools.length];
        }

        @Override
        protected PyObject nextItem() {
            if (stopped) {
                return null;
            }
            if (!started) {
                started = true;
                for (PyObject[] p : pools) {
                    if (p.length == 0) {
                        stopped = true;
                        return null;
                    }
                }
            } else {
                int i = pools.length - 1;
                while (i >= 0) {
                    indices[i]++;
                    if (indices[i] < pools[i].length) {
                        break;
                    }
                    indices[i] = 0;
                    i--;
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
            }
            PyObject[] out = new PyObject[pools.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = pools[i][indices[i]];
            }
            return PyTuple.of(out);
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            int nkw = Args.nkw(kw);
            long repeat = 1;
            for (int k = 0; k < nkw; k++) {
                if (!kw[k].equals("repeat")) {
                    throw PyErr.typeError("'" + kw[k] + "' is an invalid keyword argument for product()");
                }
                PyInt r = Abstract.index(args[args.length - nkw + k]);
                if (r.signum() < 0) {
                    throw PyErr.valueError("repeat argument cannot be negative");
                }
                repeat = r.isBig() ? Long.MAX_VALUE : r.value;
            }
            int n = args.length - nkw;
            if (n > 0 && repeat > Integer.MAX_VALUE / n) {
                throw PyErr.overflowError("repeat argument too large");
            }
            PyObject[][] base = new PyObject[n][];
            for (int i = 0; i < n; i++) {
                base[i] = Abstract.toArray(args[i]);
            }
            PyObject[][] pools = new PyObject[(int) (n * repeat)][];
            for (int i = 0; i < pools.length; i++) {
                pools[i] = base[i % n];
            }
            return new Product(cls, pools);
        }

        private PyObject poolsTuple() {
            PyObject[] ps = new PyObject[pools.length];
            for (int i = 0; i < ps.length; i++) {
                ps[i] = PyTuple.of(pools[i].clone());
            }
            return PyTuple.of(ps);
        }

        /** The pools, and once started the indices as state. Compare product_reduce. */
        @ExposedMethod
        static PyObject __reduce__(Product self) {
            ItertoolsModule.pickleDeprecated();
            if (self.stopped) {
                return PyTuple.of(self.type(), PyTuple.of(PyTuple.EMPTY));
            }
            if (!self.started) {
                return PyTuple.of(self.type(), self.poolsTuple());
            }
            PyObject[] idx = new PyObject[self.indices.length];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = PyInt.of(self.indices[i]);
            }
            return PyTuple.of(self.type(), self.poolsTuple(), PyTuple.of(idx));
        }

        /** Indices clamped to the pools; an empty pool stops it. Compare product_setstate. */
        @ExposedMethod
        static void __setstate__(Product self, PyObject state) {
            ItertoolsModule.pickleDeprecated();
            int n = self.pools.length;
            if (!(state instanceof PyTuple t) || t.size() != n) {
                throw PyErr.valueError("invalid arguments");
            }
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                PyInt v = Abstract.index(t.get(i));
                int size = self.pools[i].length;
                if (size == 0) {
                    self.stopped = true;
                    return;
                }
                long x = v.signum() < 0 ? 0 : v.isBig() ? Long.MAX_VALUE : v.value;
                idx[i] = (int) Math.min(x, size - 1);
            }
            System.arraycopy(idx, 0, self.indices, 0, n);
            self.started = true;
        }
    }

    /** permutations(iterable, r=None). */
    static final class Permutations extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "permutations", Permutations.class,
            Permutations.class).alsoExposedBy(IterBase.class));

        private final PyObject[] pool;
        private final int r;
        private final int[] indices;
        private final int[] cycles;
        private boolean started;
        private boolean stopped;

        Permutations(PyType type, PyObject[] pool, int r) {
            super(type);
            this.pool = pool;
            this.r = r;
            int n = pool.length;
            this.stopped = r > n;
            this.indices = new int[n];
            this.cycles = new int[Math.min(r, n)];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            for (int i = 0; i < cycles.length; i++) {
                cycles[i] = n - i;
            }
        }

        @Override
        protected PyObject nextItem() {
            if (stopped) {
                return null;
            }
            int n = pool.length;
            if (!started) {
                started = true;
                return pick(pool, indices, r);
            }
            if (n == 0) {
                stopped = true;
                return null;
            }
            for (int i = r - 1; i >= 0; i--) {
                cycles[i]--;
                if (cycles[i] == 0) {
                    // Rotate indices[i:] left by one.
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int t = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = t;
                    return pick(pool, indices, r);
                }
            }
            stopped = true;
            return null;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            PyObject[] a = Args.parse("permutations", args, kw, 1, 2, "iterable", "r");
            PyObject[] pool = Abstract.toArray(a[0]);
            int r = pool.length;
            if (a[1] != null && a[1] != PyNone.NONE) {
                if (!(a[1] instanceof PyInt ri)) {
                    throw PyErr.typeError("Expected int as r");
                }
                if (ri.signum() < 0) {
                    throw PyErr.valueError("r must be non-negative");
                }
                r = size(ri);
            }
            return new Permutations(cls, pool, r);
        }

        /** (pool, r), then (indices, cycles) once started. Compare permutations_reduce. */
        @ExposedMethod
        static PyObject __reduce__(Permutations self) {
            ItertoolsModule.pickleDeprecated();
            if (!self.started) {
                return PyTuple.of(self.type(), PyTuple.of(PyTuple.of(self.pool.clone()), PyInt.of(self.r)));
            }
            if (self.stopped) {
                return PyTuple.of(self.type(), PyTuple.of(PyTuple.EMPTY, PyInt.of(self.r)));
            }
            return PyTuple.of(self.type(), PyTuple.of(PyTuple.of(self.pool.clone()), PyInt.of(self.r)),
                PyTuple.of(intTuple(self.indices, self.indices.length), intTuple(self.cycles, self.r)));
        }

        /** Indices and cycles clamped to their ranges. Compare permutations_setstate. */
        @ExposedMethod
        static void __setstate__(Permutations self, PyObject state) {
            ItertoolsModule.pickleDeprecated();
            if (!(state instanceof PyTuple st)) {
                throw PyErr.typeError("state is not a tuple");
            }
            if (st.size() != 2) {
                throw PyErr.typeError("function takes exactly 2 arguments (" + st.size() + " given)");
            }
            for (int k = 0; k < 2; k++) {
                if (!(st.get(k) instanceof PyTuple)) {
                    throw PyErr.typeError("argument " + (k + 1) + " must be tuple, not " + st.get(k).type().getName());
                }
            }
            PyTuple indices = (PyTuple) st.get(0);
            PyTuple cycles = (PyTuple) st.get(1);
            int n = self.pool.length;
            if (indices.size() != n || cycles.size() != self.r || self.r > n) {
                throw PyErr.valueError("invalid arguments");
            }
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = clamp(indices.get(i), 0, n - 1);
            }
            int[] cyc = new int[self.r];
            for (int i = 0; i < self.r; i++) {
                cyc[i] = clamp(cycles.get(i), 1, n - i);
            }
            System.arraycopy(idx, 0, self.indices, 0, n);
            System.arraycopy(cyc, 0, self.cycles, 0, self.r);
            self.started = true;
        }
    }

    /** combinations(iterable, r) and combinations_with_replacement(iterable, r). */
    static final class Combinations extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "combinations", Combinations.class,
            Combinations.class).alsoExposedBy(IterBase.class));

        private final PyObject[] pool;
        private final int r;
        private final int[] indices;
        private final boolean replace;
        private boolean started;
        private boolean stopped;

        Combinations(PyType type, PyObject[] pool, int r, boolean replace) {
            super(type);
            this.pool = pool;
            this.r = r;
            this.replace = replace;
            int n = pool.length;
            this.stopped = replace ? (n == 0 && r > 0) : r > n;
            this.indices = new int[stopped ? 0 : r];
            if (!replace) {
                for (int i = 0; i < indices.length; i++) {
                    indices[i] = i;
                }
            }
        }

        @Override
        protected PyObject nextItem() {
            if (stopped) {
                return null;
            }
            if (!started) {
                started = true;
                return pick(pool, indices, r);
            }
            int n = pool.length;
            int i = r - 1;
            if (replace) {
                while (i >= 0 && indices[i] == n - 1) {
                    i--;
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) {
                    indices[j] = v;
                }
            } else {
                while (i >= 0 && indices[i] == i + n - r) {
                    i--;
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) {
                    indices[j] = indices[j - 1] + 1;
                }
            }
            return pick(pool, indices, r);
        }

        static PyObject make(PyType cls, PyObject[] args, String[] kw, String name, boolean replace) {
            PyObject[] a = Args.parse(name, args, kw, 2, 2, "iterable", "r");
            PyObject[] pool = Abstract.toArray(a[0]);
            PyInt r = Abstract.index(a[1]);
            if (r.signum() < 0) {
                throw PyErr.valueError("r must be non-negative");
            }
            return new Combinations(cls, pool, size(r), replace);
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            return make(cls, args, kw, "combinations", false);
        }

        /** (pool, r), then the indices once started. Compare combinations_reduce, cwr_reduce. */
        @ExposedMethod
        static PyObject __reduce__(Combinations self) {
            ItertoolsModule.pickleDeprecated();
            if (!self.started) {
                return PyTuple.of(self.type(), PyTuple.of(PyTuple.of(self.pool.clone()), PyInt.of(self.r)));
            }
            if (self.stopped) {
                return PyTuple.of(self.type(), PyTuple.of(PyTuple.EMPTY, PyInt.of(self.r)));
            }
            return PyTuple.of(self.type(), PyTuple.of(PyTuple.of(self.pool.clone()), PyInt.of(self.r)),
                intTuple(self.indices, self.r));
        }

        /**
         * Indices clamped: to [0, i+n-r] for combinations, to [0, n-1] with replacement.
         * Compare combinations_setstate, cwr_setstate.
         */
        @ExposedMethod
        static void __setstate__(Combinations self, PyObject state) {
            ItertoolsModule.pickleDeprecated();
            if (!(state instanceof PyTuple st) || st.size() != self.r) {
                throw PyErr.valueError("invalid arguments");
            }
            int n = self.pool.length;
            int[] idx = new int[self.r];
            for (int i = 0; i < self.r; i++) {
                long max = self.replace ? n - 1 : (long) i + n - self.r;
                idx[i] = clamp(st.get(i), 0, Math.max(max, 0));
            }
            if (self.indices.length == self.r) {
                // A stopped iterator (r > n) keeps no indices; it stays stopped, as in CPython.
                System.arraycopy(idx, 0, self.indices, 0, self.r);
            }
            self.started = true;
        }
    }

    /** combinations_with_replacement: its own type, the stepping of {@link Combinations}. */
    static final class CombinationsWithReplacement {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "combinations_with_replacement",
            Combinations.class, CombinationsWithReplacement.class).alsoExposedBy(IterBase.class));

        private CombinationsWithReplacement() {}

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            return Combinations.make(cls, args, kw, "combinations_with_replacement", true);
        }

        @ExposedMethod
        static PyObject __reduce__(Combinations self) {
            return Combinations.__reduce__(self);
        }

        @ExposedMethod
        static void __setstate__(Combinations self, PyObject state) {
            Combinations.__setstate__(self, state);
        }
    }
}
