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

    BoundJavaMethod(PyObject self, JavaMethod method) {
        this.self = self;
        this.method = method;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String getName() {
        return method.name;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return method.invoke(method.hasSelf ? self : null, args, 0, kwnames);
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
        PyType t = self.self instanceof PyType ty ? ty : self.self.type();
        return PyStr.of(t.name + "." + self.method.name);
    }

    /**
     * A module function pickles as its name (a global); a method bound to an object as
     * getattr(obj, name). Compare methodobject.c: meth_reduce.
     */
    @ExposedMethod
    static PyObject __reduce__(BoundJavaMethod self) {
        if (self.self == null || self.self instanceof PyModule) {
            return __qualname__(self);
        }
        return PyTuple.of(PyRuntime.builtinModule("builtins").getDict().getStr("getattr"),
            PyTuple.of(self.self, PyStr.of(self.method.name)));
    }

    @ExposedGetter
    static PyObject __self__(BoundJavaMethod self) {
        return self.self == null ? PyNone.NONE : self.self;
    }
}
