package org.pyvm.runtime;

import java.lang.ref.WeakReference;

/**
 * Python {@code memoryview}: a view of the bytes of an object that exports a buffer
 * (bytes, bytearray, another memoryview, or a class with {@code __buffer__}, PEP 688),
 * with a struct format, a shape and strides. Views made from one acquisition of a buffer
 * share a {@link Managed} buffer (CPython's _PyManagedBufferObject), which is what holds
 * the exporter's export: a bytearray cannot be resized while a managed buffer of it is
 * live. Compare CPython Objects/memoryobject.c.
 */
public final class PyMemoryView implements PyObject {

    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView.class, PyMemoryView.class)
        .notSubclassable().collection(PyType.SEQUENCE);

    /**
     * One acquisition of an exporter's buffer, shared by the views made from it. Compare
     * memoryobject.c: _PyManagedBufferObject, mbuf_release.
     */
    static final class Managed {
        /** What memoryview.obj shows: the object the buffer was asked of (for a PEP 688 class, a {@link BufferWrapper}). */
        final PyObject obj;
        /** The object the buffer was asked of, whose class's __release_buffer__ is called. */
        private final PyObject owner;
        /** Where the bytes live: a PyBytes or a PyByteArray (read afresh: a bytearray reallocates). */
        final PyObject storage;
        /** For a PEP 688 class: the memoryview its __buffer__ returned, handed to __release_buffer__. */
        private PyMemoryView pyView;
        private int views;
        boolean released;
        /**
         * The buffer of a view made for a Python __release_buffer__ ({@link #releaseView}):
         * it holds no export, and its release calls nothing.
         */
        private final boolean temporary;
        /** For a bytearray: the views of this buffer, weakly (see {@link Exports#busy}). */
        private final java.util.ArrayList<WeakReference<PyMemoryView>> viewRefs;
        /**
         * For a {@link BufferProvider} (or PyMemoryView_FromBuffer): the buffer it gave,
         * released with the last view. Compare _PyManagedBufferObject.master.
         */
        PyBuffer master;

        Managed(PyObject obj, PyObject storage, PyMemoryView pyView) {
            this(obj, obj, storage, pyView, false);
        }

        Managed(PyObject obj, PyObject storage, PyMemoryView pyView, boolean temporary, PyBuffer master) {
            this(obj, obj, storage, pyView, temporary);
            this.master = master;
        }

        private Managed(PyObject obj, PyObject owner, PyObject storage, PyMemoryView pyView, boolean temporary) {
            this.obj = obj;
            this.owner = owner;
            this.storage = storage;
            this.pyView = pyView;
            this.temporary = temporary;
            this.viewRefs = !temporary && (storage instanceof PyByteArray || storage instanceof BufferExporter)
                ? new java.util.ArrayList<>() : null;
            if (temporary) {
                return;
            }
            if (storage instanceof PyByteArray ba) {
                ba.addExport(this);
            } else if (storage instanceof BufferExporter be) {
                be.exports().add(this);
            }
        }

        void addView(PyMemoryView v) {
            views++;
            if (viewRefs != null) {
                viewRefs.removeIf(r -> r.get() == null);
                viewRefs.add(new WeakReference<>(v));
            }
        }

        /** Whether a view of this buffer that is not released may still be reachable. */
        boolean inUse() {
            if (released) {
                return false;
            }
            for (WeakReference<PyMemoryView> r : viewRefs) {
                PyMemoryView v = r.get();
                if (v != null && !v.released) {
                    return true;
                }
            }
            return false;
        }

        /** After a write into an array from {@link #array()}: an exporter holding a copy writes it back. */
        void written(byte[] a) {
            if (storage instanceof BufferExporter be) {
                be.exportedWritten(a);
            }
        }

        byte[] array() {
            if (master != null) {
                return master.mem;
            }
            if (pyView != null && !(storage instanceof PyBytes || storage instanceof PyByteArray
                                    || storage instanceof BufferExporter)) {
                return pyView.mbuf.array();
            }
            return storage instanceof PyBytes b ? b.value
                : storage instanceof PyByteArray ba ? ba.bytes() : ((BufferExporter) storage).exportedArray();
        }

        /**
         * The last view let go: release the export. For a PEP 688 class (PYVIEW set), as
         * typeobject.c's bufferwrapper_releasebuf: the view __buffer__ returned goes to a
         * Python __release_buffer__ when it is a view of another object (and is then the
         * callee's to release), else it is released, which lets OBJ's own buffer go. For a
         * builtin buffer of an object whose class defines __release_buffer__ in Python, as
         * slot_bf_releasebuffer: that method first gets a restricted view of the memory
         * (released afterwards), then the export is dropped.
         */
        void release() {
            if (released) {
                return;
            }
            released = true;
            if (temporary) {
                return;
            }
            if (master != null) {
                master.release();
                return;
            }
            PyMemoryView inner = pyView;
            if (inner != null) {
                pyView = null;
                PyObject rel = pythonSlot(owner, "__release_buffer__");
                if (inner.mbuf.obj != owner && rel != null) {
                    callRelease(rel, owner, inner);
                } else {
                    inner.doRelease();
                }
                return;
            }
            PyObject rel = pythonSlot(obj, "__release_buffer__");
            if (rel != null && (storage instanceof PyByteArray || storage instanceof PyBytes)) {
                Managed m = new Managed(obj, obj, storage, null, true);
                int n = m.array().length;
                PyMemoryView v = new PyMemoryView(m, 0, "B", 1, new int[] {n}, new int[] {1},
                    storage instanceof PyBytes);
                v.restricted = true;
                try {
                    callRelease(rel, obj, v);
                } finally {
                    v.doRelease();
                }
            }
            if (storage instanceof PyByteArray ba) {
                ba.removeExport(this);
            } else if (storage instanceof BufferExporter be) {
                be.exports().remove(this);
            }
        }
    }

    /**
     * What memoryview(obj).obj is when OBJ's class defines __buffer__ in Python: an object
     * standing for the pair of OBJ and the view its __buffer__ returned. Compare
     * typeobject.c: PyBufferWrapper (_PyBufferWrapper_Type).
     */
    static final class BufferWrapper implements PyObject {
        static final PyType TYPE = PyType.builtin("_buffer_wrapper", BufferWrapper.class, BufferWrapper.class)
            .notSubclassable().noInstances();

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /**
     * NAME as OBJ's class defines it in Python (found on the MRO and not a builtin's method),
     * or null: what makes CPython give a heap type the slot_bf_getbuffer/releasebuffer slots.
     */
    private static PyObject pythonSlot(PyObject obj, String name) {
        PyType t = obj.type();
        if (!t.isHeapType()) {
            return null;
        }
        PyObject f = t.lookup(name);
        return f == null || f instanceof JavaMethod ? null : f;
    }

    /** Whether O's class defines __buffer__ in Python (so that its buffer is what that method returns). */
    static boolean hasPythonBuffer(PyObject o) {
        return pythonSlot(o, "__buffer__") != null;
    }

    /** OBJ.__release_buffer__(VIEW) by REL; an error is reported as unraisable. Compare releasebuffer_call_python. */
    private static void callRelease(PyObject rel, PyObject obj, PyMemoryView view) {
        try {
            Abstract.callDescr(rel, obj, view);
        } catch (PyBaseException e) {
            Unraisable.report(e, obj);
        }
    }

    private final Managed mbuf;
    private final int offset;
    final String format;
    /** The format's native single-character code ('@' prefix allowed), or 0 for any other format. */
    private final char code;
    final int itemsize;
    private final int[] shape;
    private final int[] strides;
    /** Null, or one per dimension (negative: no pointer to follow), for PIL-style buffers. */
    private final int[] suboffsets;
    private final boolean readonly;
    private boolean released;
    /** The buffers exported by this view (memory_getbuf), which keep it from being released. */
    private PyBuffer.Live exported;
    /** Kept by {@link PyBuffer#release} for symmetry with CPython's count (the live count is {@link #exported}). */
    int exports;
    /** A view handed to a Python __release_buffer__: no new views may be made of it. */
    private boolean restricted;
    private long hash = -1;
    /** Made by a cast to 0 dimensions (see {@link #allocatedDims}). */
    private boolean castZeroDim;

    private PyMemoryView(Managed mbuf, int offset, String format, int itemsize, int[] shape, int[] strides,
                         boolean readonly) {
        this(mbuf, offset, format, itemsize, shape, strides, null, readonly);
    }

    private PyMemoryView(Managed mbuf, int offset, String format, int itemsize, int[] shape, int[] strides,
                         int[] suboffsets, boolean readonly) {
        this(mbuf, offset, format, itemsize, shape, strides, suboffsets, readonly, codeOf(format));
    }

    /** CODE is FORMAT's {@link #codeOf}, passed on by views derived with the same format. */
    private PyMemoryView(Managed mbuf, int offset, String format, int itemsize, int[] shape, int[] strides,
                         int[] suboffsets, boolean readonly, char code) {
        this.mbuf = mbuf;
        this.offset = offset;
        this.format = format;
        this.itemsize = itemsize;
        this.shape = shape;
        this.strides = strides;
        this.suboffsets = suboffsets;
        this.readonly = readonly;
        this.code = code;
        mbuf.addView(this);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A 1-D unsigned-byte view of all of STORAGE (bytes or bytearray) for OBJ. */
    private static PyMemoryView wholeBytes(PyObject obj, PyObject storage, PyMemoryView pyView, boolean readonly) {
        Managed m = new Managed(obj, storage, pyView);
        int n = m.array().length;
        return new PyMemoryView(m, 0, "B", 1, new int[] {n}, new int[] {1}, readonly);
    }

    /**
     * A 1-D unsigned-byte view of this contiguous (C or Fortran order) view's memory in the
     * order it lies in, sharing the buffer and its writability: what picklebufobject.c's
     * picklebuf_raw makes by rewriting a new view's format, shape and strides (cast() would
     * want C order). The caller checks contiguity; a contiguous view's strides are positive,
     * so its memory starts at its own offset.
     */
    public PyMemoryView memoryOrderBytes() {
        checkReleased();
        int n = itemsize;
        for (int d : shape) {
            n *= d;
        }
        return new PyMemoryView(mbuf, offset, "B", 1, new int[] {n}, new int[] {1}, null, readonly, 'B');
    }

    /** A new view sharing SELF's managed buffer with another layout. Compare mbuf_add_view. */
    private PyMemoryView derive(int off, String fmt, int isz, int[] shp, int[] str, boolean ro) {
        return new PyMemoryView(mbuf, off, fmt, isz, shp, str, suboffsets, ro, fmt == format ? code : codeOf(fmt));
    }

    /**
     * A view of all of MASTER, a buffer an exporter gave for OBJ (PyNone for a buffer without
     * exporter). Compare mbuf_add_view with init_shape_strides and init_suboffsets.
     */
    static PyMemoryView fromMaster(PyObject obj, PyBuffer master) {
        if (master.ndim > PyBuffer.MAX_NDIM) {
            master.release();
            throw PyErr.valueError("memoryview: number of dimensions must not exceed 64");
        }
        Managed m = new Managed(obj, obj, null, false, master);
        int[] sub = master.suboffsets == null ? null : master.suboffsets.clone();
        return new PyMemoryView(m, master.buf, master.format == null ? "B" : master.format, master.itemsize,
            master.fullShape().clone(), master.fullStrides().clone(), sub, master.readonly);
    }

    /**
     * A view of OBJ's buffer that is contiguous in ORDER ('C', 'F' or 'A'): OBJ's own when
     * it is, else (for BUFFERTYPE PyBUF_READ) a view of a bytes copy in that order.
     * Compare memoryobject.c: PyMemoryView_GetContiguous, memory_from_contiguous_copy.
     */
    public static PyMemoryView getContiguous(PyObject obj, int buffertype, char order) {
        PyMemoryView mv = fromObject(obj);
        if (mv == null) {
            throw PyErr.typeError("memoryview: a bytes-like object is required, not '" + obj.type().getName() + "'");
        }
        if (buffertype == PyBuffer.WRITE && mv.readonly) {
            mv.doRelease();
            throw PyErr.of(PyExc.BufferError, "underlying buffer is not writable");
        }
        PyBuffer src = mv.asBuffer();
        if (src.isContiguous(order)) {
            return mv;
        }
        if (buffertype == PyBuffer.WRITE) {
            mv.doRelease();
            throw PyErr.of(PyExc.BufferError, "writable contiguous buffer requested for a non-contiguous object.");
        }
        char ord = order == 'F' ? 'F' : 'C';
        PyBytes copy = new PyBytes(src.toContiguous(ord));
        mv.doRelease();
        Managed m = new Managed(copy, copy, null);
        int[] shp = mv.shape.clone();
        int[] str = ord == 'F' ? PyBuffer.fStrides(shp, mv.itemsize) : PyBuffer.cStrides(shp, mv.itemsize);
        return new PyMemoryView(m, 0, mv.format, mv.itemsize, shp, str, null, true);
    }

    /** PyMemoryView_FromBuffer: a view of INFO that no object exports (its obj is None). */
    public static PyMemoryView fromBuffer(PyBuffer info) {
        if (info.mem == null) {
            throw PyErr.valueError("PyMemoryView_FromBuffer(): info->buf must not be NULL");
        }
        PyBuffer b = info.copy();
        b.obj = null;
        return fromMaster(PyNone.NONE, b);
    }

    /** This view as a full Py_buffer (no export is counted): what the algorithms of {@link PyBuffer} read. */
    PyBuffer asBuffer() {
        PyBuffer b = new PyBuffer();
        b.obj = mbuf.obj;
        b.mem = mbuf.array();
        b.buf = offset;
        b.itemsize = itemsize;
        b.len = (int) (nitems() * itemsize);
        b.readonly = readonly;
        b.format = format;
        b.ndim = ndim();
        // A 0-dim view has neither shape nor strides (init_shape_strides).
        b.shape = b.ndim == 0 ? null : shape;
        b.strides = b.ndim == 0 ? null : strides;
        b.suboffsets = suboffsets;
        return b;
    }

    /** Compare memoryobject.c: memory_getbuf (the view counts the export until it is released). */
    PyBuffer getBuffer(int flags) {
        checkReleased();
        checkRestricted();
        PyBuffer view = asBuffer();
        if ((flags & PyBuffer.WRITABLE) != 0 && readonly) {
            throw PyErr.of(PyExc.BufferError, "memoryview: underlying buffer is not writable");
        }
        if ((flags & PyBuffer.FORMAT) == 0) {
            view.format = null;
        }
        if ((flags & PyBuffer.C_CONTIGUOUS) == PyBuffer.C_CONTIGUOUS && !cContiguous()) {
            throw PyErr.of(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous");
        }
        if ((flags & PyBuffer.F_CONTIGUOUS) == PyBuffer.F_CONTIGUOUS && !fContiguous()) {
            throw PyErr.of(PyExc.BufferError, "memoryview: underlying buffer is not Fortran contiguous");
        }
        if ((flags & PyBuffer.ANY_CONTIGUOUS) == PyBuffer.ANY_CONTIGUOUS && !cContiguous() && !fContiguous()) {
            throw PyErr.of(PyExc.BufferError, "memoryview: underlying buffer is not contiguous");
        }
        if ((flags & PyBuffer.INDIRECT) != PyBuffer.INDIRECT && suboffsets != null) {
            throw PyErr.of(PyExc.BufferError, "memoryview: underlying buffer requires suboffsets");
        }
        if ((flags & PyBuffer.STRIDES) != PyBuffer.STRIDES) {
            if (!cContiguous()) {
                throw PyErr.of(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous");
            }
            view.strides = null;
        }
        if ((flags & PyBuffer.ND) != PyBuffer.ND) {
            if (view.format != null) {
                throw PyErr.of(PyExc.BufferError,
                    "memoryview: cannot cast to unsigned bytes if the format flag is present");
            }
            view.ndim = 1;
            view.shape = null;
        }
        view.obj = this;
        view.exportingView = this;
        exports++;
        if (exported == null) {
            exported = new PyBuffer.Live();
        }
        exported.add(view);
        return view;
    }

    /**
     * memoryview(obj): the buffer of OBJ, or null when it exports none. Compare
     * memoryobject.c: PyMemoryView_FromObject and typeobject.c: slot_bf_getbuffer.
     */
    public static PyMemoryView fromObject(PyObject o) {
        return fromObject(o, BUF_FULL_RO);
    }

    /** The buffer of O asked for with FLAGS (PyBUF_*), or null when O exports none. Compare PyMemoryView_FromObjectAndFlags. */
    static PyMemoryView fromObject(PyObject o, int flags) {
        PyObject getbuf = pythonSlot(o, "__buffer__");
        if (getbuf != null) {
            PyObject r = Abstract.callDescr(getbuf, o, PyInt.of(flags));
            if (!(r instanceof PyMemoryView inner)) {
                throw PyErr.typeError("__buffer__ returned non-memoryview object");
            }
            inner.checkReleased();
            inner.checkRestricted();
            if ((flags & BUF_WRITABLE) != 0 && inner.readonly) {
                throw PyErr.of(PyExc.BufferError, "memoryview: underlying buffer is not writable");
            }
            Managed m = new Managed(new BufferWrapper(), o, inner.mbuf.storage, inner, false);
            return new PyMemoryView(m, inner.offset, inner.format, inner.itemsize, inner.shape, inner.strides,
                inner.readonly);
        }
        return builtinView(o, flags);
    }

    /**
     * The buffer a builtin exporter gives (bytes, bytearray, memoryview, an exporter of a
     * builtin module), whatever a subclass defines: what bytearray.__buffer__ returns.
     * Compare bytearray_getbuffer, bytes_buffer_getbuffer, memory_getbuf.
     */
    public static PyMemoryView builtinView(PyObject o, int flags) {
        boolean writable = (flags & BUF_WRITABLE) != 0;
        if (o instanceof PyMemoryView mv) {
            mv.checkReleased();
            mv.checkRestricted();
            if (writable && mv.readonly) {
                throw PyErr.of(PyExc.BufferError, "memoryview: underlying buffer is not writable");
            }
            return mv.derive(mv.offset, mv.format, mv.itemsize, mv.shape, mv.strides, mv.readonly);
        }
        if (o instanceof PyBytes) {
            if (writable) {
                throw PyErr.of(PyExc.BufferError, "Object is not writable.");
            }
            return wholeBytes(o, o, null, true);
        }
        if (o instanceof PyByteArray) {
            return wholeBytes(o, o, null, false);
        }
        if (o instanceof BufferExporter be) {
            if (writable && be.exportedReadonly()) {
                throw PyErr.of(PyExc.BufferError, "Object is not writable.");
            }
            int isz = be.exportedItemsize();
            if (isz == 1 && be.exportedFormat().equals("B")) {
                return wholeBytes(o, o, null, be.exportedReadonly());
            }
            Managed m = new Managed(o, o, null);
            int[] shape = be.exportedShape();
            if (shape == null) {
                shape = new int[] {isz == 0 ? 0 : m.array().length / isz};
            }
            // C-contiguous strides (the exporters' memory is one block in row-major order).
            int[] strides = new int[shape.length];
            int step = isz;
            for (int i = shape.length - 1; i >= 0; i--) {
                strides[i] = step;
                step *= shape[i];
            }
            return new PyMemoryView(m, 0, be.exportedFormat(), isz, shape, strides, be.exportedReadonly());
        }
        if (o instanceof BufferProvider bp) {
            PyBuffer b = bp.getBuffer(flags);
            return fromMaster(b.obj == null ? PyNone.NONE : b.obj, b);
        }
        if (o instanceof ViewExporter ve) {
            // memoryview(exporter).obj is the object the exporter wraps, as in CPython.
            PyMemoryView inner = ve.exportView();
            Managed m = new Managed(inner.mbuf.obj, inner.mbuf.storage, inner);
            return new PyMemoryView(m, inner.offset, inner.format, inner.itemsize, inner.shape, inner.strides,
                inner.readonly);
        }
        return null;
    }

    /** PyBUF_WRITABLE. */
    private static final int BUF_WRITABLE = 0x1;

    /**
     * The flags argument of a __buffer__ method. Compare typeobject.c: wrap_buffer
     * (PyNumber_AsSsize_t, then "buffer flags too large" above INT_MAX).
     */
    public static int bufferFlags(PyObject flags) {
        long f = Abstract.asSsize(flags, PyExc.OverflowError);
        if (f > Integer.MAX_VALUE) {
            throw PyErr.overflowError("buffer flags too large");
        }
        return (int) f;
    }

    /**
     * The __release_buffer__ of a builtin exporter OWNER: releases VIEW, a view of OWNER's
     * buffer. Compare typeobject.c: wrap_releasebuffer.
     */
    public static void releaseBufferOf(PyObject owner, PyObject view) {
        if (!(view instanceof PyMemoryView v)) {
            throw PyErr.typeError("expected a memoryview object");
        }
        if (v.mbuf.obj != owner) {
            throw PyErr.valueError("memoryview's buffer is not this object");
        }
        if (v.released) {
            throw PyErr.valueError("memoryview's buffer has already been released");
        }
        v.doRelease();
    }

    /** PyBUF_FULL_RO, the flags CPython passes for memoryview(obj). */
    private static final int BUF_FULL_RO = 0x11c;

    /**
     * The bytes of any buffer object in C order (a copy for views and PEP 688 classes), or
     * null when O exports no buffer. What bytes(), bytearray(), b''.join ... use.
     */
    static byte[] contiguousBytes(PyObject o) {
        return contiguousBytesOf(o);
    }

    /**
     * The bytes of a C-contiguous buffer, as a C function taking "y*" (PyBUF_SIMPLE) gets
     * them, or null when O exports no buffer: a memoryview that is not C-contiguous is
     * refused with BufferError, where bytes() and bytearray() would copy it.
     */
    public static byte[] simpleBufferBytes(PyObject o) {
        if (o instanceof PyMemoryView mv && !mv.released && !mv.cContiguous()) {
            throw PyErr.of(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous");
        }
        return PyByteArray.bytesOf(o);
    }

    private static byte[] contiguousBytesOf(PyObject o) {
        if (o.type().isHeapType() && pythonSlot(o, "__buffer__") != null) {
            PyMemoryView v = fromObject(o);
            try {
                return v.toBytes();
            } finally {
                v.doRelease();
            }
        }
        if (o instanceof PyBytes b) {
            return b.value;
        }
        if (o instanceof PyByteArray a) {
            return a.bytes();
        }
        if (o instanceof PyMemoryView mv) {
            mv.checkReleased();
            return mv.toBytes();
        }
        if (o instanceof BufferExporter be) {
            return be.exportedArray().clone();
        }
        if (o instanceof ViewExporter || o instanceof BufferProvider || pythonSlot(o, "__buffer__") != null) {
            PyMemoryView v = fromObject(o);
            try {
                return v.toBytes();
            } finally {
                v.doRelease();
            }
        }
        return null;
    }

    private void checkReleased() {
        if (released || mbuf.released) {
            throw PyErr.valueError("operation forbidden on released memoryview object");
        }
    }

    /** Compare memoryobject.c: CHECK_RESTRICTED. */
    private void checkRestricted() {
        if (restricted) {
            throw PyErr.valueError("cannot create new view on restricted memoryview");
        }
    }

    /** Releases this view; the managed buffer goes when its last view does. Compare _memory_release. */
    void doRelease() {
        if (released) {
            return;
        }
        released = true;
        if (--mbuf.views == 0) {
            mbuf.release();
        }
    }

    private int ndim() {
        return shape.length;
    }

    private long nitems() {
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    /** Compare memoryobject.c: init_flags (MV_C_CONTIGUOUS). */
    private boolean cContiguous() {
        if (suboffsets != null) {
            return false;
        }
        if (ndim() == 1) {
            return shape[0] == 1 || strides[0] == itemsize;
        }
        long expect = itemsize;
        for (int d = ndim() - 1; d >= 0; d--) {
            if (shape[d] > 1 && strides[d] != expect) {
                return false;
            }
            if (shape[d] == 0) {
                return true;
            }
            expect *= shape[d];
        }
        return true;
    }

    private boolean fContiguous() {
        if (suboffsets != null) {
            return false;
        }
        if (ndim() == 1) {
            return shape[0] == 1 || strides[0] == itemsize;
        }
        long expect = itemsize;
        for (int d = 0; d < ndim(); d++) {
            if (shape[d] > 1 && strides[d] != expect) {
                return false;
            }
            if (shape[d] == 0) {
                return true;
            }
            expect *= shape[d];
        }
        return true;
    }

    /** The bytes of the view in C (row-major) order. */
    byte[] toBytes() {
        byte[] a = mbuf.array();
        long total = nitems() * itemsize;
        byte[] out = new byte[(int) total];
        if (cContiguous()) {
            System.arraycopy(a, offset, out, 0, out.length);
            return out;
        }
        return asBuffer().toContiguous('C');
    }

    // ---- items (struct formats) ----

    /**
     * The item type of this view's format, a native single character ('@' prefix allowed);
     * NotImplementedError for any other format (only comparisons read those, through the
     * struct module). Compare memoryobject.c: adjust_fmt.
     */
    private char fmtChar() {
        if (code != 0) {
            return code;
        }
        String bare = bareFormat(format);
        if (bare.length() == 1) {
            throw PyErr.of(PyExc.NotImplementedError, "memoryview: format " + bare + " not supported");
        }
        throw PyErr.of(PyExc.NotImplementedError, "memoryview: unsupported format " + format);
    }

    /** Compare memoryobject.c: adjust_fmt (only a format of one character, '@' aside, is read). */
    private void adjustFmt() {
        if (code == 0 && bareFormat(format).length() != 1) {
            throw PyErr.of(PyExc.NotImplementedError, "memoryview: unsupported format " + format);
        }
    }

    /** The native single-character format code of FMT ('@' prefix allowed), or 0. */
    private static char codeOf(String fmt) {
        String f = nativeFormat(fmt);
        return f == null ? 0 : f.charAt(0);
    }

    /** The native single-character format of FMT ('@' prefix allowed), or null. */
    private static String nativeFormat(String fmt) {
        String f = fmt.startsWith("@") ? fmt.substring(1) : fmt;
        return f.length() == 1 && "cbB?hHiIlLqQnNfdeP".indexOf(f.charAt(0)) >= 0 ? f : null;
    }

    /** Compare memoryobject.c: get_native_fmtchar (sizes of x86-64 Linux). */
    private static int sizeOf(char c) {
        return switch (c) {
            case 'c', 'b', 'B', '?' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            default -> 8;
        };
    }

    private static long readLE(byte[] a, int at, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (a[at + i] & 0xff);
        }
        return v;
    }

    private static void writeLE(byte[] a, int at, int n, long v) {
        for (int i = 0; i < n; i++) {
            a[at + i] = (byte) (v >>> (8 * i));
        }
    }

    /** Compare memoryobject.c: unpack_single. */
    private PyObject unpack(byte[] a, int at) {
        char c = fmtChar();
        return switch (c) {
            case 'B' -> PyInt.of(a[at] & 0xff);
            case 'b' -> PyInt.of(a[at]);
            case 'c' -> new PyBytes(new byte[] {a[at]});
            case '?' -> PyBool.of(a[at] != 0);
            case 'h' -> PyInt.of((short) readLE(a, at, 2));
            case 'H' -> PyInt.of(readLE(a, at, 2));
            case 'i' -> PyInt.of((int) readLE(a, at, 4));
            case 'I' -> PyInt.of(readLE(a, at, 4));
            case 'l', 'q', 'n' -> PyInt.of(readLE(a, at, 8));
            case 'L', 'Q', 'N', 'P' -> {
                long v = readLE(a, at, 8);
                yield v >= 0 ? PyInt.of(v) : PyInt.of(java.math.BigInteger.valueOf(v).add(java.math.BigInteger.ONE.shiftLeft(64)));
            }
            case 'f' -> PyFloat.of(Float.intBitsToFloat((int) readLE(a, at, 4)));
            case 'd' -> PyFloat.of(Double.longBitsToDouble(readLE(a, at, 8)));
            case 'e' -> PyFloat.of(HalfFloat.unpack((int) readLE(a, at, 2)));
            default -> throw PyErr.of(PyExc.NotImplementedError, "memoryview: unsupported format " + format);
        };
    }

    /**
     * Compare memoryobject.c: pack_single (messages of its type_error_int/value_error_int,
     * fix_error_int for errors of the conversion). The value is converted first, then the
     * view is checked again, as a conversion (__index__, __float__, __bool__) may have
     * released it (CHECK_RELEASED_INT_AGAIN).
     */
    private void pack(byte[] a, int at, PyObject v) {
        char c = fmtChar();
        switch (c) {
            case 'f', 'd', 'e' -> {
                double d;
                try {
                    d = Abstract.toDouble(v);
                } catch (PyBaseException e) {
                    throw fixError(e);
                }
                checkReleased();
                if (c == 'd') {
                    writeLE(a, at, 8, Double.doubleToRawLongBits(d));
                } else if (c == 'f') {
                    // A plain C cast (PACK_SINGLE): too large a double becomes inf.
                    writeLE(a, at, 4, Float.floatToRawIntBits((float) d));
                } else {
                    // PyFloat_Pack2 refuses what does not fit (OverflowError, which
                    // memoryobject.c's fix_error_int turns into ValueError).
                    int x;
                    try {
                        x = HalfFloat.pack(d);
                    } catch (PyBaseException e) {
                        throw invalidValue();
                    }
                    writeLE(a, at, 2, x);
                }
            }
            case '?' -> {
                boolean t = Abstract.isTrue(v);
                checkReleased();
                a[at] = (byte) (t ? 1 : 0);
            }
            case 'c' -> {
                if (!(v instanceof PyBytes b)) {
                    throw PyErr.typeError("memoryview: invalid type for format '" + format + "'");
                }
                if (b.value.length != 1) {
                    throw invalidValue();
                }
                a[at] = b.value[0];
            }
            default -> {
                java.math.BigInteger x;
                try {
                    x = Abstract.index(v).bigValue();
                } catch (PyBaseException e) {
                    throw fixError(e);
                }
                checkReleased();
                int n = sizeOf(c);
                boolean unsigned = Character.isUpperCase(c) || c == 'P';
                java.math.BigInteger lo = unsigned ? java.math.BigInteger.ZERO
                    : java.math.BigInteger.ONE.shiftLeft(8 * n - 1).negate();
                java.math.BigInteger hi = unsigned ? java.math.BigInteger.ONE.shiftLeft(8 * n)
                    : java.math.BigInteger.ONE.shiftLeft(8 * n - 1);
                if (x.compareTo(lo) < 0 || x.compareTo(hi) >= 0) {
                    throw invalidValue();
                }
                writeLE(a, at, n, x.longValue());
            }
        }
    }

    private PyBaseException invalidValue() {
        return PyErr.valueError("memoryview: invalid value for format '" + format + "'");
    }

    /** Compare memoryobject.c: fix_error_int. */
    private PyBaseException fixError(PyBaseException e) {
        if (e.type().isSubtypeOf(PyExc.TypeError)) {
            return PyErr.typeError("memoryview: invalid type for format '" + format + "'");
        }
        if (e.type().isSubtypeOf(PyExc.OverflowError) || e.type().isSubtypeOf(PyExc.ValueError)) {
            return invalidValue();
        }
        return e;
    }

    private PyObject toList(byte[] a, int dim, int at) {
        if (dim == ndim()) {
            return unpack(a, at);
        }
        PyObject[] items = new PyObject[shape[dim]];
        for (int i = 0; i < items.length; i++) {
            items[i] = toList(a, dim + 1, PyBuffer.adjust(a, at + i * strides[dim], suboffsets, dim));
        }
        return new PyList(items);
    }

    // ---- constructor and conversions ----

    @ExposedMethod(names = {"object"})
    static PyObject __new__(PyType cls, PyObject obj) {
        PyMemoryView v = fromObject(obj);
        if (v == null) {
            throw PyErr.typeError("memoryview: a bytes-like object is required, not '" + obj.type().getName() + "'");
        }
        return v;
    }

    @ExposedMethod
    static PyObject tolist(PyMemoryView self) {
        self.checkReleased();
        self.fmtChar();
        return self.toList(self.mbuf.array(), 0, self.offset);
    }

    /** Compare memoryobject.c: memoryview_tobytes_impl (PyBuffer_ToContiguous in ORDER). */
    @ExposedMethod(min = 0, names = {"order"})
    static PyObject tobytes(PyMemoryView self, PyObject order) {
        self.checkReleased();
        char ord = 'C';
        if (order != null && order != PyNone.NONE) {
            String o = order instanceof PyStr s ? s.value() : null;
            if (o == null) {
                throw PyErr.typeError("memoryview.tobytes() argument 'order' must be str or None, not "
                    + order.type().getName());
            }
            if (o.equals("F")) {
                ord = 'F';
            } else if (o.equals("A")) {
                ord = 'A';
            } else if (!o.equals("C")) {
                throw PyErr.valueError("order must be 'C', 'F' or 'A'");
            }
        }
        if (ord == 'C') {
            return new PyBytes(self.toBytes());
        }
        return new PyBytes(self.asBuffer().toContiguous(ord));
    }

    @ExposedMethod(min = 0, names = {"sep", "bytes_per_sep"})
    static PyObject hex(PyMemoryView self, PyObject sep, PyObject perSep) {
        self.checkReleased();
        return PyStr.of(PyBytes.hex(new PyBytes(self.toBytes()), sep, perSep));
    }

    @ExposedMethod
    static PyObject toreadonly(PyMemoryView self) {
        self.checkReleased();
        self.checkRestricted();
        return self.derive(self.offset, self.format, self.itemsize, self.shape, self.strides, true);
    }

    /** Compare memoryobject.c: memoryview_cast_impl, cast_to_1D, cast_to_ND, copy_shape. */
    @ExposedMethod(min = 1, names = {"format", "shape"})
    static PyObject cast(PyMemoryView self, PyObject format, PyObject shapeArg) {
        self.checkReleased();
        self.checkRestricted();
        if (!(format instanceof PyStr fs)) {
            throw PyErr.typeError("cast() argument 'format' must be str, not " + format.type().getName());
        }
        if (!self.cContiguous()) {
            throw PyErr.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        boolean hasShape = shapeArg != null;
        if ((hasShape || self.ndim() != 1) && self.shapeHasZero()) {
            throw PyErr.typeError("memoryview: cannot cast view with zeros in shape or strides");
        }
        PyObject[] dims = null;
        if (hasShape) {
            if (!(shapeArg instanceof PyList) && !(shapeArg instanceof PyTuple)) {
                throw PyErr.typeError("shape must be a list or a tuple");
            }
            dims = Abstract.toArray(shapeArg);
            if (dims.length > PyBuffer.MAX_NDIM) {
                throw PyErr.valueError("memoryview: number of dimensions must not exceed 64");
            }
            if (self.ndim() != 1 && dims.length != 1) {
                throw PyErr.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
        }
        String fv = fs.value();
        char dst = codeOf(fv);
        if (dst == 0) {
            throw PyErr.valueError("memoryview: destination format must be a native single character format "
                + "prefixed with an optional '@'");
        }
        if (!isByteFormat(self.code) && !isByteFormat(dst)) {
            throw PyErr.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int isz = sizeOf(dst);
        long nbytes = self.nitems() * self.itemsize;
        if (nbytes % isz != 0) {
            throw PyErr.typeError("memoryview: length is not a multiple of itemsize");
        }
        int[] newShape;
        if (dims == null) {
            newShape = new int[] {(int) (nbytes / isz)};
        } else {
            newShape = new int[dims.length];
            long len = isz;
            for (int i = 0; i < dims.length; i++) {
                if (!(dims[i] instanceof PyInt di)) {
                    throw PyErr.typeError("memoryview.cast(): elements of shape must be integers");
                }
                long v = Abstract.asSsize(di, PyExc.OverflowError);
                if (v <= 0) {
                    throw PyErr.valueError("memoryview.cast(): elements of shape must be integers > 0");
                }
                if (v > Long.MAX_VALUE / len) {
                    throw PyErr.valueError("memoryview.cast(): product(shape) > SSIZE_MAX");
                }
                len *= v;
                newShape[i] = (int) v;
            }
            if (len != nbytes) {
                throw PyErr.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        PyMemoryView r = new PyMemoryView(self.mbuf, self.offset, fv, isz, newShape, PyBuffer.cStrides(newShape, isz),
            null, self.readonly);
        r.castZeroDim = newShape.length == 0;
        return r;
    }

    private boolean shapeHasZero() {
        for (int d : shape) {
            if (d == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isByteFormat(char c) {
        return c == 'B' || c == 'b' || c == 'c';
    }

    @ExposedMethod
    static void release(PyMemoryView self) {
        self.checkExports();
        self.doRelease();
    }

    /** Compare _memory_release: a view whose buffer others hold may not be released. */
    private void checkExports() {
        if (released || exported == null) {
            return;
        }
        int n = exported.count();
        exports = n;
        if (n > 0) {
            throw PyErr.of(PyExc.BufferError, "memoryview has " + n + " exported buffer" + (n == 1 ? "" : "s"));
        }
    }

    @ExposedMethod
    static PyObject __enter__(PyMemoryView self) {
        self.checkReleased();
        return self;
    }

    @ExposedMethod
    static PyObject __exit__(PyMemoryView self, PyObject[] args, String[] kwnames) {
        self.checkExports();
        self.doRelease();
        return PyNone.NONE;
    }

    /** PEP 688: the buffer of a memoryview is a new view of it. */
    @ExposedMethod
    static PyObject __buffer__(PyMemoryView self, PyObject flags) {
        return builtinView(self, bufferFlags(flags));
    }

    @ExposedMethod
    static void __release_buffer__(PyMemoryView self, PyObject view) {
        if (view instanceof PyMemoryView v) {
            v.doRelease();
        }
    }

    /**
     * memoryview._from_flags(object, flags): the buffer of OBJECT asked for with the PyBUF
     * FLAGS (which a PEP 688 class's __buffer__ receives). Compare memoryobject.c:
     * memoryview__from_flags_impl.
     */
    @ExposedMethod(classMethod = true, names = {"object", "flags"})
    static PyObject _from_flags(PyObject cls, PyObject obj, PyObject flags) {
        PyInt fi = Abstract.index(flags);
        if (fi.isBig() || fi.longValue() != (int) fi.longValue()) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        PyMemoryView v = fromObject(obj, (int) fi.longValue());
        if (v == null) {
            throw PyErr.typeError("memoryview: a bytes-like object is required, not '" + obj.type().getName() + "'");
        }
        return v;
    }

    // ---- sequence protocol ----

    @ExposedMethod
    static long __len__(PyMemoryView self) {
        self.checkReleased();
        if (self.ndim() == 0) {
            throw PyErr.typeError("0-dim memory has no length");
        }
        return self.shape[0];
    }

    /** The byte offset of item I on the first dimension. Compare memoryobject.c: lookup_dimension. */
    private int itemAt(PyObject key, int dim) {
        return itemAt(Abstract.asSsize(key, PyExc.IndexError), dim);
    }

    private int itemAt(long i, int dim) {
        checkReleased();
        long n = shape[dim];
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyErr.indexError("index out of bounds on dimension " + (dim + 1));
        }
        return (int) (i * strides[dim]);
    }

    /** The item I (KEY) of dimension DIM from P. Compare memoryobject.c: lookup_dimension. */
    private int lookup(byte[] a, int p, PyObject key, int dim) {
        p += itemAt(key, dim);
        return suboffsets == null ? p : PyBuffer.adjust(a, p, suboffsets, dim);
    }

    /** Compare memoryobject.c: memory_subscript. */
    @ExposedMethod
    static PyObject __getitem__(PyMemoryView self, PyObject key) {
        self.checkReleased();
        if (key instanceof PySlice sl && self.ndim() > 0) {
            // Of an ND view too: the first dimension (memoryobject.c: init_slice on dim 0).
            self.checkRestricted();
            return self.sliceFirst(sl);
        }
        byte[] a = self.mbuf.array();
        if (self.ndim() == 0) {
            if (key == PyEllipsis.ELLIPSIS) {
                return self;
            }
            if (key instanceof PyTuple t && t.size() == 0) {
                return self.unpack(a, self.offset);
            }
            throw PyErr.typeError("invalid indexing of 0-dim memory");
        }
        if (Abstract.hasIndex(key) && !(key instanceof PySlice)) {
            // memory_subscript converts the index, then memory_item checks format and dimensions.
            long i = Abstract.asSsize(key, PyExc.IndexError);
            self.checkReleased();
            self.adjustFmt();
            if (self.ndim() > 1) {
                throw PyErr.of(PyExc.NotImplementedError, "multi-dimensional sub-views are not implemented");
            }
            int p = self.offset + self.itemAt(i, 0);
            return self.unpack(a, self.suboffsets == null ? p : PyBuffer.adjust(a, p, self.suboffsets, 0));
        }
        if (key == PyEllipsis.ELLIPSIS) {
            return self;
        }
        if (key instanceof PyTuple t) {
            return self.tupleKey(t, a, null);
        }
        throw PyErr.typeError("memoryview: invalid slice key");
    }

    /**
     * The view of the items SL selects on the first dimension. The buffer is held while the
     * slice's bounds are computed (their __index__ may release this view): CPython makes the
     * new view first (memory_subscript: mbuf_add_view, then init_slice).
     */
    private PyMemoryView sliceFirst(PySlice sl) {
        mbuf.views++;
        try {
            long[] r = sl.indices(shape[0]);
            int[] shp;
            int[] str;
            if (shape.length == 1) {
                shp = new int[] {(int) r[3]};
                str = new int[] {(int) (strides[0] * r[2])};
            } else {
                shp = shape.clone();
                str = strides.clone();
                shp[0] = (int) r[3];
                str[0] = (int) (strides[0] * r[2]);
            }
            return derive(offset + (int) (r[0] * strides[0]), format, itemsize, shp, str, readonly);
        } finally {
            if (--mbuf.views == 0) {
                mbuf.release();
            }
        }
    }

    /**
     * mv[i, j, ...] on an ND view: one item. A tuple of slices only is not implemented (as
     * in CPython); any other tuple is an invalid key. Compare memoryobject.c: is_multiindex,
     * is_multislice, ptr_from_tuple.
     */
    private PyObject tupleKey(PyTuple t, byte[] a, PyObject setValue) {
        boolean allIndex = true;
        boolean allSlice = true;
        for (PyObject k : t.items) {
            if (k instanceof PySlice) {
                allIndex = false;
            } else {
                allSlice = false;
                if (!Abstract.hasIndex(k)) {
                    allIndex = false;
                }
            }
        }
        if (allIndex) {
            if (t.size() < ndim()) {
                throw PyErr.of(PyExc.NotImplementedError, "sub-views are not implemented");
            }
            if (t.size() > ndim()) {
                throw PyErr.typeError("cannot index " + ndim() + "-dimension view with " + t.size() + "-element tuple");
            }
            int at = offset;
            for (int d = 0; d < t.size(); d++) {
                at = lookup(a, at, t.get(d), d);
            }
            if (setValue != null) {
                pack(a, at, setValue);
                return null;
            }
            return unpack(a, at);
        }
        if (allSlice) {
            throw PyErr.of(PyExc.NotImplementedError, setValue != null
                ? "memoryview slice assignments are currently restricted to ndim = 1"
                : "multi-dimensional slicing is not implemented");
        }
        throw PyErr.typeError("memoryview: invalid slice key");
    }

    /** Compare memoryobject.c: memory_ass_sub. */
    @ExposedMethod
    static void __setitem__(PyMemoryView self, PyObject key, PyObject value) {
        self.checkReleased();
        self.adjustFmt();
        if (self.readonly) {
            throw PyErr.typeError("cannot modify read-only memory");
        }
        if (value == null) {
            throw PyErr.typeError("cannot delete memory");
        }
        self.fmtChar();
        byte[] a = self.mbuf.array();
        setItemInto(self, a, key, value);
        self.mbuf.written(a);
    }

    private static void setItemInto(PyMemoryView self, byte[] a, PyObject key, PyObject value) {
        if (self.ndim() == 0) {
            if (key == PyEllipsis.ELLIPSIS || key instanceof PyTuple t && t.size() == 0) {
                self.pack(a, self.offset, value);
                return;
            }
            throw PyErr.typeError("invalid indexing of 0-dim memory");
        }
        if (Abstract.hasIndex(key) && !(key instanceof PySlice)) {
            if (self.ndim() > 1) {
                throw PyErr.of(PyExc.NotImplementedError, "sub-views are not implemented");
            }
            self.pack(a, self.lookup(a, self.offset, key, 0), value);
            return;
        }
        if (key instanceof PySlice sl && self.ndim() == 1) {
            // Compare memory_ass_sub's 1-D slice path and copy_single: the source's buffer
            // first, then the slice, then the checks (the slice's __index__ may release SELF).
            PyMemoryView src = fromObject(value);
            if (src == null) {
                throw PyErr.typeError("a bytes-like object is required, not '" + value.type().getName() + "'");
            }
            try {
                PyMemoryView dest = self.sliceFirst(sl);
                try {
                    self.checkReleased();
                    if (!equivFormat(dest, src) || !java.util.Arrays.equals(dest.shape, src.shape)) {
                        throw PyErr.valueError("memoryview assignment: lvalue and rvalue have different structures");
                    }
                    // Copy through a temporary: source and destination may overlap.
                    byte[] tmp = src.toBytes();
                    for (int i = 0; i < dest.shape[0]; i++) {
                        int p = dest.offset + i * dest.strides[0];
                        p = dest.suboffsets == null ? p : PyBuffer.adjust(a, p, dest.suboffsets, 0);
                        System.arraycopy(tmp, i * dest.itemsize, a, p, dest.itemsize);
                    }
                } finally {
                    dest.doRelease();
                }
            } finally {
                src.doRelease();
            }
            return;
        }
        if (key instanceof PySlice) {
            throw PyErr.of(PyExc.NotImplementedError, "memoryview slice assignments are currently restricted "
                + "to ndim = 1");
        }
        if (key instanceof PyTuple t) {
            self.tupleKey(t, a, value);
            return;
        }
        throw PyErr.typeError("memoryview: invalid slice key");
    }

    @ExposedMethod
    static void __delitem__(PyMemoryView self, PyObject key) {
        self.checkReleased();
        if (self.readonly) {
            throw PyErr.typeError("cannot modify read-only memory");
        }
        throw PyErr.typeError("cannot delete memory");
    }

    private static String bareFormat(String f) {
        return f.startsWith("@") ? f.substring(1) : f;
    }

    private static boolean equivFormat(PyMemoryView x, PyMemoryView y) {
        return bareFormat(x.format).equals(bareFormat(y.format)) && x.itemsize == y.itemsize;
    }

    @ExposedMethod
    static PyObject __iter__(PyMemoryView self) {
        self.checkReleased();
        if (self.ndim() == 0) {
            throw PyErr.typeError("invalid indexing of 0-dim memory");
        }
        if (self.ndim() > 1) {
            throw PyErr.of(PyExc.NotImplementedError, "multi-dimensional sub-views are not implemented");
        }
        self.fmtChar();
        return new Iter(self);
    }

    /** memory_iterator. */
    static final class Iter implements PyObject, PyIterator {
        static final PyType TYPE = PyType.builtin("memory_iterator", Iter.class, Iter.class).notSubclassable();
        private final PyMemoryView view;
        private int i;

        Iter(PyMemoryView view) {
            this.view = view;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            if (view.released || view.mbuf.released || i >= view.shape[0]) {
                return null;
            }
            byte[] a = view.mbuf.array();
            int p = view.offset + view.strides[0] * i++;
            return view.unpack(a, view.suboffsets == null ? p : PyBuffer.adjust(a, p, view.suboffsets, 0));
        }

        @ExposedMethod
        static PyObject __iter__(Iter self) {
            return self;
        }

        @ExposedMethod
        static PyObject __next__(Iter self) {
            PyObject v = self.next();
            if (v == null) {
                throw PyErr.stopIteration(null);
            }
            return v;
        }
    }

    // ---- comparison, hash, repr ----

    /** Compare memoryobject.c: memory_richcompare (equality of the unpacked items). */
    private static PyObject equal(PyMemoryView self, PyObject other) {
        // A released view equals only itself; a live one is compared item by item, even
        // with itself (a NaN item makes it unequal).
        if (other instanceof PyMemoryView o && (o.released || o.mbuf.released)) {
            return PyBool.of(self == other);
        }
        if (self.released || self.mbuf.released) {
            return PyBool.of(self == other);
        }
        PyBuffer w;
        if (other instanceof PyMemoryView o) {
            w = o.asBuffer();
        } else {
            try {
                w = PyBuffer.get(other, PyBuffer.FULL_RO);
            } catch (PyBaseException e) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
        }
        try {
            PyBuffer v = self.asBuffer();
            if (!equivShape(v, w)) {
                return PyBool.FALSE;
            }
            String wformat = w.format == null ? "B" : w.format;
            char vc = self.code;
            char wc = codeOf(wformat);
            if (vc != 0 && vc == wc && isByteFormat(vc) && self.suboffsets == null && w.suboffsets == null
                && self.cContiguous() && w.isContiguous('C')) {
                return PyBool.of(java.util.Arrays.equals(v.mem, v.buf, v.buf + v.len, w.mem, w.buf, w.buf + w.len));
            }
            PyObject uv = null;
            PyObject uw = null;
            if (vc == 0 || wc == 0 || vc != wc) {
                try {
                    uv = structUnpacker(self.format);
                    uw = structUnpacker(wformat);
                } catch (PyBaseException e) {
                    if (e.type().isSubtypeOf(PyExc.ImportError) || e.type().isSubtypeOf(PyExc.MemoryError)) {
                        throw e;
                    }
                    return PyBool.FALSE;
                }
            }
            if (v.ndim == 0) {
                return PyBool.of(itemEqual(self, v.mem, v.buf, uv, w, w.buf, uw));
            }
            return PyBool.of(cmpRec(self, 0, v.mem, v.buf, v.fullStrides(), v.suboffsets, uv,
                w, w.buf, w.fullStrides(), w.suboffsets, uw, v.fullShape()));
        } finally {
            if (!(other instanceof PyMemoryView)) {
                w.release();
            }
        }
    }

    /** Compare memoryobject.c: equiv_shape (shapes equal up to a first zero). */
    private static boolean equivShape(PyBuffer v, PyBuffer w) {
        if (v.ndim != w.ndim) {
            return false;
        }
        int[] a = v.fullShape();
        int[] b = w.fullShape();
        for (int i = 0; i < v.ndim; i++) {
            if (a[i] != b[i]) {
                return false;
            }
            if (a[i] == 0) {
                break;
            }
        }
        return true;
    }

    /** Compare memoryobject.c: cmp_rec/cmp_base. */
    private static boolean cmpRec(PyMemoryView self, int dim, byte[] pa, int p, int[] ps, int[] psub, PyObject uv,
                                  PyBuffer w, int q, int[] qs, int[] qsub, PyObject uw, int[] shape) {
        byte[] qa = w.mem;
        boolean last = dim == shape.length - 1;
        for (int i = 0; i < shape[dim]; i++, p += ps[dim], q += qs[dim]) {
            int xp = PyBuffer.adjust(pa, p, psub, dim);
            int xq = PyBuffer.adjust(qa, q, qsub, dim);
            boolean eq = last ? itemEqual(self, pa, xp, uv, w, xq, uw)
                : cmpRec(self, dim + 1, pa, xp, ps, psub, uv, w, xq, qs, qsub, uw, shape);
            if (!eq) {
                return false;
            }
        }
        return true;
    }

    /** Compare memoryobject.c: unpack_cmp (the struct module's unpackers UV, UW when given). */
    private static boolean itemEqual(PyMemoryView self, byte[] pa, int p, PyObject uv, PyBuffer w, int q,
                                     PyObject uw) {
        if (uv != null) {
            PyObject x = structItem(uv, pa, p, self.itemsize);
            PyObject y = structItem(uw, w.mem, q, w.itemsize);
            return Ops.eqBool(x, y);
        }
        return Ops.eqBool(self.unpack(pa, p), self.unpack(w.mem, q));
    }

    /** struct.Struct(FMT).unpack_from. */
    private static PyObject structUnpacker(String fmt) {
        PyObject struct = Abstract.call(PyRuntime.builtins.getStr("__import__"), PyStr.of("struct"));
        PyObject so = Abstract.call(Abstract.getAttr(struct, "Struct"),
            new PyBytes(fmt.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        return Abstract.getAttr(so, "unpack_from");
    }

    private static PyObject structItem(PyObject unpackFrom, byte[] a, int at, int size) {
        PyObject r = Abstract.call(unpackFrom, new PyBytes(java.util.Arrays.copyOfRange(a, at, at + size)));
        return r instanceof PyTuple t && t.size() == 1 ? t.get(0) : r;
    }

    @ExposedMethod
    static PyObject __eq__(PyMemoryView self, PyObject other) {
        return equal(self, other);
    }

    @ExposedMethod
    static PyObject __ne__(PyMemoryView self, PyObject other) {
        PyObject r = equal(self, other);
        return r instanceof PyBool b ? PyBool.of(b != PyBool.TRUE) : r;
    }

    /** Compare memoryobject.c: memory_hash. */
    @ExposedMethod
    static long __hash__(PyMemoryView self) {
        if (self.hash == -1) {
            self.checkReleased();
            if (!self.readonly) {
                throw PyErr.valueError("cannot hash writable memoryview object");
            }
            if (!isByteFormat(self.code)) {
                throw PyErr.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            if (self.mbuf.obj != PyNone.NONE && !(self.mbuf.obj instanceof BufferWrapper)) {
                Abstract.hash(self.mbuf.obj);
            }
            self.hash = Hashing.hashBytes(self.toBytes());
        }
        return self.hash;
    }

    @ExposedMethod
    static String __repr__(PyMemoryView self) {
        return (self.released || self.mbuf.released ? "<released memory at 0x" : "<memory at 0x")
            + Abstract.idHex(self) + ">";
    }

    // ---- attributes ----

    /** The exporter whose memory this view reads (ctypes' from_buffer finds an mmap's native mapping by it). */
    public PyObject storage() {
        return mbuf.storage;
    }

    /** Where this view starts in its exporter's bytes. */
    public int byteOffset() {
        return offset;
    }

    /** The dimensions memory_alloc made room for (a cast to 0-d keeps the room of one). */
    int allocatedDims() {
        return ndim() == 0 && castZeroDim ? 1 : ndim();
    }

    @ExposedGetter
    static PyObject obj(PyMemoryView self) {
        self.checkReleased();
        return self.mbuf.obj;
    }

    @ExposedGetter
    static PyObject nbytes(PyMemoryView self) {
        self.checkReleased();
        return PyInt.of(self.nitems() * self.itemsize);
    }

    @ExposedGetter
    static PyObject readonly(PyMemoryView self) {
        self.checkReleased();
        return PyBool.of(self.readonly);
    }

    @ExposedGetter
    static PyObject itemsize(PyMemoryView self) {
        self.checkReleased();
        return PyInt.of(self.itemsize);
    }

    @ExposedGetter
    static PyObject format(PyMemoryView self) {
        self.checkReleased();
        return PyStr.of(self.format);
    }

    @ExposedGetter
    static PyObject ndim(PyMemoryView self) {
        self.checkReleased();
        return PyInt.of(self.ndim());
    }

    private static PyObject intTuple(int[] v) {
        PyObject[] items = new PyObject[v.length];
        for (int i = 0; i < v.length; i++) {
            items[i] = PyInt.of(v[i]);
        }
        return PyTuple.of(items);
    }

    @ExposedGetter
    static PyObject shape(PyMemoryView self) {
        self.checkReleased();
        return intTuple(self.shape);
    }

    @ExposedGetter
    static PyObject strides(PyMemoryView self) {
        self.checkReleased();
        return intTuple(self.strides);
    }

    @ExposedGetter
    static PyObject suboffsets(PyMemoryView self) {
        self.checkReleased();
        return self.suboffsets == null ? PyTuple.EMPTY : intTuple(self.suboffsets);
    }

    @ExposedGetter
    static PyObject c_contiguous(PyMemoryView self) {
        self.checkReleased();
        return PyBool.of(self.cContiguous());
    }

    @ExposedGetter
    static PyObject f_contiguous(PyMemoryView self) {
        self.checkReleased();
        return PyBool.of(self.fContiguous());
    }

    @ExposedGetter
    static PyObject contiguous(PyMemoryView self) {
        self.checkReleased();
        return PyBool.of(self.cContiguous() || self.fContiguous());
    }

    /**
     * The buffers a bytearray has exported (see {@link PyByteArray#checkResize}). CPython
     * releases a view when its last reference goes; without reference counts, a view
     * nobody can reach any more only shows as such after a collection, so the views are
     * held weakly and one collection is asked for before refusing a resize (only on that
     * rare path: a size change while views were made and not released).
     */
    public static final class Exports {
        private final java.util.ArrayList<Managed> live = new java.util.ArrayList<>();

        void add(Managed m) {
            live.removeIf(x -> !x.inUse());
            live.add(m);
        }

        void remove(Managed m) {
            live.remove(m);
        }

        /**
         * How many acquisitions of the buffer are still in use: as {@link #busy}, views nobody
         * can reach any more only show as such after a collection, so one is asked for.
         */
        public int count() {
            live.removeIf(x -> !x.inUse());
            if (!live.isEmpty()) {
                System.gc();
                live.removeIf(x -> !x.inUse());
            }
            return live.size();
        }

        /** Whether a view may still use the buffer (asks for one collection before saying yes). */
        public boolean busy() {
            live.removeIf(x -> !x.inUse());
            if (live.isEmpty()) {
                return false;
            }
            System.gc();
            live.removeIf(x -> !x.inUse());
            return !live.isEmpty();
        }
    }
}
