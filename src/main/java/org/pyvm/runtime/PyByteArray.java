package org.pyvm.runtime;

import java.util.Arrays;

/** Python {@code bytearray}: mutable bytes. Compare CPython Objects/bytearrayobject.c. */
public class PyByteArray implements PyObject {

    public static final PyType TYPE = PyType.builtin("bytearray", PyByteArray.class, BytesMethods.class)
        .alsoExposedBy(PyByteArray.class);

    /**
     * The storage: the first {@code size} bytes are the content. Appending (append,
     * extend, +=, __init__ from an iterable) over-allocates as CPython's
     * PyByteArray_Resize does, so that a loop of appends is linear; every other operation
     * works on an exact-length array ({@link #bytes()} trims the storage to the content
     * first, and callers may keep and write into the array it returns).
     */
    private byte[] buf;
    private int size;
    /**
     * The storage of a bytearray that never held anything (CPython: ob_alloc 0, no
     * buffer); an emptied one gets an empty array of its own (CPython keeps one byte).
     */
    private static final byte[] UNALLOCATED = new byte[0];
    /** Live memoryview buffers of this bytearray (null: never exported). */
    private PyMemoryView.Exports exports;
    /** Buffer exports held by a method of this bytearray while it runs (join holds its separator). */
    int heldExports;

    /** bytearray, or the Python subclass of bytearray the object belongs to. */
    private PyType type = TYPE;

    public PyByteArray(byte[] data) {
        this.buf = data.length == 0 ? UNALLOCATED : data;
        this.size = data.length;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** An instance of a Python subclass of bytearray: with an attribute dict. */
    static final class Subclass extends PyByteArray implements HasDict, Finalization.Watched {

        private PyDict dict;

        Subclass(PyType type) {
            super(UNALLOCATED);
            super.type = type;
            if (Finalization.wanted(type)) {
                finalizer = Finalization.watchInstance(this);
            }
        }

        /** Runs __del__ once this is unreachable, when the class has one (Finalization). */
        Finalization.Trigger finalizer;

        @Override
        public Finalization.Trigger trigger() {
            return finalizer;
        }

        @Override
        public PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }

        @Override
        public boolean setType(PyType t) {
            super.type = t;
            return true;
        }
    }

    /** The content as the live storage, trimmed to its length first (no spare capacity left). */
    public byte[] bytes() {
        if (buf.length != size) {
            buf = Arrays.copyOf(buf, size);
        }
        return buf;
    }

    /** The number of bytes of content. */
    public int size() {
        return size;
    }

    /** The byte at I (0 <= I < size()), read without trimming the storage. */
    int byteAt(int i) {
        return buf[i] & 0xff;
    }

    /** Replaces the content by DATA (which becomes the storage). */
    private void set(byte[] data) {
        if (data.length == 0 && size == 0) {
            return; // as PyByteArray_Resize to the same size: the allocation stays
        }
        buf = data;
        size = data.length;
    }

    /**
     * Makes room for N more bytes at the end, growing the storage as CPython's
     * PyByteArray_Resize would for a size of size + N: by an eighth and a few bytes for a
     * moderate growth, to the exact size for a large one. CPython counts a trailing NUL
     * in its allocation, pyvm's storage keeps none, hence the one byte less.
     */
    private void reserve(int n) {
        long want = (long) size + n;
        checkResize(want);
        if (want <= buf.length) {
            return;
        }
        if (want > Integer.MAX_VALUE - 16) {
            throw PyErr.memoryError();
        }
        long alloc = buf == UNALLOCATED ? 0 : buf.length + 1L;
        long newAlloc = want <= alloc * 1.125 ? want + (want >> 3) + (want < 9 ? 3 : 6) : want + 1;
        buf = Arrays.copyOf(buf, (int) Math.min(Integer.MAX_VALUE - 16, newAlloc - 1));
    }

