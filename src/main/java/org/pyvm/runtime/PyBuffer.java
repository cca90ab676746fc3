package org.pyvm.runtime;

/**
 * CPython's Py_buffer: what an exporter gives a consumer for one request (the PyBUF_*
 * flags decide which of format, shape, strides and suboffsets are filled). The memory is
 * a Java array, {@link #mem}; {@link #buf} is the index of the buffer's start in it. A
 * PIL-style buffer's pointers (followed where {@link #suboffsets} say so) are 8-byte
 * little-endian indexes into the same array, which is how {@code _testbuffer} builds them.
 * {@link #get} is PyObject_GetBuffer for every exporter pyvm has; the algorithms on full
 * buffers (PyBuffer_IsContiguous, PyBuffer_GetPointer, PyBuffer_ToContiguous, copy_buffer)
 * are here too. Compare Include/pybuffer.h, Objects/abstract.c, Objects/memoryobject.c.
 */
public final class PyBuffer {

    public static final int SIMPLE = 0;
    public static final int WRITABLE = 0x1;
    public static final int FORMAT = 0x4;
    public static final int ND = 0x8;
    public static final int STRIDES = 0x10 | ND;
    public static final int C_CONTIGUOUS = 0x20 | STRIDES;
    public static final int F_CONTIGUOUS = 0x40 | STRIDES;
    public static final int ANY_CONTIGUOUS = 0x80 | STRIDES;
    public static final int INDIRECT = 0x100 | STRIDES;
    public static final int CONTIG = ND | WRITABLE;
    public static final int CONTIG_RO = ND;
    public static final int STRIDED = STRIDES | WRITABLE;
    public static final int STRIDED_RO = STRIDES;
    public static final int RECORDS = STRIDES | WRITABLE | FORMAT;
    public static final int RECORDS_RO = STRIDES | FORMAT;
    public static final int FULL = INDIRECT | WRITABLE | FORMAT;
    public static final int FULL_RO = INDIRECT | FORMAT;
    public static final int READ = 0x100;
    public static final int WRITE = 0x200;
    /** PyBUF_MAX_NDIM. */
    public static final int MAX_NDIM = 64;

    /** The exporter (None-like null when there is none, as PyMemoryView_FromBuffer's). */
    public PyObject obj;
    public byte[] mem;
    public int buf;
    public int len;
    public int itemsize = 1;
    public boolean readonly;
    /** Null: unsigned bytes, the format flag was not given. */
    public String format;
    public int ndim = 1;
    public int[] shape;
    public int[] strides;
    public int[] suboffsets;
    /** The exporter's own record of this export (an ndarray's base buffer). */
    public Object internal;
    /** For buffers of bytes-like objects: the view whose release ends the export. */
    private PyMemoryView holder;
    private boolean released;

    public PyBuffer() {
    }

    /** A shallow copy: the arrays are shared (callers replace, not mutate, them). */
    public PyBuffer copy() {
        PyBuffer b = new PyBuffer();
        b.obj = obj;
        b.mem = mem;
        b.buf = buf;
        b.len = len;
        b.itemsize = itemsize;
        b.readonly = readonly;
        b.format = format;
        b.ndim = ndim;
        b.shape = shape;
        b.strides = strides;
        b.suboffsets = suboffsets;
        b.internal = internal;
        return b;
    }

    /**
     * The buffer of O for a request with FLAGS. Compare abstract.c: PyObject_GetBuffer and
     * the getbuffer slots of bytes, bytearray (PyBuffer_FillInfo), array, memoryview.
     */
    public static PyBuffer get(PyObject o, int flags) {
        if (o instanceof BufferProvider p && !PyMemoryView.hasPythonBuffer(o)) {
            return p.getBuffer(flags);
        }
        if (o instanceof PyMemoryView mv) {
            return mv.getBuffer(flags);
        }
        boolean filled = (o instanceof PyBytes || o instanceof PyByteArray || o instanceof BufferExporter)
            && !PyMemoryView.hasPythonBuffer(o);
        PyMemoryView mv = PyMemoryView.fromObject(o, flags);
        if (mv == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
        }
        if (!filled) {
            // A PEP 688 class or a re-exporter: the request goes to the view it gives.
            PyBuffer b;
            try {
                b = mv.getBuffer(flags);
            } catch (PyBaseException e) {
                mv.doRelease();
                throw e;
            }
            b.holder = mv;
            b.obj = o;
            return b;
        }
        PyBuffer b = mv.asBuffer();
        b.obj = o;
        b.holder = mv;
        if ((flags & FORMAT) != FORMAT) {
            b.format = null;
        }
        if ((flags & ND) != ND) {
            b.shape = null;
        }
        if ((flags & STRIDES) != STRIDES) {
            b.strides = null;
        }
        return b;
    }

