package org.pyvm.runtime;

import java.util.Arrays;
import java.util.List;

/** Python {@code list}: an array with a size. Compare CPython Objects/listobject.c. */
public class PyList implements PyObject {

    public static final PyType TYPE = PyType.builtin("list", PyList.class, ListMethods.class)
        .collection(PyType.SEQUENCE);

    PyObject[] items;
    int size;

    public PyList() {
        items = new PyObject[4];
        if (Tracemalloc.tracing) {
            Tracemalloc.allocated(this, SIZEOF_EMPTY);
        }
    }

    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
        if (Tracemalloc.tracing) {
            Tracemalloc.allocated(this, sizeOf());
        }
    }

    /** sys.getsizeof([]): CPython's PyListObject with its GC header, no item array. */
    private static final long SIZEOF_EMPTY = 56;

    /**
     * What tracemalloc counts for this list: the object and its item array (CPython's
     * list_resize over-allocates as this does; an empty new list has no array there).
     */
    private long sizeOf() {
        return SIZEOF_EMPTY + 8L * items.length;
    }

    /** Reports a new item array to tracemalloc when it is on. */
    private void reallocated() {
        if (Tracemalloc.tracing) {
            Tracemalloc.resized(this, sizeOf());
        }
    }

    public PyList(List<PyObject> items) {
        this(items.toArray(new PyObject[0]));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return size;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public void set(int i, PyObject v) {
        items[i] = v;
    }

    public void append(PyObject v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 4));
            reallocated();
        }
        ArrayStore.put(items, size++, v);
    }

    /**
     * The item at I (negative counts from the end), or null when I is out of range: the
     * interpreter's list[int] fast path (CPython's BINARY_SUBSCR_LIST_INT).
     */
    public PyObject itemOrNull(long i) {
        long k = i < 0 ? i + size : i;
        return k >= 0 && k < size ? items[(int) k] : null;
    }

    /**
     * Stores V, a PyObject the caller read from a frame (typed Object to spare a cast to the
     * interface), at I (negative counts from the end) when I is in range; false otherwise
     * (STORE_SUBSCR_LIST_INT).
     */
    public boolean storeInRange(long i, Object v) {
        long k = i < 0 ? i + size : i;
        if (k >= 0 && k < size) {
            ArrayStore.putTrusted(items, (int) k, v);
            return true;
        }
        return false;
    }

    /**
     * Appends V, a PyObject the caller read from a frame (typed Object to spare a cast to
     * the interface): LIST_APPEND in interp.DataLoop.
     */
    public void appendTrusted(Object v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 4));
            reallocated();
        }
        ArrayStore.putTrusted(items, size++, v);
    }

    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    void setItems(PyObject[] a) {
        items = a.length == 0 ? new PyObject[4] : a;
        size = a.length;
        reallocated();
    }
}