    /**
     * __alloc__(): the bytes allocated for the content, counted as CPython does (with the
     * trailing NUL CPython keeps after the content; 0 for a bytearray that never held any).
     * Compare bytearrayobject.c: bytearray_alloc.
     */
    @ExposedMethod
    static long __alloc__(PyByteArray self) {
        return self.buf == UNALLOCATED ? 0 : self.buf.length + 1L;
    }

    /** The bytes of a bytes-like object (bytes, bytearray, any buffer: a copy for those), or null. */
    public static byte[] bytesOf(PyObject o) {
        return o instanceof PyBytes b ? b.value : o instanceof PyByteArray a ? a.bytes()
            : o instanceof PyMemoryView || o instanceof BufferExporter || o instanceof ViewExporter
                || o instanceof BufferProvider || o.type().isHeapType()
                ? PyMemoryView.contiguousBytes(o) : null;
    }

    void addExport(PyMemoryView.Managed m) {
        if (exports == null) {
            exports = new PyMemoryView.Exports();
        }
        exports.add(m);
    }

    void removeExport(PyMemoryView.Managed m) {
        if (exports != null) {
            exports.remove(m);
        }
    }

    /** A change of size is refused while a view uses the buffer. Compare bytearrayobject.c: _canresize. */
    private void checkResize(long newLength) {
        if (newLength != size && (heldExports > 0 || exports != null && exports.busy())) {
            throw PyErr.of(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
        }
    }

    private static byte byteValue(PyObject o) {
        java.math.BigInteger v = Abstract.index(o).bigValue();
        if (v.signum() < 0 || v.bitLength() > 8) {
            throw PyErr.valueError("byte must be in range(0, 256)");
        }
        return (byte) v.intValue();
    }

    private static byte[] iterableBytes(PyObject o) {
        byte[] b = bytesOf(o);
        if (b != null) {
            return b.clone();
        }
        if (o instanceof PyInt || o instanceof PyStr) {
            throw PyErr.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        PyObject[] items = Abstract.toArray(o);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = byteValue(items[i]);
        }
        return out;
    }

    /** An empty bytearray; __init__ fills it. Compare bytearrayobject.c: bytearray_new (PyType_GenericNew). */
    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return cls == TYPE ? new PyByteArray(UNALLOCATED) : new Subclass(cls);
    }

    /** Compare bytearrayobject.c: bytearray___init___impl (no __bytes__, unlike bytes()). */
    @ExposedMethod(min = 0, names = {"source", "encoding", "errors"})
    static void __init__(PyByteArray self, PyObject src, PyObject encoding, PyObject errors) {
        if (src != null && encoding == null && errors == null && !(src instanceof PyStr)
                && !Abstract.hasIndex(src) && bytesOf(src) == null
                && (src.type().slot(Slot.ITER) != null || src.type().slot(Slot.GETITEM) != null)) {
            // An iterable of ints: the bytearray is emptied, then grows by one byte per item,
            // so that the iterator sees it filling (and an error midway leaves what was read).
            if (self.size != 0) {
                self.checkResize(0);
                self.set(new byte[0]);
            }
            if (src.type() == PyList.TYPE || src.type() == PyTuple.TYPE) {
                // A list or tuple: sized once, then filled (an error leaves the rest zero).
                PyObject[] items = Abstract.toArray(src);
                self.reserve(items.length);
                self.size = items.length;
                for (int i = 0; i < items.length; i++) {
                    self.buf[i] = byteValue(items[i]);
                }
                return;
            }
            PyObject it = Abstract.iter(src);
            for (PyObject item; (item = Abstract.next(it)) != null; ) {
                byte b = byteValue(item);
                self.reserve(1);
                self.buf[self.size++] = b;
            }
            return;
        }
        byte[] b = initialBytes(src, encoding, errors);
        self.checkResize(b.length);
        self.set(b);
    }

