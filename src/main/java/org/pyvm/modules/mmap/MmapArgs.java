package org.pyvm.modules.mmap;

import java.math.BigInteger;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;

/** Argument conversion of the mmap methods, with PyArg_ParseTuple's messages (Python/getargs.c). */
final class MmapArgs {

    private MmapArgs() {}

    /** The count check of a METH_VARARGS method with format "...:FN". */
    static void check(String fn, PyObject[] args, String[] kw, int min, int max) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("mmap." + fn + "() takes no keyword arguments");
        }
        int n = args.length;
        if (n >= min && n <= max) {
            return;
        }
        String how = min == max ? "exactly" : n < min ? "at least" : "at most";
        int k = min == max ? min : n < min ? min : max;
        throw PyErr.typeError(fn + "() takes " + how + " " + k + " argument" + (k == 1 ? "" : "s") + " (" + n
            + " given)");
    }

    /** A METH_NOARGS method's check. */
    static void noArgs(String fn, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("mmap." + fn + "() takes no keyword arguments");
        }
        if (args.length != 0) {
            throw PyErr.typeError("mmap." + fn + "() takes no arguments (" + args.length + " given)");
        }
    }

    /** An "n" unit: a Py_ssize_t. */
    static long ssize(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.bigValue().bitLength() > 63) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return v.longValue();
    }

    /** PyNumber_AsSsize_t(item, PyExc_IndexError). */
    static long indexAsSsize(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.bigValue().bitLength() > 63) {
            throw PyErr.indexError("cannot fit 'int' into an index-sized integer");
        }
        return v.longValue();
    }

    /** A "b" unit: 0..255. */
    static byte unsignedChar(PyObject o) {
        BigInteger v = Abstract.index(o).bigValue();
        if (v.signum() < 0) {
            throw PyErr.overflowError("unsigned byte integer is less than minimum");
        }
        if (v.bitLength() > 8) {
            throw PyErr.overflowError("unsigned byte integer is greater than maximum");
        }
        return (byte) v.intValue();
    }

    /** A "y*" unit: any bytes-like object. */
    static byte[] buffer(PyObject o) {
        byte[] b = PyByteArray.bytesOf(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
        }
        return b;
    }
}
