package org.pyvm.runtime;

/** dict.keys(), values() and items(): live views. Compare dictobject.c: dictview. */
public final class PyDictView implements PyObject {

    private static final String[] NAMES = {"dict_keys", "dict_values", "dict_items"};
    public static final PyType[] TYPES = new PyType[3];

    static {
        for (int i = 0; i < 3; i++) {
            TYPES[i] = PyType.builtin(NAMES[i], PyDictView.class, PyDictView.class).notSubclassable();
        }
    }

    final PyDict dict;
    final int kind;

    PyDictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType type() {
        return TYPES[kind];
    }

    @ExposedMethod
    static PyObject __iter__(PyDictView self) {
        return new PyDictIter(self.dict, self.kind);
    }

    @ExposedMethod
    static PyObject __reversed__(PyDictView self) {
        PyObject[] all = Abstract.toArray(self);
        java.util.Collections.reverse(java.util.Arrays.asList(all));
        return new PySeqIter(PyTuple.of(all));
    }

    @ExposedMethod
    static long __len__(PyDictView self) {
        return self.dict.used;
    }

    @ExposedMethod
    static boolean __contains__(PyDictView self, PyObject o) {
        switch (self.kind) {
            case PyDictIter.KEYS:
                return self.dict.containsKey(o);
            case PyDictIter.ITEMS: {
                if (!(o instanceof PyTuple t) || t.size() != 2) {
                    return false;
                }
                PyObject v = self.dict.get(t.get(0));
                return v != null && (v == t.get(1) || Ops.eqBool(v, t.get(1)));
            }
            default:
                for (PyObject v : Abstract.iterable(self)) {
                    if (v == o || Ops.eqBool(v, o)) {
                        return true;
                    }
                }
                return false;
        }
    }

    @ExposedMethod
    static String __repr__(PyDictView self) {
        // dictview_repr formats a list of the items with %R: one more PyObject_Repr level
        CRecursion c = CRecursion.enter(" while getting the repr of an object");
        try {
            return listRepr(self);
        } finally {
            CRecursion.leave(c);
        }
    }

    private static String listRepr(PyDictView self) {
        return Repr.guarded(self, "...", () -> {
            StringBuilder sb = new StringBuilder(NAMES[self.kind]).append("([");
            boolean first = true;
            for (PyObject v : Abstract.iterable(self)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Abstract.repr(v));
            }
            return sb.append("])").toString();
        });
    }

    /**
     * Keys and items views compare with sets and other such views as sets do, by sizes and
     * membership (an item's value compared with ==); a values view only with itself.
     * Compare dictobject.c: dictview_richcompare, all_contained_in.
     */
    private static PyObject compare(PyDictView self, PyObject o, int op) {
        if (self.kind == PyDictIter.VALUES || !(o instanceof PySet || o instanceof PyDictView v && v.kind != PyDictIter.VALUES)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        long n = self.dict.used;
        long m = Abstract.len(o);
        boolean ok = switch (op) {
            case Ops.EQ, Ops.NE -> n == m && allContainedIn(self, o);
            case Ops.LT -> n < m && allContainedIn(self, o);
            case Ops.LE -> n <= m && allContainedIn(self, o);
            case Ops.GT -> n > m && allContainedIn(o, self);
            default -> n >= m && allContainedIn(o, self);
        };
        return PyBool.of(op == Ops.NE ? !ok : ok);
    }

    private static boolean allContainedIn(PyObject a, PyObject b) {
        for (PyObject x : Abstract.iterable(a)) {
            if (!Abstract.contains(b, x)) {
                return false;
            }
        }
        return true;
    }

    @ExposedMethod
    static PyObject __eq__(PyDictView self, PyObject o) {
        if (self.kind == PyDictIter.VALUES) {
            return o == self ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
        }
        return compare(self, o, Ops.EQ);
    }

    @ExposedMethod
    static PyObject __ne__(PyDictView self, PyObject o) {
        if (self.kind == PyDictIter.VALUES) {
            return o == self ? PyBool.FALSE : PyNotImplemented.NOT_IMPLEMENTED;
        }
        return compare(self, o, Ops.NE);
    }

    @ExposedMethod
    static PyObject __le__(PyDictView self, PyObject o) {
        return compare(self, o, Ops.LE);
    }

    @ExposedMethod
    static PyObject __lt__(PyDictView self, PyObject o) {
        return compare(self, o, Ops.LT);
    }

    @ExposedMethod
    static PyObject __ge__(PyDictView self, PyObject o) {
        return compare(self, o, Ops.GE);
    }

    @ExposedMethod
    static PyObject __gt__(PyDictView self, PyObject o) {
        return compare(self, o, Ops.GT);
    }

    @ExposedMethod
    static PyObject __and__(PyDictView self, PyObject o) {
        return SetMethods.__and__(PySet.fromIterable(self, false), PySet.fromIterable(o, false));
    }

    @ExposedMethod
    static PyObject __or__(PyDictView self, PyObject o) {
        return SetMethods.__or__(PySet.fromIterable(self, false), PySet.fromIterable(o, false));
    }

    @ExposedMethod
    static PyObject __xor__(PyDictView self, PyObject o) {
        return SetMethods.__xor__(PySet.fromIterable(self, false), PySet.fromIterable(o, false));
    }

    @ExposedMethod
    static PyObject __rand__(PyDictView self, PyObject o) {
        return __and__(self, o);
    }

    @ExposedMethod
    static PyObject __ror__(PyDictView self, PyObject o) {
        return SetMethods.__or__(PySet.fromIterable(o, false), PySet.fromIterable(self, false));
    }

    @ExposedMethod
    static PyObject __rsub__(PyDictView self, PyObject o) {
        return SetMethods.__sub__(PySet.fromIterable(o, false), PySet.fromIterable(self, false));
    }

    @ExposedMethod
    static PyObject __rxor__(PyDictView self, PyObject o) {
        return __xor__(self, o);
    }

    @ExposedMethod
    static boolean isdisjoint(PyDictView self, PyObject o) {
        return SetMethods.isdisjoint(PySet.fromIterable(self, false), o);
    }

    @ExposedGetter
    static PyObject mapping(PyDictView self) {
        return new PyMappingProxy(self.dict);
    }

    @ExposedMethod
    static PyObject __sub__(PyDictView self, PyObject o) {
        return SetMethods.__sub__(PySet.fromIterable(self, false), PySet.fromIterable(o, false));
    }
}