    private static byte[] initialBytes(PyObject src, PyObject encoding, PyObject errors) {
        if (src == null) {
            if (encoding != null || errors != null) {
                throw PyErr.typeError(encoding != null ? "encoding without a string argument"
                    : "errors without a string argument");
            }
            return new byte[0];
        }
        if (src instanceof PyStr) {
            PyBytes b = (PyBytes) PyBytes.__new__(PyBytes.TYPE, src, encoding, errors);
            return b.value.clone();
        }
        if (encoding != null) {
            throw PyErr.typeError("encoding without a string argument");
        }
        if (errors != null) {
            throw PyErr.typeError("errors without a string argument");
        }
        if (Abstract.hasIndex(src)) {
            // An __index__ raising TypeError falls through. Compare bytearray___init___impl.
            try {
                return new byte[PyBytes.count(src)];
            } catch (PyBaseException e) {
                if (!e.matches(PyExc.TypeError)) {
                    throw e;
                }
            }
        }
        byte[] buf = bytesOf(src);
        if (buf != null) {
            return buf.clone();
        }
        if (src.type().slot(Slot.ITER) == null && src.type().slot(Slot.GETITEM) == null) {
            throw PyErr.typeError("cannot convert '" + src.type().getName() + "' object to bytearray");
        }
        PyObject[] items = Abstract.toArray(src);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = byteValue(items[i]);
        }
        return out;
    }

    /**
     * (type, (latin-1 str, 'latin-1') or (bytes,), state): the text form below protocol 3,
     * as Python 2 read it. Compare bytearrayobject.c: _common_reduce.
     */
    private static PyObject commonReduce(PyByteArray self, long proto) {
        PyObject state = Abstract.call(Abstract.getAttr(self, "__getstate__"));
        byte[] b = java.util.Arrays.copyOf(self.bytes(), (int) Abstract.len(self));
        if (b.length == 0) {
            return PyTuple.of(self.type(), PyTuple.EMPTY, state);
        }
        if (proto < 3) {
            return PyTuple.of(self.type(), PyTuple.of(PyStr.of(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1)),
                PyStr.of("latin-1")), state);
        }
        return PyTuple.of(self.type(), PyTuple.of(new PyBytes(b)), state);
    }

    @ExposedMethod
    static PyObject __reduce__(PyByteArray self) {
        return commonReduce(self, 2);
    }

    @ExposedMethod(min = 0)
    static PyObject __reduce_ex__(PyByteArray self, PyObject proto) {
        return commonReduce(self, proto == null ? 0 : Abstract.index(proto).longValue());
    }

    /** PEP 688: bytearray exports a writable buffer (and locks its size while exported). */
    @ExposedMethod
    static PyObject __buffer__(PyByteArray self, PyObject flags) {
        return PyMemoryView.builtinView(self, PyMemoryView.bufferFlags(flags));
    }

    @ExposedMethod
    static void __release_buffer__(PyByteArray self, PyObject view) {
        PyMemoryView.releaseBufferOf(self, view);
    }

    @ExposedMethod
    static String __repr__(PyByteArray self) {
        // The class's own name for a subclass, as bytearray_repr (_PyType_Name) does.
        return self.type().getName() + "(" + PyBytes.repr(self.bytes()) + ")";
    }

    @ExposedMethod
    static long __len__(PyByteArray self) {
        return self.size;
    }

    @ExposedMethod
    static PyObject __getitem__(PyByteArray self, PyObject key) {
        if (key instanceof PySlice sl) {
            return new PyByteArray(((PyBytes) PyBytes.__getitem__(new PyBytes(self.bytes()), sl)).value);
        }
        return PyInt.of(self.buf[Sequences.index(key, self.size, "bytearray")] & 0xff);
    }

    @ExposedMethod
    static void __setitem__(PyByteArray self, PyObject key, PyObject v) {
        if (key instanceof PySlice sl) {
            byte[] nv = iterableBytes(v);
            long[] r = sl.indices(() -> self.size());
            if (r[2] == 1) {
                int start = (int) r[0];
                int stop = Math.max(start, (int) r[1]);
                self.checkResize(self.bytes().length - (stop - start) + nv.length);
                byte[] out = new byte[self.bytes().length - (stop - start) + nv.length];
                System.arraycopy(self.bytes(), 0, out, 0, start);
                System.arraycopy(nv, 0, out, start, nv.length);
                System.arraycopy(self.bytes(), stop, out, start + nv.length, self.bytes().length - stop);
                self.set(out);
                return;
            }
            if (nv.length == 0) {
                // Assigning nothing to an extended slice deletes it (bytearray only).
                // Compare bytearrayobject.c: bytearray_ass_subscript.
                __delitem__(self, sl);
                return;
            }
            if (nv.length != r[3]) {
                throw PyErr.valueError("attempt to assign bytes of size " + nv.length + " to extended slice of size " + r[3]);
            }
            for (int k = 0; k < nv.length; k++) {
                self.bytes()[(int) (r[0] + k * r[2])] = nv[k];
            }
            return;
        }
        // The value first: its __index__ may resize the bytearray. Compare
        // bytearrayobject.c: bytearray_ass_subscript.
        if (!Abstract.hasIndex(key)) {
            throw PyErr.typeError("bytearray indices must be integers or slices, not " + key.type().getName());
        }
        PyInt k = Abstract.index(key);
        byte bv = byteValue(v);
        self.buf[Sequences.index(k, self.size, "bytearray")] = bv;
    }

    @ExposedMethod
    static void __delitem__(PyByteArray self, PyObject key) {
        PyList l = new PyList(toList(self));
        ListMethods.__delitem__(l, key);
        self.checkResize(l.size());
        self.set(fromList(l));
    }

    private static PyObject[] toList(PyByteArray self) {
        PyObject[] out = new PyObject[self.bytes().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = PyInt.of(self.bytes()[i] & 0xff);
        }
        return out;
    }

    private static byte[] fromList(PyList l) {
        byte[] out = new byte[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((PyInt) l.get(i)).value;
        }
        return out;
    }

    @ExposedMethod
    static PyObject __iter__(PyByteArray self) {
        return new PySeqIter(self, PySeqIter.BYTEARRAY_ITER);
    }

    @ExposedMethod
    static boolean __contains__(PyByteArray self, PyObject o) {
        return PyBytes.__contains__(new PyBytes(self.bytes()), o);
    }

    @ExposedMethod
    static PyObject __eq__(PyByteArray self, PyObject o) {
        byte[] b = bytesOf(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : PyBool.of(Arrays.equals(self.bytes(), b));
    }

    @ExposedMethod
    static PyObject __ne__(PyByteArray self, PyObject o) {
        byte[] b = bytesOf(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : PyBool.of(!Arrays.equals(self.bytes(), b));
    }

    /**
     * Order against any object with the buffer protocol (bytes answers NotImplemented for
     * a bytearray, so bytes < bytearray lands here reflected).
     * Compare bytearrayobject.c: bytearray_richcompare.
     */
    @ExposedMethod
    static PyObject __lt__(PyByteArray self, PyObject o) {
        byte[] b = bytesOf(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : PyBool.of(Arrays.compareUnsigned(self.bytes(), b) < 0);
    }

    @ExposedMethod
    static PyObject __le__(PyByteArray self, PyObject o) {
        byte[] b = bytesOf(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : PyBool.of(Arrays.compareUnsigned(self.bytes(), b) <= 0);
    }

    @ExposedMethod
    static PyObject __gt__(PyByteArray self, PyObject o) {
        byte[] b = bytesOf(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : PyBool.of(Arrays.compareUnsigned(self.bytes(), b) > 0);
    }

    @ExposedMethod
    static PyObject __ge__(PyByteArray self, PyObject o) {
        byte[] b = bytesOf(o);
        return b == null ? PyNotImplemented.NOT_IMPLEMENTED : PyBool.of(Arrays.compareUnsigned(self.bytes(), b) >= 0);
    }

    @ExposedMethod
    static PyObject __add__(PyByteArray self, PyObject o) {
        byte[] b = bytesOf(o);
        if (b == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        byte[] out = Arrays.copyOf(self.bytes(), self.bytes().length + b.length);
        System.arraycopy(b, 0, out, self.bytes().length, b.length);
        return new PyByteArray(out);
    }

    @ExposedMethod
    static PyObject __iadd__(PyByteArray self, PyObject o) {
        // Only a buffer concatenates (bytearray_iconcat); anything else falls back to + and its
        // reflected operand, then "can't concat".
        if (bytesOf(o) == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        extend(self, o);
        return self;
    }

    @ExposedMethod
    static PyObject __mul__(PyByteArray self, PyObject n) {
        return new PyByteArray(PyBytes.repeat(self.bytes(), n, true));
    }

    @ExposedMethod
    static PyObject __rmul__(PyByteArray self, PyObject n) {
        return __mul__(self, n);
    }

    @ExposedMethod
    static PyObject __imul__(PyByteArray self, PyObject n) {
        PyObject r = __mul__(self, n);
        if (r instanceof PyByteArray b) {
            self.checkResize(b.size);
            self.set(b.bytes());
            return self;
        }
        return r;
    }

    /** bytearray % args. Compare bytearrayobject.c: bytearray_mod. */
    @ExposedMethod
    static PyObject __mod__(PyByteArray self, PyObject args) {
        return new PyByteArray(Formatter.percentBytes(self.bytes(), args));
    }

    @ExposedMethod
    static void append(PyByteArray self, PyObject v) {
        byte b = byteValue(v);
        self.reserve(1);
        self.buf[self.size++] = b;
    }

    @ExposedMethod
    static void extend(PyByteArray self, PyObject v) {
        byte[] b = iterableBytes(v);
        self.reserve(b.length);
        System.arraycopy(b, 0, self.buf, self.size, b.length);
        self.size += b.length;
    }

    @ExposedMethod
    static void insert(PyByteArray self, PyObject index, PyObject v) {
        PyList l = new PyList(toList(self));
        ListMethods.insert(l, index, PyInt.of(byteValue(v) & 0xff));
        self.checkResize(l.size());
        self.set(fromList(l));
    }

    @ExposedMethod(min = 0)
    static PyObject pop(PyByteArray self, PyObject index) {
        if (self.size == 0) {
            throw PyErr.indexError("pop from empty bytearray");
        }
        PyList l = new PyList(toList(self));
        PyObject r = ListMethods.pop(l, index);
        self.checkResize(l.size());
        self.set(fromList(l));
        return r;
    }

    @ExposedMethod
    static void remove(PyByteArray self, PyObject v) {
        byte b = byteValue(v);
        for (int i = 0; i < self.bytes().length; i++) {
            if (self.bytes()[i] == b) {
                byte[] out = new byte[self.bytes().length - 1];
                System.arraycopy(self.bytes(), 0, out, 0, i);
                System.arraycopy(self.bytes(), i + 1, out, i, self.bytes().length - i - 1);
                self.checkResize(out.length);
                self.set(out);
                return;
            }
        }
        throw PyErr.valueError("value not found in bytearray");
    }

    @ExposedMethod
    static void reverse(PyByteArray self) {
        byte[] d = self.buf;
        for (int i = 0, j = self.size - 1; i < j; i++, j--) {
            byte t = d[i];
            d[i] = d[j];
            d[j] = t;
        }
    }

    @ExposedMethod
    static void clear(PyByteArray self) {
        self.checkResize(0);
        self.set(new byte[0]);
    }

    @ExposedMethod
    static PyObject copy(PyByteArray self) {
        return new PyByteArray(self.bytes().clone());
    }

    @ExposedMethod(min = 0, names = {"sep", "bytes_per_sep"})
    static String hex(PyByteArray self, PyObject sep, PyObject perSep) {
        return PyBytes.hex(self.bytes(), sep, perSep);
    }

    /** Only for a bytearray on the left. Compare bytearrayobject.c: bytearray_mod. */
    @ExposedMethod
    static PyObject __rmod__(PyByteArray self, PyObject o) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod(min = 0, names = {"encoding", "errors"})
    static String decode(PyByteArray self, PyObject encoding, PyObject errors) {
        return PyBytes.decode(new PyBytes(self.bytes()), encoding, errors);
    }
}
