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

    @ExposedMethod
    static PyObject __next__(PyDictIter self) {
        PyObject v = self.next();
        if (v == null) {
            throw PyErr.stopIteration(null);
        }
        return v;
    }
}
