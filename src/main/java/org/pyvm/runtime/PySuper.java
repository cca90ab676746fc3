package org.pyvm.runtime;

/** Python {@code super}. Compare CPython Objects/typeobject.c: super_getattro. */
public class PySuper implements PyObject {

    public static final PyType TYPE = PyType.builtin("super", PySuper.class, PySuper.class);

    PyType thisType;
    PyObject obj;
    PyType objType;

    /** super, or the Python subclass of super the object belongs to. */
    PyType type = TYPE;

    @Override
    public PyType type() {
        return type;
    }

    /** An instance of a Python subclass of super: with an attribute dict. */
    static final class Sub extends PySuper implements HasDict {

        private PyDict dict;

        @Override
        public PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }
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
            objType = check(type, o);
        }
    }

    /** The type whose MRO super(TYPE, O) searches. Compare typeobject.c: supercheck. */
    private static PyType check(PyType type, PyObject o) {
        if (o instanceof PyType t && t.isSubtypeOf(type)) {
            return t;
        }
        if (o.type().isSubtypeOf(type)) {
            return o.type();
        }
        // A proxy may claim another class through __class__.
        PyObject c = Abstract.lookupAttr(o, "__class__");
        if (c instanceof PyType ct && ct != o.type() && ct.isSubtypeOf(type)) {
            return ct;
        }
        throw PyErr.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    /** super(T, obj).name: search the MRO of obj's type after T. Null when missing. */
    public static PyObject lookup(PyType thisType, PyObject obj, PyType objType, PyStr name) {
        PyType[] mro = objType.getMro();
        if (mro == null) {
            // The class is still being made (its metaclass's mro() is running).
            return null;
        }
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
        PySuper s = cls == TYPE ? new PySuper() : new Sub();
        s.type = cls;
        return s;
    }

    /** super(), super(type), super(type, obj). Compare typeobject.c: super_vectorcall's argument checks. */
    @ExposedMethod
    static void __init__(PySuper self, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("super() takes no keyword arguments");
        }
        if (args.length > 2) {
            throw PyErr.typeError("super() expected at most 2 arguments, got " + args.length);
        }
        init(self, args.length > 0 ? args[0] : null, args.length > 1 ? args[1] : null);
    }

    private static void init(PySuper self, PyObject type, PyObject obj) {
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

    /** Compare typeobject.c: super_descr_get (an unbound super stored as a class attribute binds). */
    @ExposedMethod(min = 1)
    static PyObject __get__(PySuper self, PyObject obj, PyObject type) {
        if (obj == null || obj == PyNone.NONE || self.obj != null) {
            return self;
        }
        if (self.type() != TYPE) {
            return Abstract.call(self.type(), self.thisType, obj);
        }
        return of(self.thisType, obj);
    }

    @ExposedGetter(member = true)
    static PyObject __thisclass__(PySuper self) {
        return self.thisType == null ? PyNone.NONE : self.thisType;
    }

    @ExposedGetter(member = true)
    static PyObject __self__(PySuper self) {
        return self.obj == null ? PyNone.NONE : self.obj;
    }

    @ExposedGetter(member = true)
    static PyObject __self_class__(PySuper self) {
        return self.objType == null ? PyNone.NONE : self.objType;
    }

    @ExposedMethod
    static String __repr__(PySuper self) {
        return self.objType == null ? "<super: <class '" + self.thisType.getName() + "'>, NULL>"
            : "<super: <class '" + self.thisType.getName() + "'>, <" + self.objType.getName() + " object>>";
    }
}
