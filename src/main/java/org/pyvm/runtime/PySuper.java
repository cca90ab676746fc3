package org.pyvm.runtime;

/** Python {@code super}. Compare CPython Objects/typeobject.c: super_getattro. */
public final class PySuper implements PyObject {

    public static final PyType TYPE = PyType.builtin("super", PySuper.class, PySuper.class);

    PyType thisType;
    PyObject obj;
    PyType objType;
    /** super, or the Python subclass of it this instance was made for. */
    private PyType cls = TYPE;

    @Override
    public PyType type() {
        return cls;
    }

    public static PySuper of(PyType type, PyObject obj) {
        PySuper s = new PySuper();
        s.init(type, obj);
        return s;
    }

    void init(PyType type, PyObject o) {
        thisType = type;
        obj = o;
        if (o != null) {
            if (o instanceof PyType t && t.isSubtypeOf(type)) {
                objType = t;
            } else if (o.type().isSubtypeOf(type)) {
                objType = o.type();
            } else {
                throw PyErr.typeError("super(type, obj): obj must be an instance or subtype of type");
            }
        }
    }

    /** super(T, obj).name: search the MRO of obj's type after T. Null when missing. */
    public static PyObject lookup(PyType thisType, PyObject obj, PyType objType, PyStr name) {
        PyType[] mro = objType.getMro();
        int i = 0;
        while (i < mro.length && mro[i] != thisType) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].getDict().get(name);
            if (v != null) {
                if (v instanceof PyFunction f) {
                    return obj == objType ? f : new PyBoundMethod(f, obj);
                }
                return Abstract.bindDescr(v, obj == objType ? null : obj, objType);
            }
        }
        return null;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        PySuper s = new PySuper();
        s.cls = cls;
        return s;
    }

    @ExposedMethod(min = 0)
    static void __init__(PySuper self, PyObject type, PyObject obj) {
        if (type == null) {
            PyObject[] a = CodeRunner.get().currentFrame().zeroArgSuper();
            self.init((PyType) a[0], a[1]);
            return;
        }
        if (!(type instanceof PyType t)) {
            throw PyErr.typeError("super() argument 1 must be a type, not " + type.type().getName());
        }
        self.init(t, obj == null || obj == PyNone.NONE ? null : obj);
    }

    @ExposedMethod
    static PyObject __getattribute__(PySuper self, PyObject name) {
        PyStr s = (PyStr) name;
        if (self.objType != null && !s.value().equals("__class__")) {
            PyObject r = lookup(self.thisType, self.obj, self.objType, s);
            if (r != null) {
                return r;
            }
        }
        PyObject r = ObjectMethods.genericGetAttr(self, s);
        if (r == null) {
            throw PyErr.attributeError("'super' object has no attribute '" + s + "'");
        }
        return r;
    }

    @ExposedMethod
    static String __repr__(PySuper self) {
        return self.objType == null ? "<super: <class '" + self.thisType.getName() + "'>, NULL>"
            : "<super: <class '" + self.thisType.getName() + "'>, <" + self.objType.getName() + " object>>";
    }
}
