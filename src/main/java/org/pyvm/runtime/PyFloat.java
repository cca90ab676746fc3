package org.pyvm.runtime;

/** Python {@code float}. Compare CPython Objects/floatobject.c. */
public class PyFloat implements PyObject {

    public static final PyType TYPE = PyType.builtin("float", PyFloat.class, FloatMethods.class);

    public final double value;

    protected PyFloat(double v) {
        this.value = v;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return repr(value);
    }

    /** repr(float). Compare floatobject.c: float_repr (the one implementation is runtime.text.FloatRepr). */
    public static String repr(double d) {
        return org.pyvm.runtime.text.FloatRepr.repr(d);
    }
}
