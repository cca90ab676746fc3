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
    /**
     * The tuple __defaults__ gives for {@link #defaults}: the one given (MAKE_FUNCTION, the
     * constructor, the setter; a tuple subclass stays one) or made at the first read, so that
     * each read is the same object, as in CPython. Null when not made yet.
     */
    private PyObject defaultsTuple;
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
        if (Watchers.activeFuncWatchers != 0) {
            Watchers.funcEvent(Watchers.FUNC_CREATE, this, null);
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

    /**
     * function(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None).
     * Compare funcobject.c: func_new_impl.
     */
    @ExposedMethod(names = {"code", "globals", "name", "argdefs", "closure", "kwdefaults"})
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("function", args, kw, 2, 6, "code", "globals", "name", "argdefs", "closure",
            "kwdefaults");
        if (!(ap.get(0) instanceof PyCode code)) {
            throw PyErr.typeError("function() argument 'code' must be code, not " + ap.get(0).type().getName());
        }
        if (!(ap.get(1) instanceof PyDict globals)) {
            throw PyErr.typeError("function() argument 'globals' must be dict, not " + ap.get(1).type().getName());
        }
        PyObject name = ap.getOr(2, PyNone.NONE);
        PyObject defaults = ap.getOr(3, PyNone.NONE);
        PyObject closure = ap.getOr(4, PyNone.NONE);
        PyObject kwdefaults = ap.getOr(5, PyNone.NONE);
        if (name != PyNone.NONE && !(name instanceof PyStr)) {
            throw PyErr.typeError("arg 3 (name) must be None or string");
        }
        if (defaults != PyNone.NONE && !(defaults instanceof PyTuple)) {
            throw PyErr.typeError("arg 4 (defaults) must be None or tuple");
        }
        int nfree = code.raw.freevars().length;
        if (!(closure instanceof PyTuple)) {
            if (nfree > 0 && closure == PyNone.NONE) {
                throw PyErr.typeError("arg 5 (closure) must be tuple");
            } else if (closure != PyNone.NONE) {
                throw PyErr.typeError("arg 5 (closure) must be None or tuple");
            }
        }
        if (kwdefaults != PyNone.NONE && !(kwdefaults instanceof PyDict)) {
            throw PyErr.typeError("arg 6 (kwdefaults) must be None or dict");
        }
        PyObject[] cells = closure instanceof PyTuple t ? t.items : new PyObject[0];
        if (cells.length != nfree) {
            throw PyErr.valueError(code.name + " requires closure of length " + nfree + ", not " + cells.length);
        }
        PyCell[] closureCells = new PyCell[nfree];
        for (int i = 0; i < nfree; i++) {
            if (!(cells[i] instanceof PyCell c)) {
                throw PyErr.typeError("arg 5 (closure) expected cell, found " + cells[i].type().getName());
            }
            closureCells[i] = c;
        }
        // Compare ceval.c: _PyEval_BuiltinsFromGlobals.
        PyObject b = globals.getStr("__builtins__");
        PyDict builtins = b instanceof PyDict d ? d : b instanceof PyModule m ? m.getDict() : null;
        if (builtins == null) {
            // Globals without __builtins__: the running frame's builtins (_PyEval_GetBuiltins).
            PyFrame f = CodeRunner.get().currentFrame();
            builtins = f != null ? f.builtins() : PyRuntime.builtins;
        }
        PyFunction fn = new PyFunction(code, globals, builtins);
        if (name instanceof PyStr s) {
            fn.name = s.value();
        }
        fn.setDefaults(defaults instanceof PyTuple t ? t : null);
        fn.closure = nfree > 0 ? closureCells : null;
        fn.kwdefaults = kwdefaults instanceof PyDict d ? d : null;
        return fn;
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

    /**
     * The str objects last given to or made for __name__ and __qualname__, so that reading
     * the attribute twice gives the same object (functools.update_wrapper's copies are
     * checked with "is"); stale once the String fields change.
     */
    private PyStr nameStr, qualnameStr;

    @ExposedGetter
    static PyObject __name__(PyFunction self) {
        PyStr s = self.nameStr;
        if (s == null || !s.value().equals(self.name)) {
            s = self.nameStr = PyStr.of(self.name);
        }
        return s;
    }

    @ExposedGetter
    static PyObject __qualname__(PyFunction self) {
        PyStr s = self.qualnameStr;
        if (s == null || !s.value().equals(self.qualname)) {
            s = self.qualnameStr = PyStr.of(self.qualname);
        }
        return s;
    }

    @ExposedGetter
    static PyObject __code__(PyFunction self) {
        if (Audit.on()) {
            Audit.event("object.__getattr__", self, PyStr.of("__code__"));
        }
        return self.code;
    }

    @ExposedGetter(member = true)
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
        if (Audit.on()) {
            Audit.event("object.__getattr__", self, PyStr.of("__defaults__"));
        }
        if (self.defaults == null) {
            return PyNone.NONE;
        }
        if (self.defaultsTuple == null) {
            self.defaultsTuple = PyTuple.of(self.defaults.clone());
        }
        return self.defaultsTuple;
    }

    /** Sets the defaults to those of T (null: none), T being what __defaults__ then gives. */
    public void setDefaults(PyTuple t) {
        defaults = t == null ? null : t.toArray();
        defaultsTuple = t;
    }

    @ExposedGetter
    static PyObject __kwdefaults__(PyFunction self) {
        if (Audit.on()) {
            Audit.event("object.__getattr__", self, PyStr.of("__kwdefaults__"));
        }
        return self.kwdefaults == null ? PyNone.NONE : self.kwdefaults;
    }

    @ExposedGetter(member = true)
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

    /**
     * The writable attributes that are fields rather than dict entries; V null deletes
     * (defaults and annotations go, __doc__ and __module__ read None, the others refuse).
     * Compare funcobject.c: func_getsetlist and func_memberlist.
     */
    public boolean setSpecial(String attr, PyObject v) {
        switch (attr) {
            case "__name__" -> {
                name = stringAttr(v, "__name__");
                nameStr = v.type() == PyStr.TYPE ? (PyStr) v : null;
            }
            case "__qualname__" -> {
                qualname = stringAttr(v, "__qualname__");
                qualnameStr = v.type() == PyStr.TYPE ? (PyStr) v : null;
            }
            case "__doc__" -> doc = v == null ? PyNone.NONE : v;
            case "__module__" -> module = v == null ? PyNone.NONE : v;
            case "__defaults__" -> {
                // Compare funcobject.c: func_set_defaults (the type is checked first).
                if (v != null && v != PyNone.NONE && !v.type().isSubtypeOf(PyTuple.TYPE)) {
                    throw PyErr.typeError("__defaults__ must be set to a tuple object");
                }
                if (Audit.on()) {
                    Audit.event("object.__setattr__", this, PyStr.of(attr), v == null ? PyNone.NONE : v);
                }
                if (Watchers.activeFuncWatchers != 0) {
                    Watchers.funcEvent(Watchers.FUNC_MODIFY_DEFAULTS, this, v == PyNone.NONE ? null : v);
                }
                defaults = v == null || v == PyNone.NONE ? null : Abstract.toArray(v);
                defaultsTuple = defaults == null ? null : v;
            }
            case "__kwdefaults__" -> {
                // Compare funcobject.c: func_set_kwdefaults.
                if (v != null && v != PyNone.NONE && !(v instanceof PyDict)) {
                    throw PyErr.typeError("__kwdefaults__ must be set to a dict object");
                }
                if (Audit.on()) {
                    Audit.event("object.__setattr__", this, PyStr.of(attr), v == null ? PyNone.NONE : v);
                }
                if (Watchers.activeFuncWatchers != 0) {
                    Watchers.funcEvent(Watchers.FUNC_MODIFY_KWDEFAULTS, this, v == PyNone.NONE ? null : v);
                }
                kwdefaults = v == null || v == PyNone.NONE ? null : (PyDict) v;
            }
            case "__code__" -> {
                if (!(v instanceof PyCode c)) {
                    throw PyErr.typeError("__code__ must be set to a code object");
                }
                if (Audit.on()) {
                    Audit.event("object.__setattr__", this, PyStr.of(attr), v);
                }
                // Compare funcobject.c: func_set_code.
                int nfree = c.raw.freevars().length;
                int nclosure = closure == null ? 0 : closure.length;
                if (nfree != nclosure) {
                    throw PyErr.valueError(name + "() requires a code object with " + nclosure
                        + " free vars, not " + nfree);
                }
                if (Watchers.activeFuncWatchers != 0) {
                    Watchers.funcEvent(Watchers.FUNC_MODIFY_CODE, this, c);
                }
                code = c;
            }
            case "__annotations__" -> annotations = v;
            case "__dict__" -> {
                // Compare object.c: PyObject_GenericSetDict.
                if (v == null) {
                    throw PyErr.typeError("cannot delete __dict__");
                }
                if (!(v instanceof PyDict d)) {
                    throw PyErr.typeError("__dict__ must be set to a dictionary, not a '" + v.type().getName() + "'");
                }
                dict = d;
            }
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

    private static String stringAttr(PyObject v, String attr) {
        if (v instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError(attr + " must be set to a string object");
    }
}
