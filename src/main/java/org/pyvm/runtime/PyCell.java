package org.pyvm.runtime;

/** A cell holding a variable shared with inner functions. Compare CPython Objects/cellobject.c. */
public final class PyCell implements PyObject {

    public static final PyType TYPE = PyType.builtin("cell", PyCell.class, PyCell.class).notSubclassable();

    /** The value, or null when empty (unbound). */
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public void set(PyObject v) {
        value = v;
    }

    @ExposedGetter
    static PyObject cell_contents(PyCell self) {
        if (self.value == null) {
            throw PyErr.valueError("Cell is empty");
        }
        return self.value;
    }

    @ExposedMethod
    static String __repr__(PyCell self) {
        return self.value == null ? "<cell at 0x" + Abstract.idHex(self) + ": empty>"
            : "<cell at 0x" + Abstract.idHex(self) + ": " + self.value.type().getName() + " object at 0x"
            + Abstract.idHex(self.value) + ">";
    }
}
