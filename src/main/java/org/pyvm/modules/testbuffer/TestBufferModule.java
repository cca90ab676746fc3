package org.pyvm.modules.testbuffer;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBuffer;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyMemoryView;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PySlice;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * _testbuffer, CPython's module for testing PEP 3118 (test_buffer, test_picklebuffer):
 * {@link NDArray}, {@link StaticArray}, the ND_* and PyBUF_* constants and the functions
 * that drive the C API's buffer functions (PyBuffer_GetPointer, PyMemoryView_GetContiguous,
 * PyBuffer_ToContiguous, PyBuffer_IsContiguous) through {@link PyBuffer}. Compare CPython
 * Modules/_testbuffer.c.
 */
public final class TestBufferModule {

    static final int ND_MAX_NDIM = 2 * PyBuffer.MAX_NDIM;
    static final int ND_VAREXPORT = 0x001;
    static final int ND_WRITABLE = 0x002;
    static final int ND_FORTRAN = 0x004;
    static final int ND_SCALAR = 0x008;
    static final int ND_PIL = 0x010;
    static final int ND_REDIRECT = 0x020;
    static final int ND_GETBUF_FAIL = 0x040;
    static final int ND_GETBUF_UNDEFINED = 0x080;
    static final int ND_C = 0x100;
    static final int ND_OWN_ARRAYS = 0x200;

