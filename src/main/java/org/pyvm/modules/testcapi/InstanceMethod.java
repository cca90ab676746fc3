package org.pyvm.modules.testcapi;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBoundMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * _testcapi.instancemethod, CPython's PyInstanceMethod_Type (which only the C API makes):
 * wraps a callable so that, as a class attribute, it binds to instances like a function
 * (builtins such as id included) and gives the callable itself when read from the class.
 * Compare CPython Objects/classobject.c: instancemethod_new, instancemethod_descr_get.
 */
final class InstanceMethod implements PyObject {

    static final PyType TYPE = PyType.builtin("instancemethod", InstanceMethod.class, InstanceMethod.class)
        .notSubclassable();

    private final PyObject func;

    private InstanceMethod(PyObject func) {
        this.func = func;
    }

    static void addTo(PyModule m) {
        m.getDict().setStr("instancemethod", TYPE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("instancemethod() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw PyErr.typeError("instancemethod expected 1 argument, got " + args.length);
        }
        if (!(args[0] instanceof org.pyvm.runtime.Callable || args[0] instanceof PyType
            || args[0].type().lookup("__call__") != null)) {
            throw PyErr.typeError("first argument must be callable");
        }
        return new InstanceMethod(args[0]);
    }

    @ExposedMethod(min = 1)
    static PyObject __get__(InstanceMethod self, PyObject obj, PyObject type) {
        if (obj == null || obj == PyNone.NONE) {
            return self.func;
        }
        return new PyBoundMethod(self.func, obj);
    }

    @ExposedMethod
    static PyObject __call__(InstanceMethod self, PyObject[] args, String[] kw) {
        return Abstract.call(self.func, args, kw);
    }

    @ExposedGetter
    static PyObject __func__(InstanceMethod self) {
        return self.func;
    }

    @ExposedGetter
    static PyObject __doc__(InstanceMethod self) {
        return Abstract.getAttr(self.func, "__doc__");
    }

    @ExposedMethod
    static String __repr__(InstanceMethod self) {
        PyObject name = Abstract.lookupAttr(self.func, "__name__");
        return "<instancemethod " + (name instanceof org.pyvm.runtime.PyStr s ? s.toString() : "?") + " at 0x"
            + Abstract.idHex(self) + ">";
    }
}
