package org.pyvm.modules.ctypes;

import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * An instance of a function pointer type: its memory holds the function's address; it may
 * carry its own argtypes, restype and errcheck, and for a callback the thunk whose upcall
 * stub is that address. Compare CPython 3.12 ctypes.h: PyCFuncPtrObject.
 */
final class FuncPtrObject extends CDataObject {

    PyObject argtypes, restype, checker, errcheck, paramflags, callable;
    PyObject[] converters;
    Callbacks.Thunk thunk;

    FuncPtrObject(PyType type) {
        super(type);
    }
}
