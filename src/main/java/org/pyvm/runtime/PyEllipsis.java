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

    /** ellipsis(): Ellipsis; no arguments. Compare sliceobject.c: ellipsis_new. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        if (args.length > 0) {
            throw PyErr.typeError("EllipsisType takes no arguments");
        }
        return ELLIPSIS;
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
