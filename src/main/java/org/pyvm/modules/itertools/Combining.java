package org.pyvm.modules.itertools;

import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.PyGenericAlias;
import org.pyvm.modules.corelib.IterBase;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Ops;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The itertools that combine or regroup their input's items: accumulate, batched,
 * chain, pairwise, starmap, zip_longest. Compare CPython Modules/itertoolsmodule.c.
 */
final class Combining {

    private Combining() {}

    /** accumulate(iterable, func=None, *, initial=None). Compare accumulate_next. */
    static final class Accumulate extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "accumulate", Accumulate.class,
            Accumulate.class).alsoExposedBy(IterBase.class));

        private final PyObject it;
        private final PyObject func;
        private PyObject initial;
        /** The running total; null before the first item. */
        private PyObject total;

        Accumulate(PyType type, PyObject it, PyObject func, PyObject initial) {
            super(type);
            this.it = it;
            this.func = func;
            this.initial = initial;
        }

        @Override
        protected PyObject nextItem() {
            if (initial != PyNone.NONE) {
                total = initial;
                initial = PyNone.NONE;
                return total;
            }
            PyObject v = Abstract.next(it);
            if (v == null) {
                return null;
            }
            if (total == null) {
                total = v;
            } else if (func == PyNone.NONE) {
                total = Ops.binaryOp(total, v, Ops.NB_ADD);
            } else {
                total = Abstract.call(func, total, v);
            }
            return total;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            PyObject[] a = Args.parse("accumulate", args, kw, 1, 2, "iterable", "func", "initial");
            return new Accumulate(cls, Abstract.iter(a[0]), a[1] == null ? PyNone.NONE : a[1],
                a[2] == null ? PyNone.NONE : a[2]);
        }

        /**
         * An initial value not yet produced is chained in front of the iterator; a total set
         * to None by __setstate__ is chained in and skipped. Compare accumulate_reduce.
         */
        @ExposedMethod
        static PyObject __reduce__(Accumulate self) {
            ItertoolsModule.pickleDeprecated();
            if (self.initial != PyNone.NONE) {
                PyObject it = Abstract.call(Chain.TYPE, PyTuple.of(self.initial), self.it);
                return PyTuple.of(self.type(), PyTuple.of(it, self.func), PyNone.NONE);
            }
            if (self.total == PyNone.NONE) {
                // islice(accumulate(chain((None,), it), func), 1, None): the None restarts the
                // total and is skipped.
                PyObject it = Abstract.call(Chain.TYPE, PyTuple.of(self.total), self.it);
                it = Abstract.call(self.type(), it, self.func);
                return PyTuple.of(Selecting.ISlice.TYPE, PyTuple.of(it, PyInt.ONE, PyNone.NONE));
            }
            return PyTuple.of(self.type(), PyTuple.of(self.it, self.func),
                self.total == null ? PyNone.NONE : self.total);
        }

        /** Compare accumulate_setstate. */
        @ExposedMethod
        static void __setstate__(Accumulate self, PyObject state) {
            ItertoolsModule.pickleDeprecated();
            self.total = state;
        }
    }

    /** batched(iterable, n). Compare batched_next. */
    static final class Batched extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "batched", Batched.class, Batched.class)
            .alsoExposedBy(IterBase.class));

        private PyObject it;
        private final int n;

        Batched(PyType type, PyObject it, int n) {
            super(type);
            this.it = it;
            this.n = n;
        }

        @Override
        protected PyObject nextItem() {
            if (it == null) {
                return null;
            }
            PyObject[] items = new PyObject[Math.min(n, 16)];
            int k = 0;
            while (k < n) {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    it = null;
                    break;
                }
                if (k == items.length) {
                    items = java.util.Arrays.copyOf(items, (int) Math.min((long) n, items.length * 2L));
                }
                items[k++] = v;
            }
            if (k == 0) {
                return null;
            }
            return PyTuple.of(k == items.length ? items : java.util.Arrays.copyOf(items, k));
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            PyObject[] a = Args.parse("batched", args, kw, 2, 2, "iterable", "n");
            PyInt n = Abstract.index(a[1]);
            if (n.signum() <= 0) {
                throw PyErr.valueError("n must be at least one");
            }
            int size = n.isBig() || n.value > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n.value;
            return new Batched(cls, Abstract.iter(a[0]), size);
        }
    }

    /** chain(*iterables) and chain.from_iterable(iterable). Compare chain_next. */
    static final class Chain extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "chain", Chain.class, Chain.class)
            .alsoExposedBy(IterBase.class));

        /** Iterator over the iterables, or null when exhausted. */
        private PyObject source;
        private PyObject active;

        Chain(PyType type, PyObject source) {
            super(type);
            this.source = source;
        }

        @Override
        protected PyObject nextItem() {
            while (source != null) {
                if (active == null) {
                    PyObject iterable = Abstract.next(source);
                    if (iterable == null) {
                        source = null;
                        return null;
                    }
                    active = Abstract.iter(iterable);
                }
                PyObject v = Abstract.next(active);
                if (v != null) {
                    return v;
                }
                active = null;
            }
            return null;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            args = Args.dropKeywords("chain", cls, TYPE, args, kw);
            return new Chain(cls, Abstract.iter(PyTuple.of(args.clone())));
        }

        /** chain() with (source[, active]) as its state. Compare chain_reduce. */
        @ExposedMethod
        static PyObject __reduce__(Chain self) {
            ItertoolsModule.pickleDeprecated();
            if (self.source == null) {
                return PyTuple.of(self.type(), PyTuple.EMPTY);
            }
            PyObject state = self.active == null ? PyTuple.of(self.source) : PyTuple.of(self.source, self.active);
            return PyTuple.of(self.type(), PyTuple.EMPTY, state);
        }

        /** Compare chain_setstate. */
        @ExposedMethod
        static void __setstate__(Chain self, PyObject state) {
            ItertoolsModule.pickleDeprecated();
            if (!(state instanceof PyTuple t)) {
                throw PyErr.typeError("state is not a tuple");
            }
            if (t.size() < 1 || t.size() > 2) {
                throw PyErr.typeError(t.size() < 1 ? "function takes at least 1 argument (0 given)"
                    : "function takes at most 2 arguments (" + t.size() + " given)");
            }
            PyObject source = t.get(0);
            PyObject active = t.size() == 2 ? t.get(1) : null;
            if (!isIterator(source) || (active != null && !isIterator(active))) {
                throw PyErr.typeError("Arguments must be iterators.");
            }
            self.source = source;
            self.active = active;
        }

        /** CPython's PyIter_Check: the type has __next__. */
        private static boolean isIterator(PyObject o) {
            return o.type().lookup("__next__") != null;
        }

        @ExposedMethod(classMethod = true)
        static PyObject from_iterable(PyObject cls, PyObject iterable) {
            return new Chain((PyType) cls, Abstract.iter(iterable));
        }

        @ExposedMethod(classMethod = true)
        static PyObject __class_getitem__(PyObject cls, PyObject item) {
            return PyGenericAlias.classGetItem(cls, item);
        }
    }

    /** pairwise(iterable). Compare pairwise_next. */
    static final class Pairwise extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "pairwise", Pairwise.class, Pairwise.class)
            .alsoExposedBy(IterBase.class));

        private PyObject it;
        private PyObject old;

        Pairwise(PyType type, PyObject it) {
            super(type);
            this.it = it;
        }

        @Override
        protected PyObject nextItem() {
            // Locals, re-read after each call out: the source may re-enter this pairwise
            // (test_pairwise_reenter). Compare CPython 3.12 pairwise_next.
            PyObject src = it;
            if (src == null) {
                return null;
            }
            PyObject first = old;
            if (first == null) {
                first = Abstract.next(src);
                old = first;
                if (first == null) {
                    it = null;
                    return null;
                }
                src = it;
                if (src == null) {
                    old = null;
                    return null;
                }
            }
            PyObject v = Abstract.next(src);
            if (v == null) {
                it = null;
                old = null;
                return null;
            }
            PyObject r = PyTuple.of(first, v);
            old = v;
            return r;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            Args.exact("pairwise", args, kw, 1);
            return new Pairwise(cls, Abstract.iter(args[0]));
        }
    }

    /** starmap(function, iterable). Compare starmap_next. */
    static final class StarMap extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "starmap", StarMap.class, StarMap.class)
            .alsoExposedBy(IterBase.class));

        private final PyObject func;
        private final PyObject it;

        StarMap(PyType type, PyObject func, PyObject it) {
            super(type);
            this.func = func;
            this.it = it;
        }

        @Override
        protected PyObject nextItem() {
            PyObject v = Abstract.next(it);
            if (v == null) {
                return null;
            }
            return Abstract.call(func, Abstract.toArray(v));
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            args = Args.dropKeywords("starmap", cls, TYPE, args, kw);
            Args.exact("starmap", args, null, 2);
            return new StarMap(cls, args[0], Abstract.iter(args[1]));
        }

        /** Compare starmap_reduce. */
        @ExposedMethod
        static PyObject __reduce__(StarMap self) {
            ItertoolsModule.pickleDeprecated();
            return PyTuple.of(self.type(), PyTuple.of(self.func, self.it));
        }
    }

    /** zip_longest(*iterables, fillvalue=None). Compare zip_longest_next. */
    static final class ZipLongest extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "zip_longest", ZipLongest.class,
            ZipLongest.class).alsoExposedBy(IterBase.class));

        private final PyObject[] its;
        private PyObject fill;
        private int active;

        ZipLongest(PyType type, PyObject[] its, PyObject fill) {
            super(type);
            this.its = its;
            this.fill = fill;
            this.active = its.length;
        }

        @Override
        protected PyObject nextItem() {
            if (its.length == 0 || active == 0) {
                return null;
            }
            PyObject[] items = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v;
                if (its[i] == null) {
                    v = fill;
                } else {
                    v = Abstract.next(its[i]);
                    if (v == null) {
                        its[i] = null;
                        active--;
                        if (active == 0) {
                            return null;
                        }
                        v = fill;
                    }
                }
                items[i] = v;
            }
            return PyTuple.of(items);
        }

        /** Exhausted iterators become (); the fill value is the state. Compare zip_longest_reduce. */
        @ExposedMethod
        static PyObject __reduce__(ZipLongest self) {
            ItertoolsModule.pickleDeprecated();
            PyObject[] args = new PyObject[self.its.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = self.its[i] == null ? PyTuple.EMPTY : self.its[i];
            }
            return PyTuple.of(self.type(), PyTuple.of(args), self.fill);
        }

        /** Compare zip_longest_setstate. */
        @ExposedMethod
        static void __setstate__(ZipLongest self, PyObject state) {
            ItertoolsModule.pickleDeprecated();
            self.fill = state;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            int nkw = Args.nkw(kw);
            PyObject fill = PyNone.NONE;
            for (int k = 0; k < nkw; k++) {
                if (!kw[k].equals("fillvalue")) {
                    throw PyErr.typeError("zip_longest() got an unexpected keyword argument");
                }
                fill = args[args.length - nkw + k];
            }
            PyObject[] its = new PyObject[args.length - nkw];
            for (int i = 0; i < its.length; i++) {
                its[i] = Abstract.iter(args[i]);
            }
            return new ZipLongest(cls, its, fill);
        }
    }
}
