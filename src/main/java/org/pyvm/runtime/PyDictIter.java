package org.pyvm.runtime;

/** Iterator over a dict's keys, values or items, by entry position. Compare dictobject.c: dictiter. */
public final class PyDictIter implements PyObject, PyIterator {

    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ITEMS = 2;
    private static final String[] NAMES = {"dict_keyiterator", "dict_valueiterator", "dict_itemiterator"};
    public static final PyType[] TYPES = new PyType[3];

    static {
        for (int i = 0; i < 3; i++) {
            TYPES[i] = PyType.builtin(NAMES[i], PyDictIter.class, PyDictIter.class).notSubclassable();
        }
    }

    private final PyDict dict;
    private final int kind;
    private int pos;
    private final int size;

    PyDictIter(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
        this.size = dict.used;
    }

    private PyDictIter(PyDict dict, int kind, int size, int pos) {
        this.dict = dict;
        this.kind = kind;
        this.size = size;
        this.pos = pos;
    }

    @Override
    public PyType type() {
        return TYPES[kind];
    }

    @Override
    public PyObject next() {
        if (pos < 0) {
            return null;
        }
        if (dict.used != size) {
            pos = -1;
            throw PyErr.runtimeError("dictionary changed size during iteration");
        }
        int i = dict.nextEntry(pos);
        if (i < 0) {
            pos = -1;
            return null;
        }
        pos = i + 1;
        return switch (kind) {
            case KEYS -> dict.keys[i];
            case VALUES -> dict.values[i];
            default -> PyTuple.of(dict.keys[i], dict.values[i]);
        };
    }

    @ExposedMethod
    static PyObject __iter__(PyDictIter self) {
        return self;
    }

    /** The entries not yet returned (none after a change of size). Compare dictobject.c: dictiter_len. */
    @ExposedMethod
    static long __length_hint__(PyDictIter self) {
        if (self.pos < 0 || self.dict.used != self.size) {
            return 0;
        }
        long n = 0;
        for (int i = self.dict.nextEntry(self.pos); i >= 0; i = self.dict.nextEntry(i + 1)) {
            n++;
        }
        return n;
    }

    /** (iter, (list of what is left,)), from a copy so that this iterator does not move. Compare dictiter_reduce. */
    @ExposedMethod
    static PyObject __reduce__(PyDictIter self) {
        PyList rest = new PyList();
        if (self.pos >= 0 && self.dict.used == self.size) {
            PyDictIter copy = new PyDictIter(self.dict, self.kind, self.size, self.pos);
            for (PyObject v = copy.next(); v != null; v = copy.next()) {
                rest.append(v);
            }
        }
        return PyTuple.of(PySeqIter.builtin("iter"), PyTuple.of(rest));
    }

    @ExposedMethod
    static PyObject __next__(PyDictIter self) {
        PyObject v = self.next();
        if (v == null) {
            throw PyErr.stopIteration(null);
        }
        return v;
    }
}
