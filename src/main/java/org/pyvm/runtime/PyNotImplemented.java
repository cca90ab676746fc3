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
