package org.pyvm.modules.io;

import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * _io._BufferedIOBase: read/read1/write/detach unsupported, readinto over read.
 * Compare CPython Modules/_io/bufferedio.c: _io__BufferedIOBase_*.
 */
public final class BufferedIOBase {

    private BufferedIOBase() {}

    public static final PyType TYPE = Types.finish(Types.builtin("_io", "_BufferedIOBase", IOObject.class,
        BufferedIOBase.class, IOBase.TYPE));

    @ExposedMethod
    static PyObject read(PyObject self, PyObject[] args, String[] kw) {
        throw IOBase.unsupported("read");
    }

    @ExposedMethod
    static PyObject read1(PyObject self, PyObject[] args, String[] kw) {
        throw IOBase.unsupported("read1");
    }

    @ExposedMethod
    static PyObject write(PyObject self, PyObject[] args, String[] kw) {
        throw IOBase.unsupported("write");
    }

    @ExposedMethod
    static PyObject detach(PyObject self) {
        throw IOBase.unsupported("detach");
    }

    @ExposedMethod
    static long readinto(PyObject self, PyObject b) {
        return readintoVia(self, b, "read", "readinto");
    }

    @ExposedMethod
    static long readinto1(PyObject self, PyObject b) {
        return readintoVia(self, b, "read1", "readinto1");
    }

    /** Compare bufferedio.c: _bufferediobase_readinto_generic. */
    static long readintoVia(PyObject self, PyObject b, String method, String fn) {
        byte[] dst = IOBase.writableBuffer(fn, b);
        int len = IOBase.bufferLength(b);
        PyObject data = IOBase.call(self, method, PyInt.of(len));
        if (!(data instanceof org.pyvm.runtime.PyBytes)) {
            throw PyErr.typeError("read() should return bytes");
        }
        byte[] src = ((org.pyvm.runtime.PyBytes) data).bytes();
        if (src.length > len) {
            throw PyErr.valueError("read() returned too much data: " + len + " bytes requested, " + src.length
                + " returned");
        }
        IOBase.store(b, dst, src);
        return src.length;
    }

}
