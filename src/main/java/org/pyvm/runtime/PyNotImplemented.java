package org.pyvm.runtime;

/** Python {@code NotImplemented}: what a binary method returns to let the other operand try. */
public final class PyNotImplemented implements PyObject {

    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyNotImplemented.class,
        PyNotImplemented.class).notSubclassable();
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    /** NotImplementedType(): NotImplemented; no arguments. Compare object.c: notimplemented_new. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        if (args.length > 0) {
            throw PyErr.typeError("NotImplementedType takes no arguments");
        }
        return NOT_IMPLEMENTED;
    }

    /** True, with a DeprecationWarning: a comparison's NotImplemented tested for truth is a bug. Compare object.c: notimplemented_bool. */
    @ExposedMethod
    static boolean __bool__(PyNotImplemented self) {
        Abstract.warn(PyExc.DeprecationWarning, "NotImplemented should not be used in a boolean context");
        return true;
    }

    @ExposedMethod
    static String __repr__(PyNotImplemented self) {
        return "NotImplemented";
    }

    /** Pickles by name. Compare object.c: notimplemented_reduce. */
    @ExposedMethod
    static String __reduce__(PyNotImplemented self) {
        return "NotImplemented";
    }
}
