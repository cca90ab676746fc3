package org.pyvm.runtime;

/**
 * Python {@code property}. Compare CPython Objects/descrobject.c: property_*. Instances of
 * Python subclasses are {@link Subclass}es (with an instance dict); the interpreter's fast
 * paths for properties take only exact ones ({@link #isExact}), so a subclass's own
 * {@code __get__}/{@code __set__} are always called.
 */
public class PyProperty implements PyObject {

    public static final PyType TYPE = PyType.builtin("property", PyProperty.class, PyProperty.class);

    private final PyType type;
    PyObject fget = PyNone.NONE;
    PyObject fset = PyNone.NONE;
    PyObject fdel = PyNone.NONE;
    PyObject doc = PyNone.NONE;
    /** What __set_name__ gave (any object, shown by repr in messages); null before. */
    PyObject name;
    /** Whether the doc came from the getter (property_init_impl's getter_doc), so copies take the new getter's. */
    boolean getterDoc;

    PyProperty(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Whether DESCR is a property itself, not an instance of a Python subclass. */
    static boolean isExact(PyObject descr) {
        return descr.getClass() == PyProperty.class;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return cls.isHeapType() ? new Subclass(cls) : new PyProperty(cls);
    }

    /** Compare descrobject.c: property_init_impl. */
    @ExposedMethod
    static void __init__(PyProperty self, PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("property", args, kw, 0, 4, "fget", "fset", "fdel", "doc");
        self.fget = ap.getOr(0, PyNone.NONE);
        self.fset = ap.getOr(1, PyNone.NONE);
        self.fdel = ap.getOr(2, PyNone.NONE);
        PyObject doc = ap.getOr(3, PyNone.NONE);
        self.doc = PyNone.NONE;
        self.name = null;
        self.getterDoc = false;
        if (doc == PyNone.NONE && self.fget != PyNone.NONE) {
            PyObject d = Abstract.lookupAttr(self.fget, "__doc__");
            if (d != null && d != PyNone.NONE) {
                doc = d;
                self.getterDoc = true;
            }
        }
        if (isExact(self)) {
            self.doc = doc;
            return;
        }
        // A subclass keeps the doc in its instance (dict or __doc__ slot): the class's own
        // __doc__ would shadow property's member. Without either, a doc given as an
        // argument is silently dropped, as through 3.11; one from the getter raises.
        try {
            Abstract.setAttr(self, "__doc__", doc);
        } catch (PyBaseException e) {
            if (self.getterDoc || !e.matches(PyExc.AttributeError)) {
                throw e;
            }
        }
    }

    /** The message of a missing accessor. Compare descrobject.c: property_descr_get/set. */
    private PyBaseException missing(PyObject obj, String what) {
        String owner = Abstract.repr(PyStr.of(obj.type().getQualname())).toString();
        return PyErr.attributeError(name != null
            ? "property " + Abstract.repr(name) + " of " + owner + " object has no " + what
            : "property of " + owner + " object has no " + what);
    }

    @ExposedMethod(min = 1)
    static PyObject __get__(PyProperty self, PyObject obj, PyObject type) {
        if (obj == null || obj == PyNone.NONE) {
            return self;
        }
        if (self.fget == PyNone.NONE) {
            throw self.missing(obj, "getter");
        }
        return Abstract.call(self.fget, obj);
    }

    void set(PyObject obj, PyObject value) {
        PyObject f = value == null ? fdel : fset;
        if (f == PyNone.NONE) {
            throw missing(obj, value == null ? "deleter" : "setter");
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

    /** Compare descrobject.c: property_set_name (METH_VARARGS, hence its own count check). */
    @ExposedMethod
    static void __set_name__(PyProperty self, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("__set_name__() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw PyErr.typeError("__set_name__() takes 2 positional arguments but " + args.length + " were given");
        }
        self.name = args[1];
    }

    /**
     * getter/setter/deleter: a new property of the same type, made by calling that type.
     * Compare descrobject.c: property_copy.
     */
    private static PyObject copy(PyProperty self, PyObject g, PyObject s, PyObject d) {
        PyObject doc = self.getterDoc && g != PyNone.NONE ? PyNone.NONE : self.doc;
        PyObject made = Abstract.call(self.type(), g, s, d, doc);
        if (made instanceof PyProperty p) {
            p.name = self.name;
        }
        return made;
    }

    private static PyObject orElse(PyObject f, PyObject old) {
        return f == PyNone.NONE ? old : f;
    }

    @ExposedMethod
    static PyObject getter(PyProperty self, PyObject f) {
        return copy(self, orElse(f, self.fget), self.fset, self.fdel);
    }

    @ExposedMethod
    static PyObject setter(PyProperty self, PyObject f) {
        return copy(self, self.fget, orElse(f, self.fset), self.fdel);
    }

    @ExposedMethod
    static PyObject deleter(PyProperty self, PyObject f) {
        return copy(self, self.fget, self.fset, orElse(f, self.fdel));
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

    /** True when any accessor is abstract. Compare descrobject.c: property_get___isabstractmethod__. */
    @ExposedGetter
    static PyObject __isabstractmethod__(PyProperty self) {
        return PyBool.of(isAbstract(self.fget) || isAbstract(self.fset) || isAbstract(self.fdel));
    }

    /** Compare abstract.c: _PyObject_IsAbstract. */
    static boolean isAbstract(PyObject f) {
        if (f == null || f == PyNone.NONE) {
            return false;
        }
        PyObject v = Abstract.lookupAttr(f, "__isabstractmethod__");
        return v != null && Abstract.isTrue(v);
    }

    /** An instance of a Python subclass of property: a property with an attribute dict. */
    static final class Subclass extends PyProperty implements HasDict {

        private PyDict dict;
        private PyType cls;

        Subclass(PyType type) {
            super(type);
            cls = type;
        }

        @Override
        public PyType type() {
            return cls;
        }

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

        @Override
        public boolean setType(PyType t) {
            cls = t;
            return true;
        }
    }
}
