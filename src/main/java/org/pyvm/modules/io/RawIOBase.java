package org.pyvm.modules.io;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/** _io._RawIOBase: read and readall over self.readinto. Compare CPython Modules/_io/iobase.c. */
public final class RawIOBase {

    private RawIOBase() {}

    public static final PyType TYPE = Types.finish(Types.builtin("_io", "_RawIOBase", IOObject.class,
        RawIOBase.class, IOBase.TYPE));

    /** read(size=-1): readall() for a negative size, else one readinto of a SIZE-byte buffer. */
    @ExposedMethod
    static PyObject read(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("read", args, kw, 0, 1, "size");
        long n = IOBase.size(a[0]);
        if (n < 0) {
            return IOBase.call(self, "readall");
        }
        PyByteArray b = new PyByteArray(new byte[(int) n]);
        PyObject r = IOBase.call(self, "readinto", b);
        if (r == PyNone.NONE) {
            return r;
        }
        long got = Abstract.index(r).longValue();
        if (got < 0 || got > n) {
            throw PyErr.valueError("readinto returned " + got + " outside buffer size " + n);
        }
        return new PyBytes(java.util.Arrays.copyOf(b.bytes(), (int) got));
    }

    @ExposedMethod
    static PyObject readall(PyObject self) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (true) {
            PyObject data = IOBase.call(self, "read", PyInt.of(IoModule.DEFAULT_BUFFER_SIZE));
            if (data == PyNone.NONE) {
                if (out.size() == 0) {
                    return data;
                }
                break;
            }
            if (!(data instanceof PyBytes b)) {
                throw PyErr.typeError("read() should return bytes");
            }
            if (b.bytes().length == 0) {
                break;
            }
            out.write(b.bytes(), 0, b.bytes().length);
        }
        return new PyBytes(out.toByteArray());
    }

    @ExposedMethod
    static PyObject readinto(PyObject self, PyObject b) {
        throw PyErr.of(PyExc.NotImplementedError);
    }

    @ExposedMethod
    static PyObject write(PyObject self, PyObject b) {
        throw PyErr.of(PyExc.NotImplementedError);
    }
}
