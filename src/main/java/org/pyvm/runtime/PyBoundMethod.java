package org.pyvm.runtime;

/** A function bound to an instance (or a class, for class methods). Compare classobject.c: method. */
public final class PyBoundMethod implements PyObject, Callable {

    public static final PyType TYPE = PyType.builtin("method", PyBoundMethod.class, PyBoundMethod.class).notSubclassable();

    public final PyObject func;
    public final PyObject self;

    public PyBoundMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return Abstract.call(func, a, kwnames);
    }

    /** types.MethodType(function, instance, /). Compare classobject.c: method_new_impl. */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("method() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw PyErr.typeError("method expected 2 arguments, got " + args.length);
        }
        PyObject fn = args[0];
        if (!(fn instanceof Callable || fn instanceof PyType || fn.type().slot(Slot.CALL) != null)) {
            throw PyErr.typeError("first argument must be callable");
        }
        if (args[1] == PyNone.NONE) {
            throw PyErr.typeError("instance must not be None");
        }
        return new PyBoundMethod(fn, args[1]);
    }

    @ExposedMethod
    static PyObject __call__(PyBoundMethod self, PyObject[] args, String[] kw) {
        return self.call(args, kw);
    }

    /**
     * Attributes of the method type first, then those of the function (a decorator's marks,
     * such as unittest's __unittest_expecting_failure__). Compare classobject.c: method_getattro.
     */
    @ExposedMethod
    static PyObject __getattribute__(PyBoundMethod self, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '" + name.type().getName() + "'");
        }
        PyObject descr = TYPE.lookup(s);
        if (descr != null) {
            return Abstract.bindDescr(descr, self, TYPE);
        }
        return Abstract.getAttr(self.func, s);
    }

    /** Compare classobject.c: method_repr (__qualname__, else __name__, else "?"). */
    @ExposedMethod
    static String __repr__(PyBoundMethod self) {
        PyObject qn = Abstract.lookupAttr(self.func, "__qualname__");
        if (!(qn instanceof PyStr)) {
            qn = Abstract.lookupAttr(self.func, "__name__");
        }
        return "<bound method " + (qn instanceof PyStr ? qn.toString() : "?") + " of " + Abstract.repr(self.self) + ">";
    }

    @ExposedGetter
    static PyObject __func__(PyBoundMethod self) {
        return self.func;
    }

    @ExposedGetter
    static PyObject __self__(PyBoundMethod self) {
        return self.self;
    }

    /** getattr(self.__self__, self.__func__.__name__): how pickle and copy rebuild a method. Compare classobject.c: method___reduce___impl. */
    @ExposedMethod
    static PyObject __reduce__(PyBoundMethod self) {
        return PyTuple.of(PyRuntime.builtins.getStr("getattr"), PyTuple.of(self.self, Abstract.getAttr(self.func, "__name__")));
    }

    @ExposedGetter
    static PyObject __name__(PyBoundMethod self) {
        return Abstract.getAttr(self.func, "__name__");
    }

    @ExposedGetter
    static PyObject __qualname__(PyBoundMethod self) {
        return Abstract.getAttr(self.func, "__qualname__");
    }

    @ExposedGetter
    static PyObject __doc__(PyBoundMethod self) {
        return Abstract.getAttr(self.func, "__doc__");
    }

    @ExposedMethod
    static PyObject __eq__(PyBoundMethod self, PyObject o) {
        return PyBool.of(o instanceof PyBoundMethod m && m.func == self.func && m.self == self.self);
    }

    @ExposedMethod
    static long __hash__(PyBoundMethod self) {
        return System.identityHashCode(self.func) ^ System.identityHashCode(self.self);
    }
}
