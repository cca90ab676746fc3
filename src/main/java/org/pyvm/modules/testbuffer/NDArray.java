package org.pyvm.modules.testbuffer;

import static org.pyvm.modules.testbuffer.TestBufferModule.ND_C;
import static org.pyvm.modules.testbuffer.TestBufferModule.ND_FORTRAN;
import static org.pyvm.modules.testbuffer.TestBufferModule.ND_GETBUF_FAIL;
import static org.pyvm.modules.testbuffer.TestBufferModule.ND_MAX_NDIM;
import static org.pyvm.modules.testbuffer.TestBufferModule.ND_OWN_ARRAYS;
import static org.pyvm.modules.testbuffer.TestBufferModule.ND_PIL;
import static org.pyvm.modules.testbuffer.TestBufferModule.ND_REDIRECT;
import static org.pyvm.modules.testbuffer.TestBufferModule.ND_SCALAR;
import static org.pyvm.modules.testbuffer.TestBufferModule.ND_VAREXPORT;
import static org.pyvm.modules.testbuffer.TestBufferModule.ND_WRITABLE;

import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ArgParser;
import org.pyvm.runtime.BufferProvider;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBuffer;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyEllipsis;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyMemoryView;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PySlice;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * _testbuffer.ndarray: a configurable PEP 3118 exporter. An original ndarray owns a list
 * of base buffers ({@link NdBuf}, the head is current; push/pop change it, with
 * ND_VAREXPORT even while buffers are exported); a consumer ndarray (made from another
 * exporter, or by indexing and slicing) holds the buffer it got from that exporter, with
 * shape and strides of its own. Items are packed and unpacked by the struct module, as
 * the C module does. Compare CPython Modules/_testbuffer.c (NDArray_Type).
 */
final class NDArray implements BufferProvider {

    static final PyType TYPE = PyType.builtin("ndarray", NDArray.class, NDArray.class).notSubclassable();

    /** PyBUF_UNUSED: getbuf not given. */
    private static final int UNUSED = 0x10000;

    /** ND_VAREXPORT or 0. */
    private int flags;
    NdBuf head;
    /** Whether this ndarray is a consumer (its head is its static buffer). */
    private boolean consumer;

    @Override
    public PyType type() {
        return TYPE;
    }

    // ---- construction ----

