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

    @ExposedMethod
    static PyObject __new__(PyType cls) {
        return NONE;
    }

    @Override
    public String toString() {
        return "None";
    }
}
