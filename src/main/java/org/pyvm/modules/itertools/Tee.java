package org.pyvm.modules.itertools;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.IterBase;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * tee's iterators, _tee: each reads the shared buffer of items, a chain of
 * {@link Data} blocks, at its own position; a block is dropped by the collector once
 * every tee has passed it. Compare CPython Modules/itertoolsmodule.c: teedataobject,
 * tee_next, tee_copy, tee_fromiterable.
 */
final class Tee extends IterBase {
    static final PyType TYPE = Types.finish(Types.builtin("itertools", "_tee", Tee.class, Tee.class)
        .alsoExposedBy(IterBase.class).notSubclassable());

    /** Items per block (CPython's LINKCELLS). */
    static final int LINKCELLS = 57;

    private Data data;
    private int index;

    Tee(Data data, int index) {
        super(TYPE);
        this.data = data;
        this.index = index;
    }

    /** A tee over IT: a copy when IT is a tee itself. Compare tee_fromiterable. */
    static Tee fromIterable(PyObject iterable) {
        PyObject it = Abstract.iter(iterable);
        if (it instanceof Tee t) {
            return new Tee(t.data, t.index);
        }
        return new Tee(new Data(it), 0);
    }

    @Override
    protected PyObject nextItem() {
        if (index >= LINKCELLS) {
            data = data.nextBlock();
            index = 0;
        }
        PyObject v = data.get(index);
        if (v == null) {
            return null;
        }
        index++;
        return v;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        Args.exact("_tee", args, kw, 1);
        return fromIterable(args[0]);
    }

    @ExposedMethod
    static PyObject __copy__(Tee self) {
        return new Tee(self.data, self.index);
    }

    /** _tee(()) given the buffer and position as state. Compare tee_reduce. */
    @ExposedMethod
    static PyObject __reduce__(Tee self) {
        ItertoolsModule.pickleDeprecated();
        return PyTuple.of(TYPE, PyTuple.of(PyTuple.EMPTY), PyTuple.of(self.data, PyInt.of(self.index)));
    }

    /** Compare tee_setstate. */
    @ExposedMethod
    static void __setstate__(Tee self, PyObject state) {
        ItertoolsModule.pickleDeprecated();
        if (!(state instanceof PyTuple t)) {
            throw PyErr.typeError("state is not a tuple");
        }
        if (t.size() != 2) {
            throw PyErr.typeError("function takes exactly 2 arguments (" + t.size() + " given)");
        }
        if (!(t.get(0) instanceof Data d)) {
            throw PyErr.typeError("argument 1 must be itertools._tee_dataobject, not " + t.get(0).type().getName());
        }
        int index = Abstract.index(t.get(1)).intValue();
        if (index < 0 || index > LINKCELLS) {
            throw PyErr.valueError("Index out of range");
        }
        self.data = d;
        self.index = index;
    }

    /** itertools.tee(iterable, n=2). Compare itertools_tee_impl. */
    static PyObject tee(PyObject iterable, long n) {
        if (n < 0) {
            throw PyErr.valueError("n must be >= 0");
        }
        PyObject[] out = new PyObject[(int) n];
        if (n == 0) {
            return org.pyvm.runtime.PyTuple.EMPTY;
        }
        PyObject it = Abstract.iter(iterable);
        PyObject copy = Abstract.lookupAttr(it, "__copy__");
        PyObject first;
        if (copy != null) {
            first = it;
        } else {
            Tee t = new Tee(new Data(it), 0);
            first = t;
            copy = Abstract.getAttr(t, "__copy__");
        }
        out[0] = first;
        for (int i = 1; i < n; i++) {
            out[i] = Abstract.call(copy);
        }
        return org.pyvm.runtime.PyTuple.of(out);
    }

    /** A block of buffered items, _tee_dataobject. Compare teedataobject_getitem, teedataobject_jumplink. */
    static final class Data implements PyObject {
        static final PyType TYPE = Types.finish(Types.builtin("itertools", "_tee_dataobject", Data.class, Data.class)
            .notSubclassable());

        private final PyObject it;
        private final PyObject[] values = new PyObject[LINKCELLS];
        private int numread;
        private boolean running;
        private Data next;

        Data(PyObject it) {
            this.it = it;
        }

        /**
         * _tee_dataobject(iterable, values, next) rebuilds a pickled buffer: next only
         * after a full block. Compare itertools_teedataobject_impl.
         */
        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            Args.noKeywords("teedataobject", kw);
            Args.positional("teedataobject", args.length, 3, 3);
            if (!(args[1] instanceof PyList values)) {
                throw PyErr.typeError("teedataobject() argument 2 must be list, not " + args[1].type().getName());
            }
            Data d = new Data(args[0]);
            PyObject[] items = values.toArray();
            PyObject next = args[2];
            boolean ok = items.length <= LINKCELLS;
            if (ok && items.length == LINKCELLS) {
                if (next instanceof Data nd) {
                    d.next = nd;
                } else {
                    ok = next == PyNone.NONE;
                }
            } else if (ok) {
                ok = next == PyNone.NONE;
            }
            if (!ok) {
                throw PyErr.valueError("Invalid arguments");
            }
            System.arraycopy(items, 0, d.values, 0, items.length);
            d.numread = items.length;
            return d;
        }

        /** (it, the items read, the next block or None). Compare teedataobject_reduce. */
        @ExposedMethod
        static PyObject __reduce__(Data self) {
            PyObject[] read = java.util.Arrays.copyOf(self.values, self.numread);
            return PyTuple.of(TYPE, PyTuple.of(self.it, new PyList(read), self.next == null ? PyNone.NONE : self.next));
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        PyObject get(int i) {
            if (i < numread) {
                return values[i];
            }
            if (running) {
                throw PyErr.runtimeError("cannot re-enter the tee iterator");
            }
            running = true;
            PyObject v;
            try {
                v = Abstract.next(it);
            } finally {
                running = false;
            }
            if (v == null) {
                return null;
            }
            values[numread++] = v;
            return v;
        }

        Data nextBlock() {
            if (next == null) {
                next = new Data(it);
            }
            return next;
        }
    }
}
