package org.pyvm.runtime;

/** A module: a name and a namespace dict. Compare CPython Objects/moduleobject.c. */
public final class PyModule implements PyObject, HasDict {

    public static final PyType TYPE = PyType.builtin("module", PyModule.class, PyModule.class);

    private final PyDict dict;
    /** module, or the Python subclass of module the object belongs to (its __class__ may change). */
    private PyType type = TYPE;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public PyModule(String name, PyDict dict) {
        this.dict = dict;
        dict.setStr("__name__", PyStr.of(name));
        if (dict.getStr("__doc__") == null) {
            dict.setStr("__doc__", PyNone.NONE);
        }
    }

    /** An uninitialized module of class CLS (ModuleType.__new__): an empty dict. */
    private PyModule(PyType cls) {
        this.dict = new PyDict();
        this.type = cls;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public boolean setType(PyType t) {
        type = t;
        return true;
    }

    public String getName() {
        PyObject n = dict.getStr("__name__");
        return n == null ? "?" : n.toString();
    }

    /** Adds the annotated static methods of CLS as functions of this module. */
    public PyModule addFunctions(Class<?> cls) {
        ExposedDecls decls = ExposedDecls.of(cls);
        for (java.lang.reflect.Method m : cls.getDeclaredMethods()) {
            ExposedMethod em = decls.methodOf(m);
            if (em != null) {
                String n = em.name().isEmpty() ? m.getName() : em.name();
                dict.setStr(n, JavaMethod.function(m, em, n, this));
            }
        }
        return this;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new PyModule(cls);
    }

    /** Compare moduleobject.c: module___init___impl, module_init_dict. */
    @ExposedMethod
    static void __init__(PyModule self, PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("module", args, kw, 1, 2, "name", "doc");
        PyObject name = ap.get(0);
        if (!(name instanceof PyStr)) {
            throw PyErr.typeError("module() argument 'name' must be str, not " + name.type().getName());
        }
        self.dict.setStr("__name__", name);
        self.dict.setStr("__doc__", ap.getOr(1, PyNone.NONE));
        self.dict.setStr("__package__", PyNone.NONE);
        self.dict.setStr("__loader__", PyNone.NONE);
        self.dict.setStr("__spec__", PyNone.NONE);
    }

    /** The names in the module's dict, or what its own __dir__ says. Compare moduleobject.c: module___dir___impl. */
    @ExposedMethod
    static PyObject __dir__(PyModule self) {
        PyObject d = Abstract.getAttr(self, "__dict__");
        if (!(d instanceof PyDict dict)) {
            throw PyErr.typeError("<module>.__dict__ is not a dictionary");
        }
        PyObject f = dict.getStr("__dir__");
        return f != null ? Abstract.call(f) : new PyList(dict.keysArray());
    }

    /**
     * Compare CPython moduleobject.c: module_repr, which calls importlib._bootstrap._module_repr
     * and _module_repr_from_spec: the spec decides when there is one, else __file__, else the
     * loader.
     */
    @ExposedMethod
    static String __repr__(PyModule self) {
        PyObject loader = Abstract.lookupAttr(self, "__loader__");
        PyObject spec = Abstract.lookupAttr(self, "__spec__");
        if (spec != null && spec != PyNone.NONE && Abstract.isTrue(spec)) {
            return reprFromSpec(spec);
        }
        PyObject name = Abstract.lookupAttr(self, "__name__");
        String n = name == null ? "'?'" : Abstract.repr(name).toString();
        PyObject file = Abstract.lookupAttr(self, "__file__");
        if (file != null) {
            return "<module " + n + " from " + Abstract.repr(file) + ">";
        }
        if (loader == null || loader == PyNone.NONE) {
            return "<module " + n + ">";
        }
        return "<module " + n + " (" + Abstract.repr(loader) + ")>";
    }

    private static String reprFromSpec(PyObject spec) {
        PyObject specName = Abstract.getAttr(spec, "name");
        String n = specName == PyNone.NONE ? "'?'" : Abstract.repr(specName).toString();
        PyObject origin = Abstract.getAttr(spec, "origin");
        if (origin == PyNone.NONE) {
            PyObject loader = Abstract.getAttr(spec, "loader");
            if (loader == PyNone.NONE) {
                return "<module " + n + ">";
            }
            if (loader.type().getName().equals("NamespaceLoader")) {
                PyObject path = Abstract.lookupAttr(loader, "_path");
                if (path != null) {
                    PyObject list = Abstract.call(PyList.TYPE, path);
                    return "<module " + n + " (namespace) from " + Abstract.repr(list) + ">";
                }
            }
            return "<module " + n + " (" + Abstract.repr(loader) + ")>";
        }
        if (Abstract.isTrue(Abstract.getAttr(spec, "has_location"))) {
            return "<module " + n + " from " + Abstract.repr(origin) + ">";
        }
        return "<module " + Abstract.repr(specName) + " (" + Abstract.str(origin) + ")>";
    }


    @ExposedMethod
    static PyObject __getattribute__(PyModule self, PyObject name) {
        PyStr s = (PyStr) name;
        PyObject r = ObjectMethods.genericGetAttr(self, s);
        if (r != null) {
            return r;
        }
        if (s.value().equals("__annotations__")) {
            // A module without annotations gets an empty dict on first access. Compare moduleobject.c: module_get_annotations.
            PyDict a = new PyDict();
            self.dict.setStr("__annotations__", a);
            return a;
        }
        PyObject ga = self.dict.getStr("__getattr__");
        if (ga != null) {
            return Abstract.call(ga, name);
        }
        throw Abstract.noAttribute(self, s);
    }
}
