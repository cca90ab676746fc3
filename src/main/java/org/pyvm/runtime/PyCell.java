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

    /** cell(contents=<empty>, /). Compare cellobject.c: cell_new. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("cell() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw PyErr.typeError("cell expected at most 1 argument, got " + args.length);
        }
        return new PyCell(args.length == 0 ? null : args[0]);
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
