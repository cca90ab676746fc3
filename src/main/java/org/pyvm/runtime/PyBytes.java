package org.pyvm.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Python {@code bytes} (immutable). Compare CPython Objects/bytesobject.c. */
public class PyBytes implements PyObject {

    public static final PyType TYPE = PyType.builtin("bytes", PyBytes.class, PyBytes.class).alsoExposedBy(BytesMethods.class);

    final byte[] value;

    /** b'': one object, as CPython's empty bytes singleton (b'' is bytes() is b'x'[1:]). */
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    public PyBytes(byte[] value) {
        this.value = value;
        if (Tracemalloc.tracing) {
            Tracemalloc.allocated(this, SIZEOF_EMPTY + value.length);
        }
    }

    /** sys.getsizeof(b''): CPython's PyBytesObject header and its trailing NUL (what tracemalloc counts). */
    static final long SIZEOF_EMPTY = 33;

    /** Exact bytes holding V (not copied): the empty singleton when V is empty. */
    public static PyBytes of(byte[] v) {
        return v.length == 0 ? EMPTY : new PyBytes(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** (bytes(self),): what pickle and copy call the class with. Compare bytes___getnewargs___impl. */
    @ExposedMethod
    static PyObject __getnewargs__(PyBytes self) {
        return PyTuple.of(new PyBytes(self.value));
    }

    public byte[] bytes() {
        return value;
    }

    String decodeLatin1() {
        return new String(value, StandardCharsets.ISO_8859_1);
    }

    /** bytes.decode and str(bytes, encoding, errors), through the codec machinery (runtime.codecs). */
    String decode(String enc, String errors) {
        return org.pyvm.runtime.codecs.CodecRegistry.decode(value, enc, errors).value();
    }

    /** str.encode and bytes(str, encoding, errors), through the codec machinery (runtime.codecs). */
    static PyBytes encode(PyStr s, String enc, String errors) {
        return org.pyvm.runtime.codecs.CodecRegistry.encode(s, enc, errors);
    }

    /** An encoding/errors argument: a str, or CPython's "F() argument 'NAME' must be str, not T". */
    static String strArg(PyObject o, String fn, String name) {
        if (o instanceof PyStr p) {
            return p.value();
        }
        throw PyErr.typeError(fn + "() argument '" + name + "' must be str, not " + o.type().getName());
    }

    /** repr of bytes. Compare bytesobject.c: PyBytes_Repr (via runtime.text.StrRepr.bytesRepr). */
    public static String repr(byte[] v) {
        return org.pyvm.runtime.text.StrRepr.bytesRepr(v);
    }

    @ExposedMethod(min = 0, names = {"source", "encoding", "errors"})
    public static PyObject __new__(PyType cls, PyObject src, PyObject encoding, PyObject errors) {
        PyObject r = make(src, encoding, errors);
        // An instance of a Python subclass holds the bytes made as for bytes itself.
        // Compare bytesobject.c: bytes_subtype_new.
        return cls == TYPE ? r : new PyBytesSubclass(cls, ((PyBytes) r).value);
    }

    private static PyObject make(PyObject src, PyObject encoding, PyObject errors) {
        // Compare bytesobject.c: bytes_new_impl (an encoding first, then __bytes__, even of
        // a str subclass, before the str, int and buffer cases).
        if (src == null || encoding != null || errors != null) {
            if (src instanceof PyStr s && encoding != null) {
                return encode(s, strArg(encoding, "bytes", "encoding"), errors == null ? "strict" : strArg(errors, "bytes", "errors"));
            }
            if (src instanceof PyStr) {
                throw PyErr.typeError("string argument without an encoding");
            }
            if (encoding != null || errors != null) {
                throw PyErr.typeError(encoding != null ? "encoding without a string argument"
                    : "errors without a string argument");
            }
            return EMPTY;
        }
        PyObject conv = src.type() == TYPE ? null : src.type().lookup("__bytes__");
        if (conv != null) {
            PyObject r = Abstract.callDescr(conv, src);
            if (!(r instanceof PyBytes)) {
                throw PyErr.typeError("__bytes__ returned non-bytes (type " + r.type().getName() + ")");
            }
            return r;
        }
        if (src instanceof PyStr) {
            throw PyErr.typeError("string argument without an encoding");
        }
        if (Abstract.hasIndex(src)) {
            // An __index__ that raises TypeError falls through to the buffer and iterable
            // cases (a bytes subclass may define one). Compare bytes_new_impl.
            try {
                return of(new byte[count(src)]);
            } catch (PyBaseException e) {
                if (!e.matches(PyExc.TypeError)) {
                    throw e;
                }
            }
        }
        if (src instanceof PyBytes b) {
            return b;
        }
        if (src instanceof PyByteArray ba && !PyMemoryView.hasPythonBuffer(src)) {
            return of(ba.bytes().clone());
        }
        byte[] buf = src instanceof PyMemoryView || src instanceof BufferExporter || src instanceof ViewExporter
            || src instanceof BufferProvider || src.type().isHeapType() ? PyMemoryView.contiguousBytes(src) : null;
        if (buf != null) {
            return of(buf);
        }
        if (src.type().slot(Slot.ITER) == null && src.type().slot(Slot.GETITEM) == null) {
            throw PyErr.typeError("cannot convert '" + src.type().getName() + "' object to bytes");
        }
        if (src instanceof PyList l) {
            // Read live: an item's __index__ may change the list. Compare bytesobject.c:
            // _PyBytes_FromList.
            java.io.ByteArrayOutputStream live = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < l.size; i++) {
                live.write(byteOf(l.items[i]));
            }
            return new PyBytes(live.toByteArray());
        }
        PyObject[] items = Abstract.toArray(src);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = (byte) byteOf(items[i]);
        }
        return new PyBytes(out);
    }

