package org.pyvm.runtime;

/** Python {@code classmethod}. Compare CPython Objects/funcobject.c: cm_*. */
public final class PyClassMethod implements PyObject, HasDict {

    public static final PyType TYPE = PyType.builtin("classmethod", PyClassMethod.class, PyClassMethod.class);

    PyObject callable;
    private PyDict dict;

    public PyClassMethod(PyObject callable) {
        this.callable = callable;
    }

    @Override
    public PyType type() {
        return TYPE;
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
        return new PyClassMethod(PyNone.NONE);
    }

    @ExposedMethod
    static void __init__(PyClassMethod self, PyObject f) {
        self.callable = f;
        wraps(self, f);
    }

    private static final String[] WRAPPED_ATTRS = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

    /**
     * What functools.wraps copies, as classmethod and staticmethod do since 3.10: the
     * wrapped callable's attributes that exist. Compare funcobject.c: functools_wraps.
     */
    static void wraps(PyObject wrapper, PyObject wrapped) {
        for (String a : WRAPPED_ATTRS) {
            PyObject v = Abstract.lookupAttr(wrapped, a);
            if (v != null) {
                Abstract.setAttr(wrapper, a, v);
            }
        }
    }

    @ExposedGetter
    static PyObject __wrapped__(PyClassMethod self) {
        return self.callable;
    }

    @ExposedMethod(min = 1)
    static PyObject __get__(PyClassMethod self, PyObject obj, PyObject type) {
        PyObject cls = type == null || type == PyNone.NONE ? obj.type() : type;
        if (self.callable instanceof JavaMethod jm && jm.hasSelf) {
            return new BoundJavaMethod(cls, jm);
        }
        return new PyBoundMethod(self.callable, cls);
    }

    @ExposedGetter
    static PyObject __func__(PyClassMethod self) {
        return self.callable;
    }

    @ExposedGetter
    static PyObject __isabstractmethod__(PyClassMethod self) {
        PyObject v = Abstract.lookupAttr(self.callable, "__isabstractmethod__");
        return v == null ? PyBool.FALSE : v;
    }
}
