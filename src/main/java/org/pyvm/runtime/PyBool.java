package org.pyvm.runtime;

/** Python {@code bool}: a subclass of int with two instances. */
public final class PyBool extends PyInt {

    public static final PyType TYPE = PyType.builtin("bool", PyBool.class, PyBool.class, PyInt.TYPE).notSubclassable();

    /** ~b: the int inversion, deprecated for bools in 3.12. Compare boolobject.c: bool_invert. */
    @ExposedMethod
    static PyObject __invert__(PyBool self) {
        Abstract.warn(PyExc.DeprecationWarning, INVERT_DEPRECATED);
        return PyInt.of(~self.value);
    }

    /** bool_invert's warning, also given when the compiler folds ~ on a bool constant. */
    public static final String INVERT_DEPRECATED = "Bitwise inversion '~' on bool is deprecated. This returns the "
        + "bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. "
        + "Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the "
        + "underlying int.";

    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return value != 0 ? "True" : "False";
    }

    @ExposedMethod
    static String __repr__(PyBool self) {
        return self.toString();
    }

    @ExposedMethod(min = 0)
    static PyObject __new__(PyObject cls, PyObject x) {
        return x == null ? FALSE : of(Abstract.isTrue(x));
    }

    // bool & bool stays a bool; with other ints it is int arithmetic.
    @ExposedMethod
    static PyObject __and__(PyBool self, PyObject o) {
        return o instanceof PyBool b ? of(self.value != 0 & b.value != 0) : IntMethods.__and__(self, o);
    }

    @ExposedMethod
    static PyObject __rand__(PyBool self, PyObject o) {
        return __and__(self, o);
    }

    @ExposedMethod
    static PyObject __or__(PyBool self, PyObject o) {
        return o instanceof PyBool b ? of(self.value != 0 | b.value != 0) : IntMethods.__or__(self, o);
    }

    @ExposedMethod
    static PyObject __ror__(PyBool self, PyObject o) {
        return __or__(self, o);
    }

    @ExposedMethod
    static PyObject __xor__(PyBool self, PyObject o) {
        return o instanceof PyBool b ? of(self.value != 0 ^ b.value != 0) : IntMethods.__xor__(self, o);
    }

    @ExposedMethod
    static PyObject __rxor__(PyBool self, PyObject o) {
        return __xor__(self, o);
    }
}
