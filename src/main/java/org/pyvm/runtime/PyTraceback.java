package org.pyvm.runtime;

/** A traceback entry: frame, instruction and line. Compare CPython Python/traceback.c: PyTracebackObject. */
public final class PyTraceback implements PyObject {

    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class, PyTraceback.class).notSubclassable();

    public final PyTraceback next;
    public final PyFrame frame;
    public final int lasti;

    public PyTraceback(PyTraceback next, PyFrame frame, int lasti) {
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int lineno() {
        return frame.code().lineAt(lasti);
    }

    @ExposedGetter
    static PyObject tb_next(PyTraceback self) {
        return self.next == null ? PyNone.NONE : self.next;
    }

    @ExposedGetter
    static PyObject tb_frame(PyTraceback self) {
        return self.frame;
    }

    @ExposedGetter
    static PyObject tb_lineno(PyTraceback self) {
        return PyInt.of(self.lineno());
    }

    @ExposedGetter
    static PyObject tb_lasti(PyTraceback self) {
        return PyInt.of(self.lasti);
    }
}
