package org.pyvm.runtime;

/** A cell holding a variable shared with inner functions. Compare CPython Objects/cellobject.c. */
public final class PyCell implements PyObject {

    public static final PyType TYPE = PyType.builtin("cell", PyCell.class, PyCell.class).notSubclassable()
        .without("__hash__");

    /** The value, or null when empty (unbound). */
    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
        if (Tracemalloc.tracing) {
            Tracemalloc.allocated(this, 40); // sys.getsizeof of a cell (with CPython's GC header)
        }
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

    /** Assigning sets the contents; del empties the cell. Compare cellobject.c: cell_set_contents. */
    static void setContents(PyCell self, PyObject value) {
        self.value = value;
    }

    @ExposedGetter(setter = "setContents")
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

    /**
     * Cells compare by their contents; an empty cell comes before any other (and equals
     * an empty one). Compare cellobject.c: cell_richcompare.
     */
    private static PyObject compare(PyCell self, PyObject o, int op) {
        if (!(o instanceof PyCell c)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject a = self.value;
        PyObject b = c.value;
        if (a != null && b != null) {
            return Ops.richCompare(a, b, op);
        }
        return PyBool.of(Ops.cmpResult(Boolean.compare(b == null, a == null), op));
    }

    @ExposedMethod
    static PyObject __eq__(PyCell self, PyObject o) {
        return compare(self, o, Ops.EQ);
    }

    @ExposedMethod
    static PyObject __ne__(PyCell self, PyObject o) {
        return compare(self, o, Ops.NE);
    }

    @ExposedMethod
    static PyObject __lt__(PyCell self, PyObject o) {
        return compare(self, o, Ops.LT);
    }

    @ExposedMethod
    static PyObject __le__(PyCell self, PyObject o) {
        return compare(self, o, Ops.LE);
    }

    @ExposedMethod
    static PyObject __gt__(PyCell self, PyObject o) {
        return compare(self, o, Ops.GT);
    }

    @ExposedMethod
    static PyObject __ge__(PyCell self, PyObject o) {
        return compare(self, o, Ops.GE);
    }
}