    /**
     * V repeated N times (an index-sized int, negative as 0). Too long: OverflowError for
     * bytes past Py_ssize_t, MemoryError otherwise. Compare bytesobject.c: bytes_repeat,
     * bytearrayobject.c: bytearray_repeat.
     */
    static byte[] repeat(byte[] v, PyObject n, boolean byteArray) {
        java.math.BigInteger big = Abstract.index(n).bigValue();
        if (big.bitLength() > 63) {
            throw PyErr.overflowError("cannot fit '" + n.type().getName() + "' into an index-sized integer");
        }
        long k = Math.max(0, big.longValue());
        if (v.length == 0 || k == 0) {
            return new byte[0];
        }
        if (k > Long.MAX_VALUE / v.length) {
            if (byteArray) {
                throw PyErr.memoryError();
            }
            throw PyErr.overflowError("repeated bytes are too long");
        }
        if (k * v.length > Integer.MAX_VALUE - 8) {
            throw PyErr.memoryError();
        }
        byte[] out = new byte[(int) (k * v.length)];
        for (int i = 0; i < k; i++) {
            System.arraycopy(v, 0, out, i * v.length, v.length);
        }
        return out;
    }

    /** An item of bytes(iterable): an index in range(256). */
    private static int byteOf(PyObject o) {
        java.math.BigInteger v = Abstract.index(o).bigValue();
        if (v.signum() < 0 || v.bitLength() > 8) {
            throw PyErr.valueError("bytes must be in range(0, 256)");
        }
        return v.intValue();
    }

    /** bytes(self) as exact bytes. Compare bytesobject.c: bytes___bytes___impl. */
    @ExposedMethod
    static PyObject __bytes__(PyBytes self) {
        return self.type() == TYPE ? self : new PyBytes(self.value);
    }

    /** PEP 688: bytes exports a read-only buffer. */
    @ExposedMethod
    static PyObject __buffer__(PyBytes self, PyObject flags) {
        return PyMemoryView.builtinView(self, PyMemoryView.bufferFlags(flags));
    }

    /** A size argument of bytes(n)/bytearray(n). Compare bytesobject.c: bytes_new_impl (PyNumber_AsSsize_t). */
    static int count(PyObject n) {
        java.math.BigInteger v = Abstract.index(n).bigValue();
        if (v.bitLength() > 63) {
            throw PyErr.overflowError("cannot fit '" + n.type().getName() + "' into an index-sized integer");
        }
        if (v.signum() < 0) {
            throw PyErr.valueError("negative count");
        }
        if (v.bitLength() > 31) {
            throw PyErr.memoryError();
        }
        return v.intValue();
    }

    @ExposedMethod
    static String __repr__(PyBytes self) {
        return repr(self.value);
    }

    @ExposedMethod
    static long __len__(PyBytes self) {
        return self.value.length;
    }

    @ExposedMethod
    static long __hash__(PyBytes self) {
        return Hashing.hashBytes(self.value);
    }

    @ExposedMethod
    public static PyObject __getitem__(PyBytes self, PyObject key) {
        if (key instanceof PySlice sl) {
            long[] r = sl.indices(self.value.length);
            if (r[0] == 0 && r[2] == 1 && r[3] == self.value.length && self.type() == TYPE) {
                return self; // the whole of an exact bytes (bytes_subscript)
            }
            byte[] out = new byte[(int) r[3]];
            for (int k = 0; k < out.length; k++) {
                out[k] = self.value[(int) (r[0] + k * r[2])];
            }
            return of(out);
        }
        // Compare bytesobject.c: bytes_subscript.
        if (!Abstract.hasIndex(key)) {
            throw PyErr.typeError("byte indices must be integers or slices, not " + key.type().getName());
        }
        return PyInt.of(self.value[Sequences.index(key, self.value.length, "byte", "index out of range")] & 0xff);
    }

    @ExposedMethod
    static PyObject __iter__(PyBytes self) {
        return new PySeqIter(self, PySeqIter.BYTES_ITER);
    }

