package org.pyvm.runtime;

/** Python {@code staticmethod}. Compare CPython Objects/funcobject.c: sm_*. */
public final class PyStaticMethod implements PyObject, HasDict {

    public static final PyType TYPE = PyType.builtin("staticmethod", PyStaticMethod.class, PyStaticMethod.class);

    PyObject callable;
    private PyDict dict;
    /** Whether __init__ left the callable's __doc__ to be read when asked for (PyClassMethod.wraps). */
    boolean docDeferred;
    /** The type: staticmethod, or a Python subclass of it (whose instances may change class). */
    private PyType cls = TYPE;

    public PyStaticMethod(PyObject callable) {
        this.callable = callable;
    }

    @Override
    public PyType type() {
        return cls;
    }

    /** Whether this is a staticmethod itself, whose __get__ the interpreter may shortcut. */
    boolean isExact() {
        return cls == TYPE;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @Override
    public boolean setType(PyType t) {
        if (!cls.isHeapType()) {
            return false;
        }
        cls = t;
        return true;
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
        PyStaticMethod m = new PyStaticMethod(PyNone.NONE);
        m.cls = cls;
        return m;
    }

    @ExposedMethod
    static void __init__(PyStaticMethod self, PyObject f) {
        self.callable = f;
        self.docDeferred = PyClassMethod.wraps(self, f);
    }

    /** As classmethod's (PyClassMethod.__doc__). */
    @ExposedGetter(setter = "setDoc")
    static PyObject __doc__(PyStaticMethod self) {
        return PyClassMethod.docOf(self, self.dict, self.callable, self.docDeferred);
    }

    static void setDoc(PyStaticMethod self, PyObject value) {
        self.docDeferred = PyClassMethod.setDocIn(self, value, self.docDeferred);
    }

    /** Compare funcobject.c: sm_repr. */
    @ExposedMethod
    static String __repr__(PyStaticMethod self) {
        return "<staticmethod(" + Abstract.repr(self.callable) + ")>";
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
        return PyBool.of(PyProperty.isAbstract(self.callable));
    }
}
