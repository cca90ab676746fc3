package org.pyvm.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Python {@code bytes} (immutable). Compare CPython Objects/bytesobject.c. */
public final class PyBytes implements PyObject {

    public static final PyType TYPE = PyType.builtin("bytes", PyBytes.class, PyBytes.class).alsoExposedBy(BytesMethods.class);

    final byte[] value;

    public PyBytes(byte[] value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
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
        if (src == null) {
            return new PyBytes(new byte[0]);
        }
        if (src instanceof PyStr s) {
            if (encoding == null) {
                throw PyErr.typeError("string argument without an encoding");
            }
            return encode(s, strArg(encoding, "bytes", "encoding"), errors == null ? "strict" : strArg(errors, "bytes", "errors"));
        }
        if (encoding != null) {
            throw PyErr.typeError("encoding without a string argument");
        }
        if (errors != null) {
            throw PyErr.typeError("errors without a string argument");
        }
        if (encoding != null) {
            throw PyErr.typeError("encoding without a string argument");
        }
        if (errors != null) {
            throw PyErr.typeError("errors without a string argument");
        }
        // Compare bytesobject.c: bytes_new_impl (__bytes__ before the int and buffer cases).
        PyObject conv = src instanceof PyBytes ? null : src.type().lookup("__bytes__");
        if (conv != null) {
            PyObject r = Abstract.callDescr(conv, src);
            if (!(r instanceof PyBytes)) {
                throw PyErr.typeError("__bytes__ returned non-bytes (type " + r.type().getName() + ")");
            }
            return r;
        }
        if (Abstract.hasIndex(src)) {
            return new PyBytes(new byte[count(src)]);
        }
        if (src instanceof PyBytes b) {
            return b;
        }
        if (src instanceof PyByteArray ba) {
            return new PyBytes(ba.data.clone());
        }
        byte[] buf = src instanceof PyMemoryView || src instanceof BufferExporter || src.type().isHeapType() ? PyMemoryView.contiguousBytes(src) : null;
        if (buf != null) {
            return new PyBytes(buf);
        }
        if (src.type().slot(Slot.ITER) == null && src.type().slot(Slot.GETITEM) == null) {
            throw PyErr.typeError("cannot convert '" + src.type().getName() + "' object to bytes");
        }
        PyObject[] items = Abstract.toArray(src);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            long v = Abstract.index(items[i]).longValue();
            if (v < 0 || v > 255) {
                throw PyErr.valueError("bytes must be in range(0, 256)");
            }
            out[i] = (byte) v;
        }
        return new PyBytes(out);
    }

    /** PEP 688: bytes exports a read-only buffer. */
    @ExposedMethod
    static PyObject __buffer__(PyBytes self, PyObject flags) {
        return PyMemoryView.fromObject(self);
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
            byte[] out = new byte[(int) r[3]];
            for (int k = 0; k < out.length; k++) {
                out[k] = self.value[(int) (r[0] + k * r[2])];
            }
            return new PyBytes(out);
        }
        return PyInt.of(self.value[Sequences.index(key, self.value.length, "index")] & 0xff);
    }

    @ExposedMethod
    static PyObject __iter__(PyBytes self) {
        PyObject[] items = new PyObject[self.value.length];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyInt.of(self.value[i] & 0xff);
        }
        return new PySeqIter(PyTuple.of(items), PySeqIter.BYTES_ITER);
    }

    @ExposedMethod
    static PyObject __eq__(PyBytes self, PyObject o) {
        byte[] b = PyByteArray.bytesOf(o);
        return b != null ? PyBool.of(Arrays.equals(self.value, b)) : PyNotImplemented.NOT_IMPLEMENTED;
    }

    @ExposedMethod
    static PyObject __mul__(PyBytes self, PyObject n) {
        if (!Abstract.hasIndex(n)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        long k = Math.max(0, Abstract.index(n).longValue());
        byte[] out = new byte[(int) (self.value.length * k)];
        for (int i = 0; i < k; i++) {
            System.arraycopy(self.value, 0, out, i * self.value.length, self.value.length);
        }
        return new PyBytes(out);
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
        String sp = sep == null ? "" : sep instanceof PyBytes b ? new String(b.value, StandardCharsets.ISO_8859_1) : sep.toString();
        int per = perSep == null ? 1 : Abstract.index(perSep).intValue();
        int n = self.value.length;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            boolean boundary = per > 0 ? (n - i) % per == 0 : i % (-per) == 0;
            if (i > 0 && !sp.isEmpty() && per != 0 && boundary) {
                sb.append(sp);
            }
            sb.append(String.format("%02x", self.value[i] & 0xff));
        }
        return sb.toString();
    }
}
