package org.pyvm.modules.itertools;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.IterBase;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The itertools that pass on some of their input's items: compress, dropwhile,
 * takewhile, filterfalse, islice. Compare CPython Modules/itertoolsmodule.c.
 */
final class Selecting {

    private Selecting() {}

    /** compress(data, selectors). Compare compress_next. */
    static final class Compress extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "compress", Compress.class, Compress.class)
            .alsoExposedBy(IterBase.class));

        private final PyObject data;
        private final PyObject selectors;

        Compress(PyType type, PyObject data, PyObject selectors) {
            super(type);
            this.data = data;
            this.selectors = selectors;
        }

        @Override
        protected PyObject nextItem() {
            while (true) {
                PyObject d = Abstract.next(data);
                if (d == null) {
                    return null;
                }
                PyObject s = Abstract.next(selectors);
                if (s == null) {
                    return null;
                }
                if (Abstract.isTrue(s)) {
                    return d;
                }
            }
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            PyObject[] a = Args.parse("compress", args, kw, 2, 2, "data", "selectors");
            return new Compress(cls, Abstract.iter(a[0]), Abstract.iter(a[1]));
        }

        /** Compare compress_reduce. */
        @ExposedMethod
        static PyObject __reduce__(Compress self) {
            ItertoolsModule.pickleDeprecated();
            return PyTuple.of(self.type(), PyTuple.of(self.data, self.selectors));
        }
    }

    /** dropwhile(predicate, iterable). Compare dropwhile_next. */
    static final class DropWhile extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "dropwhile", DropWhile.class, DropWhile.class)
            .alsoExposedBy(IterBase.class));

        private final PyObject func;
        private final PyObject it;
        private boolean start;

        DropWhile(PyType type, PyObject func, PyObject it) {
            super(type);
            this.func = func;
            this.it = it;
        }

        @Override
        protected PyObject nextItem() {
            while (true) {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                if (start) {
                    return v;
                }
                if (!Abstract.isTrue(Abstract.call(func, v))) {
                    start = true;
                    return v;
                }
            }
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            args = Args.dropKeywords("dropwhile", cls, TYPE, args, kw);
            Args.exact("dropwhile", args, null, 2);
            return new DropWhile(cls, args[0], Abstract.iter(args[1]));
        }

        /** Compare dropwhile_reduce: whether dropping has ended is the state. */
        @ExposedMethod
        static PyObject __reduce__(DropWhile self) {
            ItertoolsModule.pickleDeprecated();
            return PyTuple.of(self.type(), PyTuple.of(self.func, self.it), PyInt.of(self.start ? 1 : 0));
        }

        /** Compare dropwhile_setstate. */
        @ExposedMethod
        static void __setstate__(DropWhile self, PyObject state) {
            ItertoolsModule.pickleDeprecated();
            self.start = Abstract.isTrue(state);
        }
    }

    /** takewhile(predicate, iterable). Compare takewhile_next. */
    static final class TakeWhile extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "takewhile", TakeWhile.class, TakeWhile.class)
            .alsoExposedBy(IterBase.class));

        private final PyObject func;
        private final PyObject it;
        private boolean stop;

        TakeWhile(PyType type, PyObject func, PyObject it) {
            super(type);
            this.func = func;
            this.it = it;
        }

        @Override
        protected PyObject nextItem() {
            if (stop) {
                return null;
            }
            PyObject v = Abstract.next(it);
            if (v == null) {
                return null;
            }
            if (Abstract.isTrue(Abstract.call(func, v))) {
                return v;
            }
            stop = true;
            return null;
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            args = Args.dropKeywords("takewhile", cls, TYPE, args, kw);
            Args.exact("takewhile", args, null, 2);
            return new TakeWhile(cls, args[0], Abstract.iter(args[1]));
        }

        /** Compare takewhile_reduce: whether taking has ended is the state. */
        @ExposedMethod
        static PyObject __reduce__(TakeWhile self) {
            ItertoolsModule.pickleDeprecated();
            return PyTuple.of(self.type(), PyTuple.of(self.func, self.it), PyInt.of(self.stop ? 1 : 0));
        }

        /** Compare takewhile_setstate. */
        @ExposedMethod
        static void __setstate__(TakeWhile self, PyObject state) {
            ItertoolsModule.pickleDeprecated();
            self.stop = Abstract.isTrue(state);
        }
    }

    /** filterfalse(function or None, iterable). Compare filterfalse_next. */
    static final class FilterFalse extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "filterfalse", FilterFalse.class,
            FilterFalse.class).alsoExposedBy(IterBase.class));

        private final PyObject func;
        private final PyObject it;

        FilterFalse(PyType type, PyObject func, PyObject it) {
            super(type);
            this.func = func;
            this.it = it;
        }

        @Override
        protected PyObject nextItem() {
            while (true) {
                PyObject v = Abstract.next(it);
                if (v == null) {
                    return null;
                }
                boolean ok = func == PyNone.NONE ? Abstract.isTrue(v) : Abstract.isTrue(Abstract.call(func, v));
                if (!ok) {
                    return v;
                }
            }
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            args = Args.dropKeywords("filterfalse", cls, TYPE, args, kw);
            Args.exact("filterfalse", args, null, 2);
            return new FilterFalse(cls, args[0], Abstract.iter(args[1]));
        }

        /** Compare filterfalse_reduce. */
        @ExposedMethod
        static PyObject __reduce__(FilterFalse self) {
            ItertoolsModule.pickleDeprecated();
            return PyTuple.of(self.type(), PyTuple.of(self.func, self.it));
        }
    }

    /** islice(iterable, stop) or islice(iterable, start, stop[, step]). Compare islice_new, islice_next. */
    static final class ISlice extends IterBase {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "islice", ISlice.class, ISlice.class)
            .alsoExposedBy(IterBase.class));

        private PyObject it;
        /** Index of the next item to return. */
        private long next;
        /** Stop index, or -1 for none. */
        private final long stop;
        private final long step;
        /** Items consumed so far. */
        private long cnt;

        ISlice(PyType type, PyObject it, long start, long stop, long step) {
            super(type);
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        protected PyObject nextItem() {
            PyObject source = it;
            if (source == null) {
                return null;
            }
            while (cnt < next) {
                if (Abstract.next(source) == null) {
                    it = null;
                    return null;
                }
                cnt++;
            }
            if (stop != -1 && cnt >= stop) {
                it = null;
                return null;
            }
            PyObject v = Abstract.next(source);
            if (v == null) {
                it = null;
                return null;
            }
            cnt++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) {
                next = stop;
            }
            return v;
        }

        /** A non-negative index, or -1 for None; -2 when the value is not acceptable. */
        private static long index(PyObject o) {
            if (o == PyNone.NONE) {
                return -1;
            }
            try {
                PyInt i = Abstract.index(o);
                if (i.signum() < 0) {
                    return -2;
                }
                return i.isBig() ? Long.MAX_VALUE : i.value;
            } catch (PyBaseException e) {
                return -2;
            }
        }

        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            args = Args.dropKeywords("islice", cls, TYPE, args, kw);
            Args.positional("islice", args.length, 2, 4);
            long start = 0;
            long step = 1;
            long stop;
            if (args.length == 2) {
                stop = index(args[1]);
                if (stop == -2) {
                    throw PyErr.valueError(
                        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
                }
            } else {
                start = index(args[1]);
                stop = index(args[2]);
                if (stop == -2) {
                    throw PyErr.valueError(
                        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
                }
                if (start == -2) {
                    throw PyErr.valueError(
                        "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
                }
                if (start == -1) {
                    start = 0;
                }
                if (args.length == 4) {
                    step = index(args[3]);
                    if (step == -1) {
                        step = 1;
                    } else if (step < 1) {
                        throw PyErr.valueError("Step for islice() must be a positive integer or None.");
                    }
                }
            }
            return new ISlice(cls, Abstract.iter(args[0]), start, stop, step);
        }

        /** A new islice with the same bounds, then the count as state. Compare islice_reduce. */
        @ExposedMethod
        static PyObject __reduce__(ISlice self) {
            ItertoolsModule.pickleDeprecated();
            if (self.it == null) {
                return PyTuple.of(self.type(), PyTuple.of(Abstract.iter(new PyList()), PyInt.ZERO), PyInt.ZERO);
            }
            PyObject stop = self.stop == -1 ? PyNone.NONE : PyInt.of(self.stop);
            return PyTuple.of(self.type(), PyTuple.of(self.it, PyInt.of(self.next), stop, PyInt.of(self.step)),
                PyInt.of(self.cnt));
        }

        /** Compare islice_setstate. */
        @ExposedMethod
        static void __setstate__(ISlice self, PyObject state) {
            ItertoolsModule.pickleDeprecated();
            PyInt n = Abstract.index(state);
            if (n.isBig()) {
                throw PyErr.overflowError("Python int too large to convert to C ssize_t");
            }
            self.cnt = n.value;
        }
    }
}
