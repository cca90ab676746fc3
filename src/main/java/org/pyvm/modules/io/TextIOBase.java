package org.pyvm.modules.io;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/** _io._TextIOBase. Compare CPython Modules/_io/textio.c: _io__TextIOBase_*. */
public final class TextIOBase {

    private TextIOBase() {}

    public static final PyType TYPE = Types.finish(Types.builtin("_io", "_TextIOBase", IOObject.class,
        TextIOBase.class, IOBase.TYPE));

    @ExposedMethod
    static PyObject detach(PyObject self) {
        throw IOBase.unsupported("detach");
    }

    @ExposedMethod
    static PyObject read(PyObject self, PyObject[] args, String[] kw) {
        throw IOBase.unsupported("read");
    }

    @ExposedMethod
    static PyObject readline(PyObject self, PyObject[] args, String[] kw) {
        throw IOBase.unsupported("readline");
    }

    @ExposedMethod
    static PyObject write(PyObject self, PyObject[] args, String[] kw) {
        throw IOBase.unsupported("write");
    }

    @ExposedGetter
    static PyObject encoding(PyObject self) {
        return PyNone.NONE;
    }

    @ExposedGetter
    static PyObject newlines(PyObject self) {
        return PyNone.NONE;
    }

    @ExposedGetter
    static PyObject errors(PyObject self) {
        return PyNone.NONE;
    }
}
