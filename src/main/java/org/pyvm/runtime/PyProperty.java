package org.pyvm.runtime;

/** Python {@code property}. Compare CPython Objects/descrobject.c: property_*. */
public final class PyProperty implements PyObject {

    public static final PyType TYPE = PyType.builtin("property", PyProperty.class, PyProperty.class);

    PyObject fget = PyNone.NONE;
    PyObject fset = PyNone.NONE;
    PyObject fdel = PyNone.NONE;
    PyObject doc = PyNone.NONE;
    String name;

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new PyProperty();
    }

    @ExposedMethod
    static void __init__(PyProperty self, PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("property", args, kw, 0, 4, "fget", "fset", "fdel", "doc");
        self.fget = ap.getOr(0, PyNone.NONE);
        self.fset = ap.getOr(1, PyNone.NONE);
        self.fdel = ap.getOr(2, PyNone.NONE);
        self.doc = ap.getOr(3, PyNone.NONE);
        if (self.doc == PyNone.NONE && self.fget != PyNone.NONE) {
            PyObject d = Abstract.lookupAttr(self.fget, "__doc__");
            self.doc = d == null ? PyNone.NONE : d;
        }
    }

    private String qualName(PyObject obj) {
        return name == null ? "" : "'" + name + "' ";
    }

    @ExposedMethod(min = 1)
    static PyObject __get__(PyProperty self, PyObject obj, PyObject type) {
        if (obj == null || obj == PyNone.NONE) {
            return self;
        }
        if (self.fget == PyNone.NONE) {
            throw PyErr.attributeError("property " + self.qualName(obj) + "of '" + obj.type().getName()
                + "' object has no getter");
        }
        return Abstract.call(self.fget, obj);
    }

    void set(PyObject obj, PyObject value) {
        PyObject f = value == null ? fdel : fset;
        if (f == PyNone.NONE) {
            throw PyErr.attributeError("property " + qualName(obj) + "of '" + obj.type().getName() + "' object has no "
                + (value == null ? "deleter" : "setter"));
        }
        if (value == null) {
            Abstract.call(f, obj);
        } else {
            Abstract.call(f, obj, value);
        }
    }

    @ExposedMethod
    static void __set__(PyProperty self, PyObject obj, PyObject value) {
        self.set(obj, value);
    }

    @ExposedMethod
    static void __delete__(PyProperty self, PyObject obj) {
        self.set(obj, null);
    }

    @ExposedMethod
    static void __set_name__(PyProperty self, PyObject owner, PyObject name) {
        self.name = name.toString();
    }

    private static PyProperty copy(PyProperty self, PyObject g, PyObject s, PyObject d) {
        PyProperty p = new PyProperty();
        p.fget = g;
        p.fset = s;
        p.fdel = d;
        p.doc = self.doc;
        p.name = self.name;
        return p;
    }

    @ExposedMethod
    static PyObject getter(PyProperty self, PyObject f) {
        return copy(self, f, self.fset, self.fdel);
    }

    @ExposedMethod
    static PyObject setter(PyProperty self, PyObject f) {
        return copy(self, self.fget, f, self.fdel);
    }

    @ExposedMethod
    static PyObject deleter(PyProperty self, PyObject f) {
        return copy(self, self.fget, self.fset, f);
    }

    @ExposedGetter(member = true)
    static PyObject fget(PyProperty self) {
        return self.fget;
    }

    @ExposedGetter(member = true)
    static PyObject fset(PyProperty self) {
        return self.fset;
    }

    @ExposedGetter(member = true)
    static PyObject fdel(PyProperty self) {
        return self.fdel;
    }

    /** property.__doc__ is a writable member. Compare descrobject.c: property_members. */
    static void setDoc(PyProperty self, PyObject value) {
        self.doc = value == null ? PyNone.NONE : value;
    }

    @ExposedGetter(setter = "setDoc")
    static PyObject __doc__(PyProperty self) {
        return self.doc;
    }

    @ExposedGetter
    static PyObject __isabstractmethod__(PyProperty self) {
        PyObject v = self.fget == PyNone.NONE ? null : Abstract.lookupAttr(self.fget, "__isabstractmethod__");
        return v == null ? PyBool.FALSE : v;
    }
}
