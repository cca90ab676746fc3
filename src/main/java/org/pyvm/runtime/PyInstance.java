package org.pyvm.runtime;

/**
 * An instance of {@code object} or of a Python class whose builtin base is
 * {@code object}: a type and an attribute dictionary.
 */
public class PyInstance implements PyObject, HasDict {

    private PyType type;
    private PyDict dict;

    public PyInstance(PyType type) {
        this.type = type;
        if (Tracemalloc.tracing) {
            Tracemalloc.allocated(this, Tracemalloc.instanceSize(type));
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Assigning {@code __class__}. */
    @Override
    public boolean setType(PyType t) {
        this.type = t;
        return true;
    }

    private PyDict slots;

    /** The storage of __slots__ values, or null while none was made (slotStorage makes it). */
    PyDict slotsOrNull() {
        return slots;
    }

    /** Storage of __slots__ values, apart from the instance dict. */
    public PyDict slotStorage() {
        if (slots == null) {
            slots = new PyDict();
        }
        return slots;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** The instance dict, or null while none was made (getDict makes one). */
    PyDict dictOrNull() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }
}
