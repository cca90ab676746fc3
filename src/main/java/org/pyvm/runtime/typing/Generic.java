package org.pyvm.runtime.typing;

import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * typing.Generic, the implicit base of PEP 695 generic classes, and
 * INTRINSIC_SUBSCRIPT_GENERIC, which makes the {@code Generic[T, ...]} base of
 * {@code class C[T]}. Its two class methods hand over to Lib/typing.py, as CPython's C
 * code does. CPython makes Generic with PyType_FromSpec (a heap type whose instances have
 * the layout of object); here it is a class made like {@code type('Generic', (), ns)}.
 * Compare CPython Objects/typevarobject.c: generic_*, _Py_subscript_generic.
 */
public final class Generic {

    private Generic() {}

    /** The holder whose dictionary provides Generic's methods (built once). */
    private static final PyType METHODS = PyType.builtin("typing.Generic", PyObject.class, Generic.class);

    public static final PyType TYPE = make();

    private static PyType make() {
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("typing"));
        ns.setStr("__qualname__", PyStr.of("Generic"));
        ns.setStr("__slots__", PyTuple.EMPTY);
        ns.setStr("__doc__", PyStr.of("Abstract base class for generic types."));
        for (String m : new String[] {"__class_getitem__", "__init_subclass__"}) {
            ns.setStr(m, METHODS.getDict().getStr(m));
        }
        return PyType.newClass(PyType.TYPE, "Generic", new PyType[0], ns).sharedAcrossInterpreters();
    }

    /** INTRINSIC_SUBSCRIPT_GENERIC: typing._GenericAlias(Generic, params). */
    public static PyObject subscript(PyObject params) {
        PyTuple p = PyTypeVarTuple.unpackAll((PyTuple) params);
        return TypingCalls.call("_GenericAlias", TYPE, p);
    }

    @ExposedMethod(classMethod = true)
    static PyObject __class_getitem__(PyObject cls, PyObject[] args, String[] kwnames) {
        return TypingCalls.call("_generic_class_getitem", prepend(cls, args), kwnames);
    }

    @ExposedMethod(classMethod = true)
    static PyObject __init_subclass__(PyObject cls, PyObject[] args, String[] kwnames) {
        return TypingCalls.call("_generic_init_subclass", prepend(cls, args), kwnames);
    }

    private static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] all = new PyObject[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
