package org.pyvm.runtime;

/**
 * A Java method bound to its self, or a module function bound to its module: CPython's
 * builtin_function_or_method ({@code [].append}, {@code len}).
 */
public final class BoundJavaMethod implements PyObject, Callable {

    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", BoundJavaMethod.class,
        BoundJavaMethod.class).notSubclassable();

    final PyObject self;
    final JavaMethod method;

    /** METHOD bound to SELF: a builtin method ({@code <built-in method NAME of T object at ...>}). */
    public static BoundJavaMethod bind(PyObject self, JavaMethod method) {
        return new BoundJavaMethod(self, method);
    }

    /** A builtin type's __new__ seen from Python: the class comes as the first argument. */
    private final boolean typeNew;

    BoundJavaMethod(PyObject self, JavaMethod method) {
        this(self, method, false);
    }

    private BoundJavaMethod(PyObject self, JavaMethod method, boolean typeNew) {
        this.self = self;
        this.method = method;
        this.typeNew = typeNew;
    }

    /**
     * What {@code int.__new__} gives in Python: a builtin function whose __self__ is the type
     * and which takes the class to make as its first argument (copyreg reads __self__).
     * Compare typeobject.c: tp_new_wrapper.
     */
    static BoundJavaMethod typeNew(PyType owner, JavaMethod method) {
        return new BoundJavaMethod(owner, method, true);
    }

    /** Whether this is a builtin type's __new__ (see {@link #typeNew}). */
    boolean isTypeNew() {
        return typeNew;
    }

    /** A slot wrapper bound to an object ({@code object().__str__}): CPython's method-wrapper. */
    public static final PyType WRAPPER_TYPE = PyType.builtin("method-wrapper", BoundJavaMethod.class,
        BoundJavaMethod.class).notSubclassable();

    private boolean isMethodWrapper() {
        return !typeNew && self != null && !(self instanceof PyModule) && method.isSlotWrapper();
    }

    @Override
    public PyType type() {
        return isMethodWrapper() ? WRAPPER_TYPE : TYPE;
    }

    public String getName() {
        return method.name;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (typeNew) {
            if (args.length - (kwnames == null ? 0 : kwnames.length) < 1) {
                throw PyErr.typeError(((PyType) self).name + ".__new__(): not enough arguments");
            }
            return method.call(args, kwnames);
        }
        return method.invoke(method.hasSelf ? self : null, args, 0, kwnames);
    }

    /** Whether {@link #callFast} can make a call with N positional arguments. */
    public boolean takesFast(int n) {
        return !typeNew && method.takesFixed(n);
    }

    /**
     * A positional call with the N arguments S[AT..AT+N) without argument arrays (the eval
     * loop's CALL of len, isinstance ...; see JavaMethod.callFixed). Only when
     * {@link #takesFast}(N); otherwise the general {@link #call} makes it.
     */
    public PyObject callFast(PyObject[] s, int at, int n) {
        return method.callFixed(method.hasSelf ? self : null, s, at, n);
    }

    @ExposedMethod
    static PyObject __call__(BoundJavaMethod self, PyObject[] args, String[] kw) {
        return self.call(args, kw);
    }

    @ExposedMethod
    static String __repr__(BoundJavaMethod self) {
        if (!self.method.hasSelf || self.self instanceof PyModule) {
            return "<built-in function " + self.method.name + ">";
        }
        if (self.isMethodWrapper()) {
            return "<method-wrapper '" + self.method.name + "' of " + self.self.type().name + " object at 0x"
                + Abstract.idHex(self.self) + ">";
        }
        if (self.self instanceof PyType t) {
            return "<built-in method " + self.method.name + " of type object at 0x" + Abstract.idHex(t) + ">";
        }
        return "<built-in method " + self.method.name + " of " + self.self.type().name + " object at 0x"
            + Abstract.idHex(self.self) + ">";
    }

    @ExposedGetter
    static PyObject __name__(BoundJavaMethod self) {
        return PyStr.of(self.method.name);
    }

    @ExposedGetter
    static PyObject __qualname__(BoundJavaMethod self) {
        if (self.self instanceof PyModule || self.self == null) {
            return PyStr.of(self.method.name);
        }
        // The type's __qualname__ (methodobject.c: meth_get__qualname__): "Task.task_wakeup", not its tp_name.
        PyType t = self.self instanceof PyType ty ? ty : self.self.type();
        return PyStr.of(t.getQualname() + "." + self.method.name);
    }

    /**
     * Gives this module function the ml_doc a C module would (its signature line, if any,
     * first): __doc__ and __text_signature__ are then read from it as CPython reads ml_doc.
     */
    public BoundJavaMethod withInternalDoc(String doc) {
        method.internalDoc = doc;
        return this;
    }

    @ExposedGetter
    static PyObject __doc__(BoundJavaMethod self) {
        // A type's __new__ has tp_new_wrapper's doc (typeobject.c: tp_new_methoddef).
        return self.typeNew ? PyStr.of("Create and return a new object.  See help(type) for accurate signature.")
            : self.method.doc();
    }

    /** The method's signature; a type's __new__ has tp_new_wrapper's. Compare methodobject.c: meth_get__text_signature__. */
    @ExposedGetter
    static PyObject __text_signature__(BoundJavaMethod self) {
        return self.typeNew ? PyStr.of(TextSignatures.NEW) : self.method.textSignature();
    }

    /** Same method of the same object. Compare methodobject.c: meth_richcompare. */
    @ExposedMethod
    static PyObject __eq__(BoundJavaMethod self, PyObject o) {
        if (!(o instanceof BoundJavaMethod b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(b.self == self.self && b.method == self.method);
    }

    /** Not based on the hash of __self__ (a list has none). Compare methodobject.c: meth_hash. */
    @ExposedMethod
    static long __hash__(BoundJavaMethod self) {
        return System.identityHashCode(self.self) ^ System.identityHashCode(self.method);
    }

    /**
     * The class defining a special method bound to an instance ({@code [].__add__}, CPython's
     * method-wrapper; its other builtin methods have no __objclass__).
     */
    @ExposedGetter
    static PyObject __objclass__(BoundJavaMethod self) {
        String n = self.method.name;
        if (self.method.owner == null || self.self instanceof PyModule || !(n.startsWith("__") && n.endsWith("__"))) {
            throw PyErr.attributeError("'builtin_function_or_method' object has no attribute '__objclass__'");
        }
        return self.method.owner;
    }

    @ExposedGetter
    static PyObject __self__(BoundJavaMethod self) {
        return self.self == null ? PyNone.NONE : self.self;
    }

    /** The module's name for a module function, None for a method. Compare methodobject.c: m_module. */
    @ExposedGetter
    static PyObject __module__(BoundJavaMethod self) {
        if (self.self instanceof PyModule m) {
            PyObject n = m.getDict().getStr("__name__");
            return n instanceof PyStr ? n : PyStr.of(m.getName());
        }
        return PyNone.NONE;
    }

    /**
     * A module function pickles by name, a method as getattr(self, name). Compare
     * methodobject.c: meth_reduce.
     */
    @ExposedMethod
    static PyObject __reduce__(BoundJavaMethod self) {
        if (self.self == null || self.self instanceof PyModule || !self.method.hasSelf && !self.typeNew) {
            return PyStr.of(self.method.name);
        }
        PyObject getattr = PyRuntime.builtins.getStr("getattr");
        return PyTuple.of(getattr, PyTuple.of(self.self, PyStr.of(self.method.name)));
    }
}