    @ExposedMethod
    static PyObject __eq__(PyBytes self, PyObject o) {
        byte[] b = PyByteArray.bytesOf(o);
        return b != null ? PyBool.of(Arrays.equals(self.value, b)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __mul__(PyBytes self, PyObject n) {
        if (self.type() == TYPE && Abstract.index(n).equals(PyInt.ONE)) {
            return self;
        }
        return new PyBytes(repeat(self.value, n, false));
    }

    @ExposedMethod
    static PyObject __rmul__(PyBytes self, PyObject n) {
        return __mul__(self, n);
    }

    @ExposedMethod
    static PyObject __ne__(PyBytes self, PyObject o) {
        return o instanceof PyBytes b ? PyBool.of(!Arrays.equals(self.value, b.value)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** Compare bytesobject.c: bytes_richcompare (bytes with bytes only, unsigned lexicographic). */
    @ExposedMethod
    static PyObject __lt__(PyBytes self, PyObject o) {
        return o instanceof PyBytes b ? PyBool.of(Arrays.compareUnsigned(self.value, b.value) < 0)
            : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __le__(PyBytes self, PyObject o) {
        return o instanceof PyBytes b ? PyBool.of(Arrays.compareUnsigned(self.value, b.value) <= 0)
            : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __gt__(PyBytes self, PyObject o) {
        return o instanceof PyBytes b ? PyBool.of(Arrays.compareUnsigned(self.value, b.value) > 0)
            : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __ge__(PyBytes self, PyObject o) {
        return o instanceof PyBytes b ? PyBool.of(Arrays.compareUnsigned(self.value, b.value) >= 0)
            : PyNotImplemented.NOT_IMPLEMENTED;
    }

    /** bytes % is only for a bytes on the left. Compare bytesobject.c: bytes_mod. */
    @ExposedMethod
    static PyObject __rmod__(PyBytes self, PyObject o) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __add__(PyBytes self, PyObject o) {
        byte[] bv = PyByteArray.bytesOf(o);
        if (bv == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        byte[] out = Arrays.copyOf(self.value, self.value.length + bv.length);
        System.arraycopy(bv, 0, out, self.value.length, bv.length);
        return new PyBytes(out);
    }

    @ExposedMethod
    public static boolean __contains__(PyBytes self, PyObject o) {
        // Compare bytes_methods.c: _Py_bytes_contains (an int must be a byte value).
        if (Abstract.hasIndex(o)) {
            java.math.BigInteger v = Abstract.index(o).bigValue();
            if (v.signum() < 0 || v.bitLength() > 8) {
                throw PyErr.valueError("byte must be in range(0, 256)");
            }
            int x = v.intValue();
            for (byte b : self.value) {
                if ((b & 0xff) == x) {
                    return true;
                }
            }
            return false;
        }
        byte[] needle = PyByteArray.bytesOf(o);
        if (needle != null) {
            return new String(self.value, StandardCharsets.ISO_8859_1).contains(new String(needle, StandardCharsets.ISO_8859_1));
        }
        throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
    }

    @ExposedMethod(min = 0, names = {"encoding", "errors"})
    public static String decode(PyBytes self, PyObject encoding, PyObject errors) {
        return self.decode(encoding == null ? "utf-8" : strArg(encoding, "decode", "encoding"),
            errors == null ? "strict" : strArg(errors, "decode", "errors"));
    }

    public static String hex(PyBytes self) {
        return hex(self, null, null);
    }

    /** bytes.hex(sep=, bytes_per_sep=1): groups counted from the right (left when negative). */
    @ExposedMethod(min = 0, names = {"sep", "bytes_per_sep"})
    static String hex(PyBytes self, PyObject sep, PyObject perSep) {
        return hex(self.value, sep, perSep);
    }

    /** Compare Python/pystrhex.c: _Py_strhex_impl (sep one ASCII character of a str or bytes). */
    static String hex(byte[] value, PyObject sep, PyObject perSep) {
        String sp = "";
        if (sep != null) {
            long len = Abstract.len(sep);
            if (len != 1) {
                throw PyErr.valueError("sep must be length 1.");
            }
            int c = sep instanceof PyStr str ? str.value().codePointAt(0) : PyByteArray.bytesOf(sep) instanceof byte[] b ? b[0] & 0xff : 0x80;
            if (c > 0x7f) {
                throw PyErr.valueError("sep must be ASCII.");
            }
            sp = String.valueOf((char) c);
        }
        int per = 1;
        if (perSep != null) {
            java.math.BigInteger p = Abstract.index(perSep).bigValue();
            if (p.bitLength() > 31) {
                throw PyErr.overflowError("Python int too large to convert to C int");
            }
            per = p.intValue();
        }
        int n = value.length;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            boolean boundary = per > 0 ? (n - i) % per == 0 : per < 0 && i % (-per) == 0;
            if (i > 0 && !sp.isEmpty() && per != 0 && boundary) {
                sb.append(sp);
            }
            sb.append(Character.forDigit((value[i] >> 4) & 0xf, 16)).append(Character.forDigit(value[i] & 0xf, 16));
        }
        return sb.toString();
    }
}
