package org.pyvm.runtime;

/** Python {@code None}. */
public final class PyNone implements PyObject {

    public static final PyType TYPE = PyType.builtin("NoneType", PyNone.class, PyNone.class).notSubclassable();
    public static final PyNone NONE = new PyNone();

    private PyNone() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static String __repr__(PyNone self) {
        return "None";
    }

    @ExposedMethod
    static boolean __bool__(PyNone self) {
        return false;
    }

    /** NoneType(): None; no arguments. Compare object.c: none_new. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        if (args.length > 0) {
            throw PyErr.typeError("NoneType takes no arguments");
        }
        return NONE;
    }

    @Override
    public String toString() {
        return "None";
    }
}
