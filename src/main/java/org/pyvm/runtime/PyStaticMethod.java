package org.pyvm.runtime;

/** Python {@code staticmethod}. Compare CPython Objects/funcobject.c: sm_*. */
public final class PyStaticMethod implements PyObject, HasDict {

    public static final PyType TYPE = PyType.builtin("staticmethod", PyStaticMethod.class, PyStaticMethod.class);

    PyObject callable;
    private PyDict dict;

    public PyStaticMethod(PyObject callable) {
        this.callable = callable;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyObject getCallable() {
        return callable;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new PyStaticMethod(PyNone.NONE);
    }

    @ExposedMethod
    static void __init__(PyStaticMethod self, PyObject f) {
        self.callable = f;
        PyClassMethod.wraps(self, f);
    }

    @ExposedGetter
    static PyObject __wrapped__(PyStaticMethod self) {
        return self.callable;
    }

    @ExposedMethod(min = 1)
    static PyObject __get__(PyStaticMethod self, PyObject obj, PyObject type) {
        return self.callable instanceof JavaMethod jm ? jm.asStatic() : self.callable;
    }

    @ExposedMethod
    static PyObject __call__(PyStaticMethod self, PyObject[] args, String[] kw) {
        return Abstract.call(self.callable, args, kw);
    }

    @ExposedGetter
    static PyObject __func__(PyStaticMethod self) {
        return self.callable;
    }

    @ExposedGetter
    static PyObject __isabstractmethod__(PyStaticMethod self) {
        PyObject v = Abstract.lookupAttr(self.callable, "__isabstractmethod__");
        return v == null ? PyBool.FALSE : v;
    }
}