    /** The memoryview that exported this buffer (its export count goes down on release). */
    PyMemoryView exportingView;

    /** Compare PyBuffer_Release. */
    public void release() {
        if (released) {
            return;
        }
        released = true;
        if (exportingView != null) {
            exportingView.exports--;
        }
        if (obj instanceof BufferProvider p && holder == null) {
            p.releaseBuffer(this);
        }
        if (holder != null) {
            holder.doRelease();
        }
    }

    public boolean isReleased() {
        return released;
    }

    // ---- algorithms on buffers ----

    /** The shape, reconstructed as memoryobject.c's init_shape_strides does when missing. */
    public int[] fullShape() {
        if (ndim == 0) {
            return new int[0];
        }
        if (shape != null) {
            return shape;
        }
        return new int[] {len / itemsize};
    }

    /** The strides, reconstructed as init_shape_strides does (C order) when missing. */
    public int[] fullStrides() {
        if (ndim == 0) {
            return new int[0];
        }
        if (strides != null) {
            return strides;
        }
        return cStrides(fullShape(), itemsize);
    }

    /** Strides of a C-contiguous array. Compare init_strides_from_shape. */
    public static int[] cStrides(int[] shape, int itemsize) {
        int[] s = new int[shape.length];
        int v = itemsize;
        for (int d = shape.length - 1; d >= 0; d--) {
            s[d] = v;
            v *= shape[d];
        }
        return s;
    }

    /** Strides of a Fortran-contiguous array. Compare init_fortran_strides_from_shape. */
    public static int[] fStrides(int[] shape, int itemsize) {
        int[] s = new int[shape.length];
        int v = itemsize;
        for (int d = 0; d < shape.length; d++) {
            s[d] = v;
            v *= shape[d];
        }
        return s;
    }

    /** Compare abstract.c: PyBuffer_IsContiguous (with _IsCContiguous, _IsFortranContiguous). */
    public boolean isContiguous(char order) {
        if (suboffsets != null) {
            return false;
        }
        return switch (order) {
            case 'C' -> isC();
            case 'F' -> isF();
            case 'A' -> isC() || isF();
            default -> false;
        };
    }

    private boolean isC() {
        if (len == 0 || strides == null) {
            return true;
        }
        long sd = itemsize;
        for (int i = ndim - 1; i >= 0; i--) {
            int dim = shape[i];
            if (dim > 1 && strides[i] != sd) {
                return false;
            }
            sd *= dim;
        }
        return true;
    }

    private boolean isF() {
        if (len == 0) {
            return true;
        }
        if (strides == null) {
            if (ndim <= 1) {
                return true;
            }
            int n = 0;
            for (int i = 0; i < ndim; i++) {
                if (shape[i] > 1) {
                    n++;
                }
            }
            return n <= 1;
        }
        long sd = itemsize;
        for (int i = 0; i < ndim; i++) {
            int dim = shape[i];
            if (dim > 1 && strides[i] != sd) {
                return false;
            }
            sd *= dim;
        }
        return true;
    }