    private TestBufferModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_testbuffer");
        PyDict d = m.getDict();
        m.addFunctions(TestBufferModule.class);
        d.setStr("ndarray", NDArray.TYPE);
        d.setStr("staticarray", StaticArray.TYPE);
        Object[][] ints = {
            {"ND_MAX_NDIM", ND_MAX_NDIM}, {"ND_VAREXPORT", ND_VAREXPORT}, {"ND_WRITABLE", ND_WRITABLE},
            {"ND_FORTRAN", ND_FORTRAN}, {"ND_SCALAR", ND_SCALAR}, {"ND_PIL", ND_PIL},
            {"ND_GETBUF_FAIL", ND_GETBUF_FAIL}, {"ND_GETBUF_UNDEFINED", ND_GETBUF_UNDEFINED},
            {"ND_REDIRECT", ND_REDIRECT},
            {"PyBUF_SIMPLE", PyBuffer.SIMPLE}, {"PyBUF_WRITABLE", PyBuffer.WRITABLE}, {"PyBUF_FORMAT", PyBuffer.FORMAT},
            {"PyBUF_ND", PyBuffer.ND}, {"PyBUF_STRIDES", PyBuffer.STRIDES}, {"PyBUF_INDIRECT", PyBuffer.INDIRECT},
            {"PyBUF_C_CONTIGUOUS", PyBuffer.C_CONTIGUOUS}, {"PyBUF_F_CONTIGUOUS", PyBuffer.F_CONTIGUOUS},
            {"PyBUF_ANY_CONTIGUOUS", PyBuffer.ANY_CONTIGUOUS}, {"PyBUF_FULL", PyBuffer.FULL},
            {"PyBUF_FULL_RO", PyBuffer.FULL_RO}, {"PyBUF_RECORDS", PyBuffer.RECORDS},
            {"PyBUF_RECORDS_RO", PyBuffer.RECORDS_RO}, {"PyBUF_STRIDED", PyBuffer.STRIDED},
            {"PyBUF_STRIDED_RO", PyBuffer.STRIDED_RO}, {"PyBUF_CONTIG", PyBuffer.CONTIG},
            {"PyBUF_CONTIG_RO", PyBuffer.CONTIG_RO}, {"PyBUF_READ", PyBuffer.READ}, {"PyBUF_WRITE", PyBuffer.WRITE},
        };
        for (Object[] e : ints) {
            d.setStr((String) e[0], PyInt.of((Integer) e[1]));
        }
        return m;
    }

    private static void arity(String fn, PyObject[] args, String[] kw, int n) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError(fn + "() takes no keyword arguments");
        }
        if (args.length != n) {
            throw PyErr.typeError(fn + " expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.length);
        }
    }

    private static PyObject[] listOrTuple(PyObject v, String name) {
        if (!(v instanceof PyList) && !(v instanceof PyTuple)) {
            throw PyErr.typeError(name + " must be a list or a tuple");
        }
        return Abstract.toArray(v);
    }

    /** slice_indices(slice, len): PySlice_Unpack and PySlice_AdjustIndices. */
    @ExposedMethod
    static PyObject slice_indices(PyObject[] args, String[] kw) {
        arity("slice_indices", args, kw, 2);
        long len = Abstract.asSsize(Abstract.index(args[1]), PyExc.OverflowError);
        if (!(args[0] instanceof PySlice sl)) {
            throw PyErr.typeError("first argument must be a slice object");
        }
        long[] r = sl.indices(len);
        return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]), PyInt.of(r[3]));
    }

    /** get_pointer(obj, indices): the item PyBuffer_GetPointer finds. */
    @ExposedMethod
    static PyObject get_pointer(PyObject[] args, String[] kw) {
        arity("get_pointer", args, kw, 2);
        PyObject[] seq = listOrTuple(args[1], "seq");
        PyBuffer view = PyBuffer.get(args[0], PyBuffer.FULL_RO);
        try {
            if (view.ndim > ND_MAX_NDIM) {
                throw PyErr.valueError("get_pointer(): ndim > " + ND_MAX_NDIM);
            }
            if (seq.length != view.ndim) {
                throw PyErr.valueError("get_pointer(): len(indices) != ndim");
            }
            int[] shape = view.fullShape();
            int[] idx = new int[seq.length];
            for (int i = 0; i < seq.length; i++) {
                long x = Abstract.asSsize(Abstract.index(seq[i]), PyExc.OverflowError);
                if (x < 0 || x >= shape[i]) {
                    throw PyErr.valueError("get_pointer(): invalid index " + x + " at position " + i);
                }
                idx[i] = (int) x;
            }
            return Structs.unpackSingle(view.mem, view.pointer(idx), view.format, view.itemsize);
        } finally {
            view.release();
        }
    }

    @ExposedMethod
    static PyObject get_sizeof_void_p() {
        return PyInt.of(8);
    }

    /** Compare get_ascii_order. */
    private static char order(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("order must be a string");
        }
        String v = s.value();
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) > 127) {
                throw PyErr.of(PyExc.UnicodeEncodeError, PyStr.of("ascii"), o, PyInt.of(i), PyInt.of(i + 1),
                    PyStr.of("ordinal not in range(128)"));
            }
        }
        char c = v.isEmpty() ? 0 : v.charAt(0);
        if (c != 'C' && c != 'F' && c != 'A') {
            throw PyErr.valueError("invalid order, must be C, F or A");
        }
        return c;
    }

    /** get_contiguous(obj, buffertype, order): PyMemoryView_GetContiguous. */
    @ExposedMethod
    static PyObject get_contiguous(PyObject[] args, String[] kw) {
        arity("get_contiguous", args, kw, 3);
        if (!(args[1] instanceof PyInt bt)) {
            throw PyErr.typeError("buffertype must be PyBUF_READ or PyBUF_WRITE");
        }
        if (bt.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        long type = bt.longValue();
        if (type != PyBuffer.READ && type != PyBuffer.WRITE) {
            throw PyErr.valueError("invalid buffer type");
        }
        char ord = order(args[2]);
        return PyMemoryView.getContiguous(args[0], (int) type, ord);
    }

    /** py_buffer_to_contiguous(obj, order, flags): PyBuffer_ToContiguous of the buffer asked for with FLAGS. */
    @ExposedMethod
    static PyObject py_buffer_to_contiguous(PyObject[] args, String[] kw) {
        arity("py_buffer_to_contiguous", args, kw, 3);
        int flags = NDArray.cInt(args[2]);
        PyBuffer view = PyBuffer.get(args[0], flags);
        try {
            char ord = order(args[1]);
            return new PyBytes(view.toContiguous(ord));
        } finally {
            view.release();
        }
    }

    private static boolean fmtEq(String a, String b) {
        if (a == null) {
            return b == null || b.equals("B");
        }
        if (b == null) {
            return a.equals("B");
        }
        return a.equals(b);
    }

    private static boolean arrayEq(int[] a, int[] b, int[] shape, int ndim) {
        for (int i = 0; i < ndim; i++) {
            if (shape != null && shape[i] <= 1) {
                continue;
            }
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** cmp_contig(a, b): physical equality of two contiguous buffers. */
    @ExposedMethod
    static PyObject cmp_contig(PyObject[] args, String[] kw) {
        arity("cmp_contig", args, kw, 2);
        PyBuffer v1;
        try {
            v1 = PyBuffer.get(args[0], PyBuffer.FULL_RO);
        } catch (PyBaseException e) {
            throw PyErr.typeError("cmp_contig: first argument does not implement the buffer protocol");
        }
        PyBuffer v2;
        try {
            v2 = PyBuffer.get(args[1], PyBuffer.FULL_RO);
        } catch (PyBaseException e) {
            v1.release();
            throw PyErr.typeError("cmp_contig: second argument does not implement the buffer protocol");
        }
        try {
            return PyBool.of(contigEqual(v1, v2));
        } finally {
            v1.release();
            v2.release();
        }
    }

    private static boolean contigEqual(PyBuffer v1, PyBuffer v2) {
        if (!(v1.isContiguous('C') && v2.isContiguous('C')) && !(v1.isContiguous('F') && v2.isContiguous('F'))) {
            return false;
        }
        if (v1.len != v2.len || v1.itemsize != v2.itemsize || v1.ndim != v2.ndim || !fmtEq(v1.format, v2.format)
            || (v1.shape == null) != (v2.shape == null) || (v1.strides == null) != (v2.strides == null)
            || (v1.suboffsets == null) != (v2.suboffsets == null)) {
            return false;
        }
        if (v1.shape != null && !arrayEq(v1.shape, v2.shape, null, v1.ndim)
            || v1.strides != null && !arrayEq(v1.strides, v2.strides, v1.shape, v1.ndim)
            || v1.suboffsets != null && !arrayEq(v1.suboffsets, v2.suboffsets, null, v1.ndim)) {
            return false;
        }
        return java.util.Arrays.equals(v1.mem, v1.buf, v1.buf + v1.len, v2.mem, v2.buf, v2.buf + v2.len);
    }

    /** is_contiguous(obj, order): PyBuffer_IsContiguous (of an ndarray's own base, without a request). */
    @ExposedMethod
    static PyObject is_contiguous(PyObject[] args, String[] kw) {
        arity("is_contiguous", args, kw, 2);
        char ord = order(args[1]);
        if (args[0] instanceof NDArray nd) {
            return PyBool.of(nd.head.base.isContiguous(ord));
        }
        PyBuffer view;
        try {
            view = PyBuffer.get(args[0], PyBuffer.FULL_RO);
        } catch (PyBaseException e) {
            throw PyErr.typeError("is_contiguous: object does not implement the buffer protocol");
        }
        try {
            return PyBool.of(view.isContiguous(ord));
        } finally {
            view.release();
        }
    }
}
