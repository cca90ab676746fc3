package org.pyvm.runtime;

/** A traceback entry: frame, instruction and line. Compare CPython Python/traceback.c: PyTracebackObject. */
public final class PyTraceback implements PyObject {

    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class, PyTraceback.class).notSubclassable();

    /** Writable from Python, as in CPython (unittest cuts its own frames off a traceback this way). */
    public PyTraceback next;
    public final PyFrame frame;
    public final int lasti;
    /** The line given to types.TracebackType(...), or -1: the line of lasti. */
    private final int givenLine;

    public PyTraceback(PyTraceback next, PyFrame frame, int lasti) {
        this(next, frame, lasti, -1);
    }

    private PyTraceback(PyTraceback next, PyFrame frame, int lasti, int givenLine) {
        this.next = next;
        this.frame = frame;
        if (frame != null) {
            frame.expose();
        }
        this.lasti = lasti;
        this.givenLine = givenLine;
    }

    /** types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno). Compare traceback.c: tb_new_impl. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("TracebackType", args, kw, 4, 4, "tb_next", "tb_frame", "tb_lasti", "tb_lineno");
        PyObject next = ap.get(0);
        if (next != PyNone.NONE && !(next instanceof PyTraceback)) {
            throw PyErr.typeError("expected traceback object or None, got '" + next.type().getName() + "'");
        }
        if (!(ap.get(1) instanceof PyFrame f)) {
            throw PyErr.typeError("TracebackType() argument 'tb_frame' must be frame, not " + ap.get(1).type().getName());
        }
        int lasti = Abstract.index(ap.get(2)).intValue();
        int line = Abstract.index(ap.get(3)).intValue();
        return new PyTraceback(next instanceof PyTraceback t ? t : null, f, lasti, line);
    }

    /** Setting tb_next (tb_setnext): a traceback or None, never making a loop; true when NAME was tb_next. */
    boolean setSpecial(String name, PyObject value) {
        if (!name.equals("tb_next")) {
            return false;
        }
        if (value == null) {
            throw PyErr.typeError("can't delete tb_next attribute");
        }
        if (value != PyNone.NONE && !(value instanceof PyTraceback)) {
            throw PyErr.typeError("expected traceback object, got '" + value.type().getName() + "'");
        }
        PyTraceback n = value instanceof PyTraceback t ? t : null;
        for (PyTraceback c = n; c != null; c = c.next) {
            if (c == this) {
                throw PyErr.valueError("traceback loop detected");
            }
        }
        next = n;
        return true;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int lineno() {
        return givenLine >= 0 ? givenLine : frame.code().lineAt(lasti);
    }

    /** Only the four tb_ attributes. Compare traceback.c: tb_dir. */
    @ExposedMethod
    static PyObject __dir__(PyTraceback self) {
        return new PyList(new PyObject[] {PyStr.of("tb_frame"), PyStr.of("tb_next"), PyStr.of("tb_lasti"),
            PyStr.of("tb_lineno")});
    }

    @ExposedGetter
    static PyObject tb_next(PyTraceback self) {
        return self.next == null ? PyNone.NONE : self.next;
    }

    @ExposedGetter
    static PyObject tb_frame(PyTraceback self) {
        if (Audit.on()) {
            Audit.event("object.__getattr__", self, PyStr.of("tb_frame"));
        }
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
