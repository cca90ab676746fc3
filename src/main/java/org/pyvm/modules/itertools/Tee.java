package org.pyvm.modules.itertools;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.IterBase;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyObject;
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

        /** _tee_dataobject(iterable, values, next) rebuilds a pickled buffer; pickling tees is not done here. */
        @ExposedMethod
        static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
            throw PyErr.notSupported("itertools._tee_dataobject()");
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
