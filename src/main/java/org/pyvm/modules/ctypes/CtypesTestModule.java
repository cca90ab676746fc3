package org.pyvm.modules.ctypes;

import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * The module _ctypes_test: its {@code __file__} names the Java test library
 * ({@link TestLibrary}) that {@code CDLL(_ctypes_test.__file__)} opens, and it has the two
 * do-nothing Python functions of CPython's module (speed tests call them). Compare CPython
 * Modules/_ctypes/_ctypes_test.c: module_methods.
 */
public final class CtypesTestModule {

    private CtypesTestModule() {}

    public static PyModule create() {
        if (Native.LOAD_ERROR != null) {
            // No foreign function interface: no library to name, as a CPython built without ctypes.
            throw PyErr.of(org.pyvm.runtime.PyExc.ModuleNotFoundError,
                "No module named '_ctypes_test': " + Native.LOAD_ERROR);
        }
        PyModule m = new PyModule("_ctypes_test");
        m.addFunctions(CtypesTestModule.class);
        m.getDict().setStr("__file__", PyStr.of(TestLibrary.PATH));
        return m;
    }

    /** func_si(s, i): PyArg_ParseTuple's "si", then nothing. */
    @ExposedMethod
    static PyObject func_si(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("func_si() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw PyErr.typeError("function takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr)) {
            throw PyErr.typeError("argument 1 must be str, not " + args[0].type().getName());
        }
        if (!(args[1] instanceof PyInt)) {
            throw PyErr.typeError("'" + args[1].type().getName() + "' object cannot be interpreted as an integer");
        }
        ((PyInt) args[1]).intValue();
        return PyNone.NONE;
    }

    @ExposedMethod
    static PyObject func() {
        return PyNone.NONE;
    }
}