    /** The pointer stored at index P of MEM (a PIL-style array's pointers are indexes). */
    public static int readPointer(byte[] mem, int p) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (mem[p + i] & 0xff);
        }
        return (int) v;
    }

    public static void writePointer(byte[] mem, int p, long v) {
        for (int i = 0; i < 8; i++) {
            mem[p + i] = (byte) (v >>> (8 * i));
        }
    }

    /** Compare ADJUST_PTR: follow the pointer at P when dimension DIM has a suboffset. */
    public static int adjust(byte[] mem, int p, int[] suboffsets, int dim) {
        return suboffsets != null && suboffsets[dim] >= 0 ? readPointer(mem, p) + suboffsets[dim] : p;
    }

    /** Compare abstract.c: PyBuffer_GetPointer. */
    public int pointer(int[] indices) {
        int p = buf;
        int[] st = fullStrides();
        for (int i = 0; i < ndim; i++) {
            p += st[i] * indices[i];
            p = adjust(mem, p, suboffsets, i);
        }
        return p;
    }

    /**
     * The bytes of the buffer in ORDER ('C', 'F' or 'A'). Compare PyBuffer_ToContiguous
     * and buffer_to_contiguous.
     */
    public byte[] toContiguous(char order) {
        byte[] out = new byte[len];
        if (isContiguous(order)) {
            System.arraycopy(mem, buf, out, 0, len);
            return out;
        }
        int[] shp = fullShape();
        int[] dstStrides = order == 'F' ? fStrides(shp, itemsize) : cStrides(shp, itemsize);
        copyRec(shp, 0, itemsize, out, 0, dstStrides, null, mem, buf, fullStrides(), suboffsets);
        return out;
    }

    /**
     * Copies the items of SRC (MEM from SP) to DST (from DP) with the same SHAPE from
     * dimension DIM on. Compare memoryobject.c: copy_rec/copy_base (the caller copies
     * through a temporary when source and destination may overlap).
     */
    public static void copyRec(int[] shape, int dim, int itemsize,
                               byte[] dst, int dp, int[] dstrides, int[] dsub,
                               byte[] src, int sp, int[] sstrides, int[] ssub) {
        int n = shape[dim];
        boolean last = dim == shape.length - 1;
        for (int i = 0; i < n; i++, dp += dstrides[dim], sp += sstrides[dim]) {
            int xd = adjust(dst, dp, dsub, dim);
            int xs = adjust(src, sp, ssub, dim);
            if (last) {
                System.arraycopy(src, xs, dst, xd, itemsize);
            } else {
                copyRec(shape, dim + 1, itemsize, dst, xd, dstrides, dsub, src, xs, sstrides, ssub);
            }
        }
    }

    /**
     * Copies SRC into DEST, buffers of the same structure (the caller checks it): row by row
     * through a temporary when the last dimension is not contiguous in both, so that
     * overlapping rows copy as in CPython. Compare memoryobject.c: copy_buffer, copy_rec,
     * copy_base.
     */
    public static void copyBuffer(PyBuffer dest, PyBuffer src) {
        int n = dest.ndim;
        int[] shape = dest.fullShape();
        int[] ds = dest.fullStrides();
        int[] ss = src.fullStrides();
        int isz = dest.itemsize;
        boolean contiguousRows = (dest.suboffsets == null || dest.suboffsets[n - 1] < 0)
            && (src.suboffsets == null || src.suboffsets[n - 1] < 0) && ds[n - 1] == isz && ss[n - 1] == isz;
        byte[] tmp = contiguousRows ? null : new byte[shape[n - 1] * isz];
        copyRows(shape, 0, isz, dest.mem, dest.buf, ds, dest.suboffsets, src.mem, src.buf, ss, src.suboffsets, tmp);
    }

    private static void copyRows(int[] shape, int dim, int isz, byte[] dst, int dp, int[] dstr, int[] dsub,
                                 byte[] src, int sp, int[] sstr, int[] ssub, byte[] tmp) {
        int n = shape[dim];
        if (dim == shape.length - 1) {
            if (tmp == null) {
                System.arraycopy(src, sp, dst, dp, n * isz);
                return;
            }
            for (int i = 0, p = sp; i < n; i++, p += sstr[dim]) {
                System.arraycopy(src, adjust(src, p, ssub, dim), tmp, i * isz, isz);
            }
            for (int i = 0, p = dp; i < n; i++, p += dstr[dim]) {
                System.arraycopy(tmp, i * isz, dst, adjust(dst, p, dsub, dim), isz);
            }
            return;
        }
        for (int i = 0; i < n; i++, dp += dstr[dim], sp += sstr[dim]) {
            copyRows(shape, dim + 1, isz, dst, adjust(dst, dp, dsub, dim), dstr, dsub,
                src, adjust(src, sp, ssub, dim), sstr, ssub, tmp);
        }
    }

    /** Compare PyObject_CheckBuffer: whether O exports a buffer. */
    public static boolean check(PyObject o) {
        return o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView
            || o instanceof BufferExporter || o instanceof BufferProvider || o instanceof ViewExporter
            || PyMemoryView.hasPythonBuffer(o);
    }

    /** The bytes of an item at index P, as a fresh array. */
    public static byte[] item(byte[] mem, int p, int itemsize) {
        return java.util.Arrays.copyOfRange(mem, p, p + itemsize);
    }

    /**
     * The exports of one exporter that are not released: CPython counts them and a
     * consumer's deallocation releases its buffer; here a buffer nobody can reach any more
     * counts only until a collection, so the buffers are held weakly and one collection is
     * asked for before a non-zero count is reported (only on the rare refusing path).
     */
    public static final class Live {
        private final java.util.ArrayList<java.lang.ref.WeakReference<PyBuffer>> refs = new java.util.ArrayList<>();

        public void add(PyBuffer b) {
            refs.removeIf(r -> r.get() == null || r.get().released);
            refs.add(new java.lang.ref.WeakReference<>(b));
        }

        private int sweep() {
            refs.removeIf(r -> r.get() == null || r.get().released);
            return refs.size();
        }

        /** How many exports are in use (asks for one collection before saying more than none). */
        public int count() {
            if (sweep() == 0) {
                return 0;
            }
            System.gc();
            return sweep();
        }
    }
}
