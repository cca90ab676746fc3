package org.pyvm.runtime;

/**
 * A frame object that no interpreter runs: made for a code object, globals and locals by
 * C code in CPython (PyFrame_New, offered here as _testcapi.frame_new). It has no caller
 * (f_back is None), stands before its first instruction, and its f_locals is the mapping
 * it was given. Compare CPython Objects/frameobject.c: PyFrame_New.
 */
public final class DetachedFrame extends PyFrame {

    private final PyCode code;
    private final PyDict globals;
    private PyObject locals;

    public DetachedFrame(PyCode code, PyDict globals, PyObject locals) {
        this.code = code;
        this.globals = globals;
        this.locals = locals;
    }

    @Override
    public PyCode code() {
        return code;
    }

    @Override
    public PyDict globals() {
        return globals;
    }

    @Override
    public PyObject locals() {
        return locals == null ? PyNone.NONE : locals;
    }

    @Override
    public PyFrame back() {
        return null;
    }

    @Override
    public int lasti() {
        return 0;
    }

    @Override
    public PyObject[] zeroArgSuper() {
        return null;
    }

    /** The builtins of GLOBALS (its __builtins__, a module or a dict), else the builtins module's. */
    @Override
    public PyDict builtins() {
        PyObject b = globals.getStr("__builtins__");
        if (b instanceof PyModule m) {
            return m.getDict();
        }
        if (b instanceof PyDict d) {
            return d;
        }
        return PyRuntime.builtinModule("builtins").getDict();
    }

    @Override
    protected void clearLocals() {
        locals = null;
    }
}
