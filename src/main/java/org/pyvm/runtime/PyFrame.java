package org.pyvm.runtime;

/**
 * What the runtime sees of an executing frame (CPython's frame object): the interpreter's
 * frames extend this class. Tracebacks hold frames; {@code sys._getframe} returns them.
 */
public abstract class PyFrame implements PyObject {

    public static final PyType TYPE = PyType.builtin("frame", PyFrame.class, PyFrame.class).notSubclassable();

    @Override
    public PyType type() {
        return TYPE;
    }

    public abstract PyCode code();

    public abstract PyDict globals();

    /** The locals mapping (built on demand for optimized frames). */
    public abstract PyObject locals();

    /** The calling frame, or null. */
    public abstract PyFrame back();

    /** Byte offset of the instruction running or last run. */
    public abstract int lasti();

    /** {type, obj} for super() without arguments: the __class__ cell and the first argument. */
    public abstract PyObject[] zeroArgSuper();

    /**
     * frame.clear(): drops the references the frame holds (its locals). Compare CPython
     * Objects/frameobject.c: frame_clear. The interpreter's frames override this.
     */
    protected void clearFrame() {
        throw PyErr.notSupported("frame.clear() for this frame");
    }

    @ExposedMethod
    static void clear(PyFrame self) {
        // A frame on the calling thread's stack is still executing (owned by the thread).
        for (PyFrame f = CodeRunner.get().currentFrame(); f != null; f = f.back()) {
            if (f == self) {
                throw PyErr.runtimeError("cannot clear an executing frame");
            }
        }
        self.clearFrame();
    }

    public int lineno() {
        return code().lineAt(lasti());
    }

    @ExposedGetter
    static PyObject f_code(PyFrame self) {
        return self.code();
    }

    @ExposedGetter
    static PyObject f_globals(PyFrame self) {
        return self.globals();
    }

    @ExposedGetter
    static PyObject f_locals(PyFrame self) {
        return self.locals();
    }

    @ExposedGetter
    static PyObject f_back(PyFrame self) {
        PyFrame b = self.back();
        return b == null ? PyNone.NONE : b;
    }

    @ExposedGetter
    static PyObject f_lineno(PyFrame self) {
        return PyInt.of(self.lineno());
    }

    @ExposedGetter
    static PyObject f_lasti(PyFrame self) {
        return PyInt.of(self.lasti());
    }

    @ExposedMethod
    static String __repr__(PyFrame self) {
        return "<frame at 0x" + Abstract.idHex(self) + ", file '" + self.code().filename + "', line " + self.lineno()
            + ", code " + self.code().name + ">";
    }
}
