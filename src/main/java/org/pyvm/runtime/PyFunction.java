package org.pyvm.runtime;

/** A function written in Python. Calls go to the installed {@link CodeRunner}. Compare funcobject.c. */
public final class PyFunction implements PyObject, HasDict, Callable {

    public static final PyType TYPE = PyType.builtin("function", PyFunction.class, PyFunction.class).notSubclassable();

    public PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    public String name;
    public String qualname;
    /** Positional defaults, or null. */
    public PyObject[] defaults;
    /** Keyword-only defaults, or null. */
    public PyDict kwdefaults;
    /** Cells of the free variables, or null. */
    public PyCell[] closure;
    public PyObject doc = PyNone.NONE;
    public PyObject annotations;
    public PyObject module;
    /** __type_params__ (PEP 695), set by INTRINSIC_SET_FUNCTION_TYPE_PARAMS; null: (). */
    public PyObject typeParams;
    private PyDict dict;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name;
        this.qualname = code.qualname;
        PyObject m = globals.getStr("__name__");
        this.module = m == null ? PyNone.NONE : m;
        // CPython 3.12: the docstring is co_consts[0] when it is a str (funcobject.c: PyFunction_NewWithQualName).
        if (code.consts.length > 0 && code.consts[0] instanceof PyStr s) {
            doc = s;
        }
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

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return CodeRunner.get().callFunction(this, args, kwnames);
    }

    @ExposedMethod
    static PyObject __call__(PyFunction self, PyObject[] args, String[] kw) {
        return self.call(args, kw);
    }

    @ExposedMethod(min = 1)
    static PyObject __get__(PyFunction self, PyObject obj, PyObject type) {
        return obj == null || obj == PyNone.NONE ? self : new PyBoundMethod(self, obj);
    }

    @ExposedMethod
    static String __repr__(PyFunction self) {
        return "<function " + self.qualname + " at 0x" + Abstract.idHex(self) + ">";
    }

    @ExposedGetter
    static PyObject __name__(PyFunction self) {
        return PyStr.of(self.name);
    }

    @ExposedGetter
    static PyObject __qualname__(PyFunction self) {
        return PyStr.of(self.qualname);
    }

    @ExposedGetter
    static PyObject __code__(PyFunction self) {
        return self.code;
    }

    @ExposedGetter
    static PyObject __globals__(PyFunction self) {
        return self.globals;
    }

    /** The builtins the function's code sees (from its globals' __builtins__ when it was made). Compare funcobject.c: func_builtins. */
    @ExposedGetter
    static PyObject __builtins__(PyFunction self) {
        return self.builtins;
    }

    @ExposedGetter
    static PyObject __defaults__(PyFunction self) {
        return self.defaults == null ? PyNone.NONE : PyTuple.of(self.defaults.clone());
    }

    @ExposedGetter
    static PyObject __kwdefaults__(PyFunction self) {
        return self.kwdefaults == null ? PyNone.NONE : self.kwdefaults;
    }

    @ExposedGetter
    static PyObject __closure__(PyFunction self) {
        return self.closure == null ? PyNone.NONE : PyTuple.of((PyObject[]) self.closure.clone());
    }

    @ExposedGetter
    static PyObject __doc__(PyFunction self) {
        return self.doc;
    }

    @ExposedGetter
    static PyObject __module__(PyFunction self) {
        return self.module;
    }

    @ExposedGetter
    static PyObject __type_params__(PyFunction self) {
        return self.typeParams == null ? PyTuple.EMPTY : self.typeParams;
    }

    @ExposedGetter
    static PyObject __annotations__(PyFunction self) {
        if (self.annotations == null) {
            self.annotations = new PyDict();
        }
        if (self.annotations instanceof PyTuple t) {
            PyDict d = new PyDict();
            for (int i = 0; i + 1 < t.size(); i += 2) {
                d.setItem(t.get(i), t.get(i + 1));
            }
            self.annotations = d;
        }
        return self.annotations;
    }

    /** The writable attributes that are fields rather than dict entries. */
    public boolean setSpecial(String attr, PyObject v) {
        switch (attr) {
            case "__name__" -> name = Abstract.strArg(v, "__name__");
            case "__qualname__" -> qualname = Abstract.strArg(v, "__qualname__");
            case "__doc__" -> doc = v;
            case "__module__" -> module = v;
            case "__defaults__" -> defaults = v == PyNone.NONE ? null : Abstract.toArray(v);
            case "__kwdefaults__" -> kwdefaults = v == PyNone.NONE ? null : (PyDict) v;
            case "__code__" -> {
                if (!(v instanceof PyCode c)) {
                    throw PyErr.typeError("__code__ must be set to a code object");
                }
                code = c;
            }
            case "__annotations__" -> annotations = v;
            case "__type_params__" -> {
                // Compare funcobject.c: func_set_type_params.
                if (!(v instanceof PyTuple)) {
                    throw PyErr.typeError("__type_params__ must be set to a tuple");
                }
                typeParams = v;
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
