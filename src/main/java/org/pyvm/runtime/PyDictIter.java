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

    /** Null once exhausted: the iterator no longer keeps the dict alive (dictiter's di_dict). */
    private PyDict dict;
    private final int kind;
    private int pos;
    /** The dict's size when iteration began; -1 once a change of size was seen (sticky, as di_used). */
    private int size;
    /** Entries still expected: one found beyond them means keys changed (dictobject.c: di->len). */
    private int remaining;

    PyDictIter(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
        this.size = dict.used;
        this.remaining = dict.used;
    }

    private PyDictIter(PyDict dict, int kind, int size, int pos) {
        this.dict = dict;
        this.kind = kind;
        this.size = size;
        this.pos = pos;
        this.remaining = size;
    }

    @Override
    public PyType type() {
        return TYPES[kind];
    }

    @Override
    public PyObject next() {
        // Compare dictobject.c: dictiter_iternextkey (and its value and item twins).
        PyDict d = dict;
        if (d == null) {
            return null;
        }
        if (d.used != size) {
            size = -1;
            throw PyErr.runtimeError("dictionary changed size during iteration");
        }
        int i = d.nextEntry(pos);
        if (i < 0) {
            dict = null;
            return null;
        }
        if (remaining == 0) {
            dict = null;
            throw PyErr.runtimeError("dictionary keys changed during iteration");
        }
        remaining--;
        pos = i + 1;
        return switch (kind) {
            case KEYS -> d.keys[i];
            case VALUES -> d.values[i];
            default -> PyTuple.of(d.keys[i], d.values[i]);
        };
    }

    @ExposedMethod
    static PyObject __iter__(PyDictIter self) {
        return self;
    }

    /** The entries not yet returned (none after a change of size). Compare dictobject.c: dictiter_len. */
    @ExposedMethod
    static long __length_hint__(PyDictIter self) {
        PyDict d = self.dict;
        if (d == null || d.used != self.size) {
            return 0;
        }
        long n = 0;
        for (int i = d.nextEntry(self.pos); i >= 0; i = d.nextEntry(i + 1)) {
            n++;
        }
        return n;
    }

    /** (iter, (list of what is left,)), from a copy so that this iterator does not move. Compare dictiter_reduce. */
    @ExposedMethod
    static PyObject __reduce__(PyDictIter self) {
        PyList rest = new PyList();
        if (self.dict != null) {
            // The copy raises as this iterator would after a change of size.
            PyDictIter copy = new PyDictIter(self.dict, self.kind, self.size, self.pos);
            copy.remaining = self.remaining;
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
