package org.pyvm.runtime;

/** The methods of {@code tuple}. Compare CPython Objects/tupleobject.c. */
final class TupleMethods {

    private TupleMethods() {}

    /**
     * tuple(iterable=(), /). Keywords are refused unless a subclass defines its own
     * __init__ (which takes them). Compare tupleobject.c: tuple_vectorcall, tuple_new_impl.
     */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (nkw > 0 && (cls == PyTuple.TYPE || !overridesInit(cls))) {
            throw PyErr.typeError("tuple() takes no keyword arguments");
        }
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyErr.typeError("tuple expected at most 1 argument, got " + npos);
        }
        return make(cls, npos == 0 ? null : args[0]);
    }

    /** Whether CLS has an __init__ other than object's (CPython: tp_init != PyTuple_Type.tp_init). */
    static boolean overridesInit(PyType cls) {
        return cls.lookup("__init__") != PyType.OBJECT.getDict().getStr("__init__");
    }

    private static PyObject make(PyType cls, PyObject iterable) {
        PyObject[] items = iterable == null ? new PyObject[0] : Abstract.toArray(iterable);
        if (cls != PyTuple.TYPE) {
            // A class with __del__ gets it run once the instance dies (InstanceFinalizer).
            return cls.hasDel() ? InstanceFinalizer.trackTuple(cls, items) : new PyTupleSubclass(cls, items);
        }
        if (iterable instanceof PyTuple t && t.getClass() == PyTuple.class) {
            return t;
        }
        return PyTuple.of(items);
    }

    @ExposedMethod
    static String __repr__(PyTuple self) {
        if (self.items.length == 0) {
            return "()";
        }
        return Repr.guarded(self, "(...)", () -> {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < self.items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Abstract.repr(self.items[i]));
            }
            return sb.append(self.items.length == 1 ? ",)" : ")").toString();
        });
    }

    @ExposedMethod
    static long __len__(PyTuple self) {
        return self.items.length;
    }

    @ExposedMethod
    static PyObject __getitem__(PyTuple self, PyObject key) {
        if (key instanceof PySlice sl) {
            return PyTuple.of(Sequences.slice(self.items, self.items.length, sl));
        }
        return self.items[Sequences.index(key, self.items.length, "tuple")];
    }

    @ExposedMethod
    static PyObject __iter__(PyTuple self) {
        return new PySeqIter(self);
    }

    @ExposedMethod
    static boolean __contains__(PyTuple self, PyObject o) {
        for (PyObject x : self.items) {
            if (x == o || Ops.eqBool(x, o)) {
                return true;
            }
        }
        return false;
    }

    @ExposedMethod
    static PyObject __add__(PyTuple self, PyObject o) {
        if (!(o instanceof PyTuple t)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyTuple.of(Sequences.concat(self.items, self.items.length, t.items, t.items.length));
    }

    @ExposedMethod
    static PyObject __mul__(PyTuple self, PyObject n) {
        long k = Abstract.asSsize(n, PyExc.OverflowError);
        if ((k == 1 || self.items.length == 0) && self.type() == PyTuple.TYPE) {
            // An exact tuple times one, or an empty one, is itself (tupleobject.c: tuplerepeat).
            return self;
        }
        return PyTuple.of(Sequences.repeat(self.items, self.items.length, k));
    }

    @ExposedMethod
    static PyObject __rmul__(PyTuple self, PyObject n) {
        return __mul__(self, n);
    }

    @ExposedMethod
    static long __hash__(PyTuple self) {
        return Sequences.tupleHash(self.items);
    }

    private static PyObject cmp(PyTuple self, PyObject o, int op) {
        if (!(o instanceof PyTuple t)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Sequences.richCompare(self.items, self.items.length, t.items, t.items.length, op);
    }

    @ExposedMethod
    static PyObject __eq__(PyTuple self, PyObject o) {
        return cmp(self, o, Ops.EQ);
    }

    @ExposedMethod
    static PyObject __ne__(PyTuple self, PyObject o) {
        return cmp(self, o, Ops.NE);
    }

    @ExposedMethod
    static PyObject __lt__(PyTuple self, PyObject o) {
        return cmp(self, o, Ops.LT);
    }

    @ExposedMethod
    static PyObject __le__(PyTuple self, PyObject o) {
        return cmp(self, o, Ops.LE);
    }

    @ExposedMethod
    static PyObject __gt__(PyTuple self, PyObject o) {
        return cmp(self, o, Ops.GT);
    }

    @ExposedMethod
    static PyObject __ge__(PyTuple self, PyObject o) {
        return cmp(self, o, Ops.GE);
    }

    @ExposedMethod
    static long count(PyTuple self, PyObject v) {
        long c = 0;
        for (PyObject x : self.items) {
            if (x == v || Ops.eqBool(x, v)) {
                c++;
            }
        }
        return c;
    }

    @ExposedMethod(min = 1)
    static long index(PyTuple self, PyObject v, PyObject start, PyObject stop) {
        int[] r = Abstract.sliceBounds(start, stop, self.items.length);
        for (int i = r[0]; i < r[1]; i++) {
            if (self.items[i] == v || Ops.eqBool(self.items[i], v)) {
                return i;
            }
        }
        throw PyErr.valueError("tuple.index(x): x not in tuple");
    }

    @ExposedMethod
    static PyObject __getnewargs__(PyTuple self) {
        return PyTuple.of(PyTuple.of(self.toArray()));
    }
}
