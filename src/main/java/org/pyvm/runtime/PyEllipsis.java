package org.pyvm.runtime;

/** Python {@code Ellipsis} ({@code ...}). */
public final class PyEllipsis implements PyObject {

    public static final PyType TYPE = PyType.builtin("ellipsis", PyEllipsis.class, PyEllipsis.class).notSubclassable();
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {}

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static String __repr__(PyEllipsis self) {
        return "Ellipsis";
    }

    /** Pickles by name. Compare sliceobject.c: ellipsis_reduce. */
    @ExposedMethod
    static String __reduce__(PyEllipsis self) {
        return "Ellipsis";
    }
}
