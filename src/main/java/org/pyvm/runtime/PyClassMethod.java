package org.pyvm.runtime;

/** Python {@code classmethod}. Compare CPython Objects/funcobject.c: cm_*. */
public final class PyClassMethod implements PyObject, HasDict {

    public static final PyType TYPE = PyType.builtin("classmethod", PyClassMethod.class, PyClassMethod.class);

    PyObject callable;
    private PyDict dict;
    /** Whether __init__ left the callable's __doc__ to be read when asked for (wraps). */
    boolean docDeferred;
    /** The type: classmethod, or a Python subclass of it (whose instances may change class). */
    private PyType cls = TYPE;

    public PyClassMethod(PyObject callable) {
        this.callable = callable;
    }

    @Override
    public PyType type() {
        return cls;
    }

    /** Whether this is a classmethod itself, whose __get__ the interpreter may shortcut. */
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

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        PyClassMethod m = new PyClassMethod(PyNone.NONE);
        m.cls = cls;
        return m;
    }

    @ExposedMethod
    static void __init__(PyClassMethod self, PyObject f) {
        self.callable = f;
        self.docDeferred = wraps(self, f);
    }

    private static final String[] WRAPPED_ATTRS = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};

    /**
     * What functools.wraps copies, as classmethod and staticmethod do since 3.10: the
     * wrapped callable's attributes that exist. Compare funcobject.c: functools_wraps.
     * The __doc__ of a Java method or builtin type, which never changes, is not copied but
     * read when asked for (returns true then): reading it would load the docstring table, and
     * start-up runs classmethod(GenericAlias) (os, _collections_abc).
     */
    static boolean wraps(PyObject wrapper, PyObject wrapped) {
        boolean deferDoc = wrapped instanceof JavaMethod || wrapped instanceof PyType t && !t.isHeapType();
        for (String a : WRAPPED_ATTRS) {
            if (deferDoc && a.equals("__doc__")) {
                continue;
            }
            PyObject v = Abstract.lookupAttr(wrapped, a);
            if (v != null) {
                Abstract.setAttr(wrapper, a, v);
            }
        }
        return deferDoc;
    }

    /**
     * The wrapped callable's docstring, which __init__ copies into the dict (wraps). A builtin
     * type's dict wraps its Java class and static methods without copying (that would read the
     * docstrings at start-up): their doc is read from the JavaMethod when asked for, as CPython's
     * classmethod_descriptor and builtin __new__ give theirs. Without either, the type's own.
     */
    @ExposedGetter(setter = "setDoc")
    static PyObject __doc__(PyClassMethod self) {
        return docOf(self, self.dict, self.callable, self.docDeferred);
    }

    static void setDoc(PyClassMethod self, PyObject value) {
        self.docDeferred = setDocIn(self, value, self.docDeferred);
    }

    static PyObject docOf(PyObject self, PyDict dict, PyObject callable, boolean deferred) {
        PyObject d = dict == null ? null : dict.getStr("__doc__");
        if (d != null) {
            return d;
        }
        if (deferred) {
            // What __init__ would have copied (wraps).
            return Abstract.getAttr(callable, "__doc__");
        }
        if (callable instanceof JavaMethod jm) {
            // A builtin __new__ is seen through its type-checking wrapper, which has the slot's doc.
            PyObject s = jm.asStatic();
            return s == jm ? jm.doc() : Abstract.getAttr(s, "__doc__");
        }
        PyType t = self.type();
        return t.isHeapType() ? PyNone.NONE : Docstrings.of(t.fullName());
    }

    /**
     * Sets (VALUE null: deletes) __doc__ in the instance dict, as a plain attribute; a deferred
     * doc (wraps) counts as being there. Returns the new deferred flag: false.
     */
    static boolean setDocIn(HasDict self, PyObject value, boolean deferred) {
        PyDict d = self.getDict();
        if (value != null) {
            d.setStr("__doc__", value);
        } else if (d.getStr("__doc__") != null) {
            d.delItem(PyStr.intern("__doc__"));
        } else if (!deferred) {
            throw PyErr.attributeError("'" + ((PyObject) self).type().getName() + "' object has no attribute '__doc__'");
        }
        return false;
    }

    /** Compare funcobject.c: cm_repr. */
    @ExposedMethod
    static String __repr__(PyClassMethod self) {
        return "<classmethod(" + Abstract.repr(self.callable) + ")>";
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
        if (!(self.callable instanceof PyFunction || self.callable instanceof JavaMethod)) {
            // 3.12 still chains descriptors: the wrapped object's __get__(cls, cls) (removed in 3.13).
            PyObject get = self.callable.type().slot(Slot.GET);
            if (get != null) {
                return Abstract.callGet(get, self.callable, cls, cls);
            }
        }
        return new PyBoundMethod(self.callable, cls);
    }

    @ExposedGetter
    static PyObject __func__(PyClassMethod self) {
        return self.callable;
    }

    @ExposedGetter
    static PyObject __isabstractmethod__(PyClassMethod self) {
        return PyBool.of(PyProperty.isAbstract(self.callable));
    }
}
