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
        for (java.lang.reflect.Method m : cls.getDeclaredMethods()) {
            ExposedMethod em = m.getAnnotation(ExposedMethod.class);
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

    @ExposedMethod
    static String __repr__(PyModule self) {
        PyObject f = self.dict.getStr("__file__");
        if (f != null) {
            return "<module '" + self.getName() + "' from '" + f + "'>";
        }
        return "<module '" + self.getName() + "' (built-in)>";
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
