package org.pyvm.runtime;

/** The methods of {@code dict}. Compare CPython Objects/dictobject.c. */
final class DictMethods {

    private DictMethods() {}

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        if (cls == PyDict.TYPE) {
            return new PyDict();
        }
        // A class with __del__ gets it run once the instance dies (InstanceFinalizer).
        return cls.hasDel() ? InstanceFinalizer.trackDict(cls) : new PyDictSubclass(cls);
    }

    @ExposedMethod
    static void __init__(PyDict self, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyErr.typeError("dict expected at most 1 argument, got " + npos);
        }
        if (npos == 1) {
            merge(self, args[0], "dict");
        }
        for (int k = 0; k < nkw; k++) {
            self.setItem(PyStr.of(kw[k]), args[npos + k]);
        }
    }

    /** dict.update's argument: a mapping (has keys()) or an iterable of pairs. */
    static void merge(PyDict self, PyObject o, String fn) {
        if (o instanceof PyDict d && (o.type() == PyDict.TYPE
            || o.type().lookup("__iter__") == PyDict.TYPE.getDict().getStr("__iter__"))) {
            mergeDict(self, d);
            return;
        }
        PyObject keys = Abstract.lookupAttr(o, "keys");
        if (keys != null) {
            for (PyObject k : Abstract.iterable(Abstract.call(keys))) {
                self.setItem(k, Abstract.getItem(o, k));
            }
            return;
        }
        int i = 0;
        for (PyObject item : Abstract.iterable(o)) {
            PyObject[] kv;
            try {
                kv = Abstract.toArray(item);
            } catch (PyBaseException e) {
                if (e.matches(PyExc.TypeError)) {
                    throw PyErr.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                }
                throw e;
            }
            if (kv.length != 2) {
                throw PyErr.valueError("dictionary update sequence element #" + i + " has length " + kv.length
                    + "; 2 is required");
            }
            self.setItem(kv[0], kv[1]);
            i++;
        }
    }

    /**
     * The entries of dict OTHER (one that iterates as dict does; others go through keys()),
     * in order. A key's __eq__ that changes OTHER stops it. Compare dictobject.c: dict_merge.
     */
    private static void mergeDict(PyDict self, PyDict other) {
        if (other == self) {
            return;
        }
        if (self.watched != 0 && self.clonesFrom(other)) {
            self.update(other);   // reported as one clone
            return;
        }
        int n = other.entries;
        PyObject[] keys = other.keys;
        for (int i = 0; i < n; i++) {
            PyObject k = keys[i];
            if (k != null) {
                self.setItem(k, other.hashAt(i), other.values[i]);
                if (other.entries != n || other.keys != keys) {
                    throw PyErr.runtimeError("dict mutated during update");
                }
            }
        }
    }

    @ExposedMethod
    static String __repr__(PyDict self) {
        if (self.used == 0) {
            return "{}";
        }
        return Repr.guarded(self, "{...}", () -> {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int i = self.nextEntry(0); i >= 0; i = self.nextEntry(i + 1)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                PyObject k = self.keys[i];
                PyObject v = self.values[i];
                sb.append(Abstract.repr(k)).append(": ").append(Abstract.repr(v));
            }
            return sb.append('}').toString();
        });
    }

    @ExposedMethod
    static long __len__(PyDict self) {
        return self.used;
    }

    @ExposedMethod
    static PyObject __getitem__(PyDict self, PyObject key) {
        PyObject v = self.get(key);
        if (v == null) {
            if (self.getClass() != PyDict.class) {
                PyObject missing = self.type().slot(Slot.MISSING);
                if (missing != null) {
                    return Abstract.callDescr(missing, self, key);
                }
            }
            throw PyErr.keyError(key);
        }
        return v;
    }

    @ExposedMethod
    static void __setitem__(PyDict self, PyObject key, PyObject value) {
        self.setItem(key, value);
    }

    @ExposedMethod
    static void __delitem__(PyDict self, PyObject key) {
        if (self.delItem(key) == null) {
            throw PyErr.keyError(key);
        }
    }

    @ExposedMethod
    static boolean __contains__(PyDict self, PyObject key) {
        return self.containsKey(key);
    }

    @ExposedMethod
    static PyObject __iter__(PyDict self) {
        return new PyDictIter(self, PyDictIter.KEYS);
    }

    @ExposedMethod
    static PyObject __reversed__(PyDict self) {
        PyObject[] ks = self.keysArray();
        java.util.Collections.reverse(java.util.Arrays.asList(ks));
        return new PySeqIter(PyTuple.of(ks));
    }

    @ExposedMethod
    static PyObject __eq__(PyDict self, PyObject o) {
        if (!(o instanceof PyDict d)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(equal(self, d));
    }

    @ExposedMethod
    static PyObject __ne__(PyDict self, PyObject o) {
        if (!(o instanceof PyDict d)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(!equal(self, d));
    }

    static boolean equal(PyDict a, PyDict b) {
        if (a.used != b.used) {
            return false;
        }
        return equalItems(a, b); // nested values are counted by Ops.richCompare (CRecursion)
    }

    private static boolean equalItems(PyDict a, PyDict b) {
        for (int i = a.nextEntry(0); i >= 0; i = a.nextEntry(i + 1)) {
            // Held before the look-up: a key's __eq__ may empty either dict. Compare dictobject.c: dict_equal.
            PyObject av = a.values[i];
            PyObject v = b.get(a.keys[i]);
            if (v == null || (v != av && !Ops.eqBool(av, v))) {
                return false;
            }
        }
        return true;
    }

    @ExposedMethod
    static PyObject __or__(PyDict self, PyObject o) {
        if (!(o instanceof PyDict d)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyDict r = self.copy();
        r.update(d);
        return r;
    }

    @ExposedMethod
    static PyObject __ior__(PyDict self, PyObject o) {
        merge(self, o, "dict");
        return self;
    }

    @ExposedMethod
    static PyObject keys(PyDict self) {
        return new PyDictView(self, PyDictIter.KEYS);
    }

    @ExposedMethod
    static PyObject values(PyDict self) {
        return new PyDictView(self, PyDictIter.VALUES);
    }

    @ExposedMethod
    static PyObject items(PyDict self) {
        return new PyDictView(self, PyDictIter.ITEMS);
    }

    @ExposedMethod(min = 1)
    static PyObject get(PyDict self, PyObject key, PyObject dflt) {
        PyObject v = self.get(key);
        return v != null ? v : dflt == null ? PyNone.NONE : dflt;
    }

    @ExposedMethod(min = 1)
    static PyObject setdefault(PyDict self, PyObject key, PyObject dflt) {
        return self.setDefault(key, Abstract.hash(key), dflt == null ? PyNone.NONE : dflt);
    }

    @ExposedMethod(min = 1)
    static PyObject pop(PyDict self, PyObject key, PyObject dflt) {
        PyObject v = self.delItem(key);
        if (v == null) {
            if (dflt == null) {
                throw PyErr.keyError(key);
            }
            return dflt;
        }
        return v;
    }

    @ExposedMethod
    static PyObject popitem(PyDict self) {
        int i = self.lastEntry();
        if (i < 0) {
            throw PyErr.keyError(PyStr.of("popitem(): dictionary is empty"));
        }
        PyObject k = self.keys[i];
        PyObject v = self.values[i];
        self.delItem(k);
        return PyTuple.of(k, v);
    }

    @ExposedMethod
    static void update(PyDict self, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyErr.typeError("update expected at most 1 argument, got " + npos);
        }
        if (npos == 1) {
            merge(self, args[0], "update");
        }
        for (int k = 0; k < nkw; k++) {
            self.setItem(PyStr.of(kw[k]), args[npos + k]);
        }
    }

    @ExposedMethod
    static void clear(PyDict self) {
        self.clear();
    }

    @ExposedMethod
    static PyObject copy(PyDict self) {
        return self.copy();
    }

    @ExposedMethod(min = 1, classMethod = true)
    static PyObject fromkeys(PyObject cls, PyObject iterable, PyObject value) {
        PyObject d = Abstract.call(cls);
        PyObject v = value == null ? PyNone.NONE : value;
        // From an exact dict, set or frozenset into an exact dict, the stored hashes are
        // reused: the keys are not hashed again. Compare dictobject.c: _PyDict_FromKeys.
        if (d.getClass() == PyDict.class && d.type() == PyDict.TYPE) {
            PyDict nd = (PyDict) d;
            if (iterable.getClass() == PyDict.class && iterable.type() == PyDict.TYPE) {
                PyDict src = (PyDict) iterable;
                for (int i = src.nextEntry(0); i >= 0; i = src.nextEntry(i + 1)) {
                    nd.setItem(src.keyAt(i), src.hashAt(i), v);
                }
                return nd;
            }
            if (iterable.getClass() == PySet.class) {
                PySet src = (PySet) iterable;
                PyObject[] t = src.table;
                long[] h = src.hashes;
                for (int i = 0; i < t.length; i++) {
                    if (t[i] != null && t[i] != PySet.DUMMY) {
                        nd.setItem(t[i], h[i], v);
                    }
                }
                return nd;
            }
        }
        for (PyObject k : Abstract.iterable(iterable)) {
            Abstract.setItem(d, k, v);
        }
        return d;
    }
}
