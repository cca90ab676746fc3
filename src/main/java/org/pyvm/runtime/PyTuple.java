package org.pyvm.runtime;

import java.util.Arrays;
import java.util.List;

/** Python {@code tuple}. Compare CPython Objects/tupleobject.c. */
public class PyTuple implements PyObject {

    public static final PyType TYPE = PyType.builtin("tuple", PyTuple.class, TupleMethods.class)
        .collection(PyType.SEQUENCE);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    final PyObject[] items;

    protected PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** A tuple of the given items (the array is not copied: callers pass a fresh one). */
    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple of(List<PyObject> items) {
        return of(items.toArray(new PyObject[0]));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** A copy of the items. */
    public PyObject[] toArray() {
        return Arrays.copyOf(items, items.length);
    }

    /** The items themselves, not to be modified. */
    public PyObject[] items() {
        return items;
    }
}