    /** Compare ndarray_init ("O|OOnOii"). */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("ndarray", args, kw, 1, 7, "obj", "shape", "strides", "offset", "format",
            "flags", "getbuf");
        PyObject v = ap.get(0);
        if (v == null) {
            throw PyErr.typeError("ndarray() missing required argument 'obj' (pos 1)");
        }
        PyObject shape = ap.get(1);
        PyObject strides = ap.get(2);
        long offset = ap.get(3) == null ? 0 : Abstract.asSsize(Abstract.index(ap.get(3)), PyExc.OverflowError);
        PyObject format = ap.get(4);
        int fl = ap.get(5) == null ? 0 : cInt(ap.get(5));
        int getbuf = ap.get(6) == null ? UNUSED : cInt(ap.get(6));
        NDArray nd = new NDArray();
        if (PyBuffer.check(v) && shape == null) {
            boolean simpleFormat = format == null || format instanceof PyStr s && s.value().equals("B");
            if (strides != null || offset != 0 || !simpleFormat || !(fl == 0 || fl == ND_REDIRECT)) {
                throw PyErr.typeError("construction from exporter object only takes 'obj', 'getbuf' and 'flags' "
                    + "arguments");
            }
            nd.initStatic(v, getbuf == UNUSED ? PyBuffer.FULL_RO : getbuf);
            nd.head.flags |= fl;
            return nd;
        }
        if (getbuf != UNUSED) {
            throw PyErr.typeError("getbuf argument only valid for construction from exporter object");
        }
        if (shape == null) {
            throw PyErr.typeError("shape is a required argument when constructing from list, tuple or scalar");
        }
        if ((fl & ND_VAREXPORT) != 0) {
            nd.flags |= ND_VAREXPORT;
            fl &= ~ND_VAREXPORT;
        }
        nd.pushBase(v, shape, strides, offset, format == null ? PyStr.of("B") : format, fl);
        return nd;
    }

    /** A C int argument ("i"). */
    static int cInt(PyObject o) {
        if (o instanceof org.pyvm.runtime.PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = Abstract.index(o);
        if (i.isBig() || i.longValue() != (int) i.longValue()) {
            throw PyErr.overflowError(i.signum() < 0 ? "signed integer is less than minimum"
                : "signed integer is greater than maximum");
        }
        return (int) i.longValue();
    }

    /** Compare ndarray_init_staticbuf and init_flags: this ndarray consumes EXPORTER's buffer. */
    private void initStatic(PyObject exporter, int getbufFlags) {
        PyBuffer b = PyBuffer.get(exporter, getbufFlags);
        NdBuf s = new NdBuf();
        s.len = -1;
        s.offset = -1;
        s.base = b;
        s.flags = b.readonly ? 0 : ND_WRITABLE;
        head = s;
        consumer = true;
        initFlags(s);
    }

    /** A consumer of SELF's full buffer, with arrays of its own to change. */
    private NDArray consumerOfSelf() {
        NDArray nd = new NDArray();
        nd.initStatic(this, PyBuffer.FULL_RO);
        return nd;
    }

    /** Compare init_flags. */
    static void initFlags(NdBuf b) {
        if (b.base.ndim == 0) {
            b.flags |= ND_SCALAR;
        }
        if (b.base.suboffsets != null) {
            b.flags |= ND_PIL;
        }
        if (b.base.isContiguous('C')) {
            b.flags |= ND_C;
        }
        if (b.base.isContiguous('F')) {
            b.flags |= ND_FORTRAN;
        }
    }

    private static boolean cContig(int f) {
        return (f & (ND_SCALAR | ND_C)) != 0;
    }

    private static boolean fContig(int f) {
        return (f & (ND_SCALAR | ND_FORTRAN)) != 0;
    }

    private static boolean anyContig(int f) {
        return (f & (ND_SCALAR | ND_C | ND_FORTRAN)) != 0;
    }

    /** Compare ndarray_push_base and init_ndbuf. */
    private void pushBase(PyObject items, PyObject shape, PyObject strides, long offset, PyObject format, int fl) {
        NdBuf b = initNdBuf(items, shape, strides, offset, format, fl);
        b.next = head;
        if (head != null) {
            head.prev = b;
        }
        head = b;
    }

    private static PyObject[] listOrTuple(PyObject v, String name) {
        if (!(v instanceof PyList) && !(v instanceof PyTuple)) {
            throw PyErr.typeError(name + " must be a list or a tuple");
        }
        return Abstract.toArray(v);
    }

    private static NdBuf initNdBuf(PyObject items, PyObject shape, PyObject strides, long offset, PyObject format,
                                   int fl) {
        PyObject[] shp = listOrTuple(shape, "shape");
        int ndim = shp.length;
        if (ndim > ND_MAX_NDIM) {
            throw PyErr.valueError("ndim must not exceed " + ND_MAX_NDIM);
        }
        PyObject[] str = null;
        if (strides != null) {
            str = listOrTuple(strides, "strides");
            if (str.length == 0) {
                str = null;
            } else if ((fl & ND_FORTRAN) != 0) {
                throw PyErr.typeError("ND_FORTRAN cannot be used together with strides");
            } else if (str.length != ndim) {
                throw PyErr.valueError("len(shape) != len(strides)");
            }
        }
        long isz = Abstract.asSsize(Abstract.call(Structs.calcsize(), format), PyExc.OverflowError);
        if (isz <= 0) {
            if (isz == 0) {
                throw PyErr.valueError("itemsize must not be zero");
            }
            throw PyErr.valueError("itemsize must not be negative");
        }
        int itemsize = (int) isz;
        PyObject[] its = ndim == 0 ? new PyObject[] {items} : listOrTuple(items, "items");
        if (its.length == 0) {
            throw PyErr.valueError("initializer list or tuple must not be empty");
        }
        NdBuf b = NdBuf.create(its.length, itemsize, offset, fl);
        // init_simple: pack the items, then the format.
        Structs.Packer packer = new Structs.Packer(format);
        for (int i = 0; i < its.length; i++) {
            packer.packInto(b.data, i * itemsize, its[i]);
        }
        PyBuffer base = b.base;
        base.readonly = (b.flags & ND_WRITABLE) == 0;
        base.itemsize = itemsize;
        base.format = asciiFormat(format);
        initStructure(b, shp, str, ndim);
        return b;
    }

    private static String asciiFormat(PyObject format) {
        String f = Abstract.str(format).value();
        for (int i = 0; i < f.length(); i++) {
            if (f.charAt(i) > 127) {
                throw PyErr.of(PyExc.UnicodeEncodeError, "'ascii' codec can't encode character");
            }
        }
        return f;
    }

    private static int[] ssizeArray(PyObject[] seq, boolean isShape) {
        int[] r = new int[seq.length];
        for (int i = 0; i < seq.length; i++) {
            if (!(seq[i] instanceof PyInt x)) {
                throw PyErr.valueError("elements of " + (isShape ? "shape" : "strides") + " must be integers");
            }
            long v = Abstract.asSsize(x, PyExc.OverflowError);
            if (isShape && v < 0) {
                throw PyErr.valueError("elements of shape must be integers >= 0");
            }
            if (v != (int) v) {
                throw PyErr.of(PyExc.MemoryError, "pyvm: ndarray dimension too large");
            }
            r[i] = (int) v;
        }
        return r;
    }

    /** Compare init_structure (and verify_structure, init_len, init_suboffsets). */
    private static void initStructure(NdBuf b, PyObject[] shp, PyObject[] str, int ndim) {
        PyBuffer base = b.base;
        base.ndim = ndim;
        if (ndim == 0) {
            if ((b.flags & ND_PIL) != 0) {
                throw PyErr.typeError("ndim = 0 cannot be used in conjunction with ND_PIL");
            }
            b.flags |= ND_SCALAR | ND_C | ND_FORTRAN;
            base.shape = null;
            base.strides = null;
            // buf stays at the data's start, as the C module leaves it for a scalar.
            return;
        }
        base.shape = ssizeArray(shp, true);
        base.strides = str != null ? ssizeArray(str, false)
            : (b.flags & ND_FORTRAN) != 0 ? PyBuffer.fStrides(base.shape, base.itemsize)
            : PyBuffer.cStrides(base.shape, base.itemsize);
        verifyStructure(base.len, base.itemsize, b.offset, base.shape, base.strides, ndim);
        base.buf = b.offset;
        long len = base.itemsize;
        for (int d : base.shape) {
            len *= d;
        }
        base.len = (int) len;
        if (base.isContiguous('C')) {
            b.flags |= ND_C;
        }
        if (base.isContiguous('F')) {
            b.flags |= ND_FORTRAN;
        }
        if ((b.flags & ND_PIL) != 0) {
            initSuboffsets(b);
        }
    }

    /** Compare verify_structure. */
    private static void verifyStructure(int len, int itemsize, int offset, int[] shape, int[] strides, int ndim) {
        for (int n = 0; n < ndim; n++) {
            if (strides[n] % itemsize != 0) {
                throw PyErr.valueError("strides must be a multiple of itemsize");
            }
        }
        for (int n = 0; n < ndim; n++) {
            if (shape[n] == 0) {
                return;
            }
        }
        long imin = 0;
        long imax = 0;
        for (int n = 0; n < ndim; n++) {
            if (strides[n] <= 0) {
                imin += (long) (shape[n] - 1) * strides[n];
            } else {
                imax += (long) (shape[n] - 1) * strides[n];
            }
        }
        if (imin + offset < 0 || imax + offset + itemsize > len) {
            throw PyErr.valueError("invalid combination of buffer, shape and strides");
        }
    }

    /**
     * Converts a NumPy-style base to a PIL-style one: an array of shape[0] pointers (indexes
     * into the data, 8 bytes each, the block rounded up to 8) before the data, striding in
     * the first dimension through them. Compare init_suboffsets.
     */
    private static void initSuboffsets(NdBuf b) {
        PyBuffer base = b.base;
        int addsize = 8 * ((base.shape[0] * 8 + 7) / 8);
        byte[] data = new byte[b.len + addsize];
        System.arraycopy(b.data, 0, data, addsize, b.len);
        b.data = data;
        b.len += addsize;
        base.mem = data;
        base.buf = 0;
        long imin = 0;
        long suboffset0 = 0;
        for (int n = 0; n < base.ndim; n++) {
            if (base.shape[n] == 0) {
                break;
            }
            if (base.strides[n] <= 0) {
                long x = (long) (base.shape[n] - 1) * base.strides[n];
                imin += x;
                suboffset0 += n >= 1 ? -x : 0;
            }
        }
        long start = addsize + b.offset + imin;
        int step = Math.abs(base.strides[0]);
        for (int n = 0; n < base.shape[0]; n++) {
            PyBuffer.writePointer(data, n * 8, start + (long) n * step);
        }
        int[] sub = new int[base.ndim];
        java.util.Arrays.fill(sub, -1);
        sub[0] = (int) suboffset0;
        base.suboffsets = sub;
        int[] st = base.strides.clone();
        if (st[0] >= 0) {
            st[0] = 8;
        } else {
            st[0] = -8;
            if (base.shape[0] > 0) {
                base.buf = (base.shape[0] - 1) * 8;
            }
        }
        base.strides = st;
        b.flags &= ~(ND_C | ND_FORTRAN);
        b.offset = 0;
    }

    // ---- push/pop ----

    /** Compare ndarray_push ("OO|OnOi"). */
    @ExposedMethod
    static void push(NDArray self, PyObject[] args, String[] kw) {
        ArgParser ap = new ArgParser("push", args, kw, 2, 6, "items", "shape", "strides", "offset", "format",
            "flags");
        if (ap.get(0) == null || ap.get(1) == null) {
            throw PyErr.typeError("push() missing required argument '" + (ap.get(0) == null ? "items' (pos 1)"
                : "shape' (pos 2)"));
        }
        long offset = ap.get(3) == null ? 0 : Abstract.asSsize(Abstract.index(ap.get(3)), PyExc.OverflowError);
        PyObject format = ap.getOr(4, PyStr.of("B"));
        int fl = ap.get(5) == null ? 0 : cInt(ap.get(5));
        if ((fl & ND_VAREXPORT) != 0) {
            throw PyErr.valueError("ND_VAREXPORT flag can only be used during object creation");
        }
        if (self.consumer) {
            throw PyErr.of(PyExc.BufferError, "structure of re-exporting object is immutable");
        }
        if ((self.flags & ND_VAREXPORT) == 0) {
            self.checkNoExports();
        }
        self.pushBase(ap.get(0), ap.get(1), ap.get(2), offset, format, fl);
    }

    private void checkNoExports() {
        int n = head.exports.count();
        if (n > 0) {
            throw PyErr.of(PyExc.BufferError, "cannot change structure: " + n + " exported buffer"
                + (n == 1 ? "" : "s"));
        }
    }

    /** Compare ndarray_pop. */
    @ExposedMethod
    static void pop(NDArray self) {
        if (self.consumer) {
            throw PyErr.of(PyExc.BufferError, "structure of re-exporting object is immutable");
        }
        self.checkNoExports();
        self.dropReleasedBases();
        if (self.head.next == null) {
            throw PyErr.of(PyExc.BufferError, "list only has a single base");
        }
        self.head = self.head.next;
        self.head.prev = null;
    }

    /**
     * Unlinks the bases below the head whose exports were all released, which
     * ndarray_releasebuf deletes when the last one goes (here a dropped consumer's export
     * only shows as released after a collection).
     */
    private void dropReleasedBases() {
        for (NdBuf b = head.next; b != null; b = b.next) {
            if (b.exported && b.exports.count() == 0) {
                unlink(b);
            }
        }
    }

    private void unlink(NdBuf b) {
        if (b.prev != null) {
            b.prev.next = b.next;
        } else {
            head = b.next;
        }
        if (b.next != null) {
            b.next.prev = b.prev;
        }
    }

    // ---- the buffer ----

    /** Compare ndarray_getbuf. */
    @Override
    public PyBuffer getBuffer(int fl) {
        NdBuf nb = head;
        PyBuffer base = nb.base;
        int bf = nb.flags;
        if (base.obj != null && (bf & ND_REDIRECT) != 0) {
            return PyBuffer.get(base.obj, fl);
        }
        PyBuffer view = base.copy();
        view.obj = null;
        if (view.format == null) {
            view.format = "B";
        }
        if (base.ndim != 0 && ((fl & PyBuffer.ND) == PyBuffer.ND && base.shape == null
                               || (fl & PyBuffer.STRIDES) == PyBuffer.STRIDES && base.strides == null)) {
            throw bufferError("re-exporter does not provide format, shape or strides");
        }
        if ((bf & ND_GETBUF_FAIL) != 0) {
            throw bufferError("ND_GETBUF_FAIL: forced test exception");
        }
        if ((fl & PyBuffer.WRITABLE) != 0 && base.readonly) {
            throw bufferError("ndarray is not writable");
        }
        if ((fl & PyBuffer.FORMAT) == 0) {
            view.format = null;
        }
        if ((fl & PyBuffer.C_CONTIGUOUS) == PyBuffer.C_CONTIGUOUS && !cContig(bf)) {
            throw bufferError("ndarray is not C-contiguous");
        }
        if ((fl & PyBuffer.F_CONTIGUOUS) == PyBuffer.F_CONTIGUOUS && !fContig(bf)) {
            throw bufferError("ndarray is not Fortran contiguous");
        }
        if ((fl & PyBuffer.ANY_CONTIGUOUS) == PyBuffer.ANY_CONTIGUOUS && !anyContig(bf)) {
            throw bufferError("ndarray is not contiguous");
        }
        if ((fl & PyBuffer.INDIRECT) != PyBuffer.INDIRECT && (bf & ND_PIL) != 0) {
            throw bufferError("ndarray cannot be represented without suboffsets");
        }
        if ((fl & PyBuffer.STRIDES) != PyBuffer.STRIDES) {
            if (!cContig(bf)) {
                throw bufferError("ndarray is not C-contiguous");
            }
            view.strides = null;
        }
        if ((fl & PyBuffer.ND) != PyBuffer.ND) {
            if (view.format != null) {
                throw bufferError("ndarray: cannot cast to unsigned bytes if the format flag is present");
            }
            view.ndim = 1;
            view.shape = null;
        }
        if (cContig(bf) != view.isContiguous('C')
            || view.format != null && view.shape != null && fContig(bf) != view.isContiguous('F')
            || view.format == null && view.shape == null && !view.isContiguous('F')) {
            throw bufferError("ndarray: contiguity mismatch in getbuf()");
        }
        view.obj = this;
        if (!consumer) {
            view.internal = nb;
            nb.exported = true;
            nb.exports.add(view);
        }
        return view;
    }

    /** Compare ndarray_releasebuf: a base below the head goes with its last export. */
    @Override
    public void releaseBuffer(PyBuffer view) {
        if (!consumer && view.internal instanceof NdBuf nb && nb != head && nb.exports.count() == 0) {
            boolean linked = false;
            for (NdBuf b = head; b != null; b = b.next) {
                linked |= b == nb;
            }
            if (linked) {
                unlink(nb);
            }
        }
    }

    private static PyBaseException bufferError(String msg) {
        return PyErr.of(PyExc.BufferError, msg);
    }

    @ExposedMethod
    static PyObject __buffer__(NDArray self, PyObject flags) {
        return PyMemoryView.builtinView(self, PyMemoryView.bufferFlags(flags));
    }

    @ExposedMethod
    static void __release_buffer__(NDArray self, PyObject view) {
        PyMemoryView.releaseBufferOf(self, view);
    }

    // ---- indexing and slicing ----

    /** Compare ptr_from_index. */
    private static int ptrFromIndex(PyBuffer base, long index) {
        long nitems = base.shape != null ? base.shape[0] : base.len;
        if (index < 0) {
            index += nitems;
        }
        if (index < 0 || index >= nitems) {
            throw PyErr.indexError("index out of bounds");
        }
        int p = base.buf + (int) index * (base.strides == null ? base.itemsize : base.strides[0]);
        return PyBuffer.adjust(base.mem, p, base.suboffsets, 0);
    }

    /** Compare ndarray_item. */
    private PyObject item(long index) {
        PyBuffer base = head.base;
        if (base.ndim == 0) {
            throw PyErr.typeError("invalid indexing of scalar");
        }
        int p = ptrFromIndex(base, index);
        if (base.ndim == 1) {
            return Structs.unpackSingle(base.mem, p, base.format, base.itemsize);
        }
        NDArray nd = consumerOfSelf();
        PyBuffer sub = nd.head.base;
        sub.buf = p;
        sub.len /= sub.shape[0];
        sub.ndim--;
        sub.shape = java.util.Arrays.copyOfRange(sub.shape, 1, sub.shape.length);
        if (sub.strides != null) {
            sub.strides = java.util.Arrays.copyOfRange(sub.strides, 1, sub.strides.length);
        }
        if (sub.suboffsets != null) {
            sub.suboffsets = java.util.Arrays.copyOfRange(sub.suboffsets, 1, sub.suboffsets.length);
        }
        nd.head.flags = sub.readonly ? 0 : ND_WRITABLE;
        initFlags(nd.head);
        return nd;
    }

    /** Compare init_slice (shared with memoryobject.c). */
    private static void initSlice(PyBuffer base, PySlice key, int dim) {
        long[] r = key.indices(base.shape[dim]);
        if (base.suboffsets == null || dim == 0) {
            base.buf += base.strides[dim] * (int) r[0];
        } else {
            int n = dim - 1;
            while (n >= 0 && base.suboffsets[n] < 0) {
                n--;
            }
            if (n < 0) {
                base.buf += base.strides[dim] * (int) r[0];
            } else {
                base.suboffsets[n] += base.strides[dim] * (int) r[0];
            }
        }
        base.shape[dim] = (int) r[3];
        base.strides[dim] = base.strides[dim] * (int) r[2];
    }

    /** Compare ndarray_subscript. */
    @ExposedMethod
    static PyObject __getitem__(NDArray self, PyObject key) {
        PyBuffer base = self.head.base;
        if (base.ndim == 0) {
            if (key instanceof PyTuple t && t.size() == 0) {
                return Structs.unpackSingle(base.mem, base.buf, base.format, base.itemsize);
            }
            if (key == PyEllipsis.ELLIPSIS) {
                return self;
            }
            throw PyErr.typeError("invalid indexing of scalar");
        }
        if (Abstract.hasIndex(key) && !(key instanceof PySlice)) {
            return self.item(Abstract.asSsize(key, PyExc.OverflowError));
        }
        NDArray nd = self.consumerOfSelf();
        PyBuffer b = nd.head.base;
        b.shape = b.shape.clone();
        b.strides = b.strides.clone();
        if (b.suboffsets != null) {
            b.suboffsets = b.suboffsets.clone();
        }
        nd.head.flags |= ND_OWN_ARRAYS;
        if (key instanceof PySlice sl) {
            initSlice(b, sl, 0);
        } else if (key instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                PyObject k = t.get(i);
                if (!(k instanceof PySlice sl)) {
                    nd.head.base.release();
                    throw PyErr.typeError("cannot index memory using \"" + k.type().getName() + "\"");
                }
                if (i >= b.ndim) {
                    throw PyErr.indexError("tuple index out of range");
                }
                initSlice(b, sl, i);
            }
        } else {
            nd.head.base.release();
            throw PyErr.typeError("cannot index memory using \"" + key.type().getName() + "\"");
        }
        long len = b.itemsize;
        for (int i = 0; i < b.ndim; i++) {
            len *= b.shape[i];
        }
        b.len = (int) len;
        nd.head.flags = (b.readonly ? 0 : ND_WRITABLE) | ND_OWN_ARRAYS;
        initFlags(nd.head);
        return nd;
    }

    /** Compare ndarray_ass_subscript. */
    @ExposedMethod
    static void __setitem__(NDArray self, PyObject key, PyObject value) {
        PyBuffer dest = self.head.base;
        if (dest.readonly) {
            throw PyErr.typeError("ndarray is not writable");
        }
        if (value == null) {
            throw PyErr.typeError("ndarray data cannot be deleted");
        }
        if (dest.ndim == 0) {
            if (key == PyEllipsis.ELLIPSIS || key instanceof PyTuple t && t.size() == 0) {
                new Structs.Packer(PyStr.of(dest.format == null ? "B" : dest.format))
                    .packInto(dest.mem, dest.buf, value);
                return;
            }
            throw PyErr.typeError("invalid indexing of scalar");
        }
        if (dest.ndim == 1 && Abstract.hasIndex(key) && !(key instanceof PySlice)) {
            int p = ptrFromIndex(dest, Abstract.asSsize(key, PyExc.OverflowError));
            new Structs.Packer(PyStr.of(dest.format == null ? "B" : dest.format)).packInto(dest.mem, p, value);
            return;
        }
        PyBuffer src = PyBuffer.get(value, PyBuffer.FULL_RO);
        try {
            NDArray nd = (NDArray) __getitem__(self, key);
            try {
                PyBuffer d = nd.head.base;
                if (!sameStructure(d, src)) {
                    throw PyErr.valueError("ndarray assignment: lvalue and rvalue have different structures");
                }
                PyBuffer.copyBuffer(d, src);
            } finally {
                nd.head.base.release();
            }
        } finally {
            src.release();
        }
    }

    @ExposedMethod
    static void __delitem__(NDArray self, PyObject key) {
        __setitem__(self, key, null);
    }

    /** Compare cmp_structure. */
    private static boolean sameStructure(PyBuffer d, PyBuffer s) {
        String df = d.format == null ? "B" : d.format;
        String sf = s.format == null ? "B" : s.format;
        if (!df.equals(sf) || d.itemsize != s.itemsize || d.ndim != s.ndim) {
            return false;
        }
        int[] a = d.fullShape();
        int[] b = s.fullShape();
        for (int i = 0; i < d.ndim; i++) {
            if (a[i] != b[i]) {
                return false;
            }
            if (a[i] == 0) {
                break;
            }
        }
        return true;
    }

    // ---- getters ----

    @ExposedGetter
    static PyObject flags(NDArray self) {
        return PyInt.of(self.head.flags);
    }

    @ExposedGetter
    static PyObject offset(NDArray self) {
        return PyInt.of(self.head.offset);
    }

    @ExposedGetter
    static PyObject obj(NDArray self) {
        PyObject o = self.head.base.obj;
        return o == null ? PyNone.NONE : o;
    }

    @ExposedGetter
    static PyObject nbytes(NDArray self) {
        return PyInt.of(self.head.base.len);
    }

    @ExposedGetter
    static PyObject readonly(NDArray self) {
        return PyBool.of(self.head.base.readonly);
    }

    @ExposedGetter
    static PyObject itemsize(NDArray self) {
        return PyInt.of(self.head.base.itemsize);
    }

    @ExposedGetter
    static PyObject format(NDArray self) {
        String f = self.head.base.format;
        return PyStr.of(f == null ? "" : f);
    }

    @ExposedGetter
    static PyObject ndim(NDArray self) {
        return PyInt.of(self.head.base.ndim);
    }

    static PyObject ssizeTuple(int[] a, int n) {
        if (a == null) {
            return PyTuple.EMPTY;
        }
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            items[i] = PyInt.of(a[i]);
        }
        return PyTuple.of(items);
    }

    @ExposedGetter
    static PyObject shape(NDArray self) {
        return ssizeTuple(self.head.base.shape, self.head.base.ndim);
    }

    @ExposedGetter
    static PyObject strides(NDArray self) {
        return ssizeTuple(self.head.base.strides, self.head.base.ndim);
    }

    @ExposedGetter
    static PyObject suboffsets(NDArray self) {
        return ssizeTuple(self.head.base.suboffsets, self.head.base.ndim);
    }

    private PyObject contig(char order, boolean byFlags) {
        boolean r = head.base.isContiguous(order);
        if (r != byFlags) {
            throw PyErr.of(PyExc.RuntimeError, "results from PyBuffer_IsContiguous() and flags differ");
        }
        return PyBool.of(r);
    }

    @ExposedGetter
    static PyObject c_contiguous(NDArray self) {
        return self.contig('C', cContig(self.head.flags));
    }

    @ExposedGetter
    static PyObject f_contiguous(NDArray self) {
        return self.contig('F', fContig(self.head.flags));
    }

    @ExposedGetter
    static PyObject contiguous(NDArray self) {
        return self.contig('A', anyContig(self.head.flags));
    }

    // ---- methods ----

    /** Compare ndarray_as_list and unpack_rec. */
    @ExposedMethod
    static PyObject tolist(NDArray self) {
        PyBuffer base = self.head.base;
        if (base.format == null) {
            throw PyErr.valueError("ndarray: tolist() does not support format=NULL, use tobytes()");
        }
        int[] shape = base.shape;
        int[] strides = base.strides;
        if (shape == null) {
            shape = new int[] {base.len};
            strides = new int[] {base.itemsize};
        } else if (strides == null) {
            strides = PyBuffer.cStrides(shape, base.itemsize);
        }
        Structs.Unpacker u = new Structs.Unpacker(base.format, base.itemsize);
        return unpackRec(u, base.mem, base.buf, shape, strides, base.suboffsets, 0, base.ndim);
    }

    private static PyObject unpackRec(Structs.Unpacker u, byte[] mem, int p, int[] shape, int[] strides,
                                      int[] sub, int dim, int ndim) {
        if (dim == ndim) {
            return u.unpack(mem, p);
        }
        PyObject[] items = new PyObject[shape[dim]];
        for (int i = 0; i < items.length; i++, p += strides[dim]) {
            items[i] = unpackRec(u, mem, PyBuffer.adjust(mem, p, sub, dim), shape, strides, sub, dim + 1, ndim);
        }
        return new PyList(items);
    }

    /** Compare ndarray_tobytes. */
    @ExposedMethod
    static PyObject tobytes(NDArray self) {
        return new PyBytes(self.bytes());
    }

    private byte[] bytes() {
        NdBuf nb = head;
        PyBuffer src = nb.base;
        if (cContig(nb.flags)) {
            return java.util.Arrays.copyOfRange(src.mem, src.buf, src.buf + src.len);
        }
        PyBuffer dest = src.copy();
        dest.mem = new byte[src.len];
        dest.buf = 0;
        dest.suboffsets = null;
        dest.strides = PyBuffer.cStrides(src.shape, src.itemsize);
        PyBuffer.copyBuffer(dest, src);
        return dest.mem;
    }

    /** Compare ndarray_add_suboffsets. */
    @ExposedMethod
    static void add_suboffsets(NDArray self) {
        PyBuffer base = self.head.base;
        if (base.suboffsets != null) {
            throw PyErr.typeError("cannot add suboffsets to PIL-style array");
        }
        if (base.strides == null) {
            throw PyErr.typeError("cannot add suboffsets to array without strides");
        }
        int[] sub = new int[base.ndim];
        java.util.Arrays.fill(sub, -1);
        base.suboffsets = sub;
        self.head.flags &= ~(ND_C | ND_FORTRAN);
    }

    /**
     * A memoryview of a copy of the whole memory, made from a bare buffer: its obj is None.
     * Compare ndarray_memoryview_from_buffer (PyMemoryView_FromBuffer).
     */
    @ExposedMethod
    static PyObject memoryview_from_buffer(NDArray self) {
        PyBuffer view = self.head.base;
        if (self.consumer && !(view.obj instanceof NDArray o && !o.consumer)) {
            throw PyErr.typeError("memoryview_from_buffer(): ndarray must be original exporter or consumer from "
                + "ndarray/original exporter");
        }
        if (view.format != null && view.format.length() > ND_MAX_NDIM) {
            throw PyErr.typeError("memoryview_from_buffer: format is limited to " + ND_MAX_NDIM + " characters");
        }
        if (view.ndim > ND_MAX_NDIM) {
            throw PyErr.typeError("memoryview_from_buffer: ndim is limited to " + ND_MAX_NDIM);
        }
        PyBuffer info = view.copy();
        info.mem = view.mem.clone();
        return PyMemoryView.fromBuffer(info);
    }

    /** Compare ndarray_hash. */
    @ExposedMethod
    static long __hash__(NDArray self) {
        PyBuffer view = self.head.base;
        if (!view.readonly) {
            throw PyErr.valueError("cannot hash writable ndarray object");
        }
        if (view.obj != null) {
            Abstract.hash(view.obj);
        }
        return Abstract.hash(new PyBytes(self.bytes()));
    }
}
