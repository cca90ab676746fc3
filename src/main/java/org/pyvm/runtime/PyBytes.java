package org.pyvm.runtime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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

    private static Charset charset(String enc) {
        String e = enc.toLowerCase().replace('_', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8" -> StandardCharsets.UTF_8;
            case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1" -> StandardCharsets.ISO_8859_1;
            case "utf-16" -> StandardCharsets.UTF_16;
            case "utf-16-le", "utf-16le" -> StandardCharsets.UTF_16LE;
            case "utf-16-be", "utf-16be" -> StandardCharsets.UTF_16BE;
            case "utf-32", "utf32" -> Charset.forName("UTF-32LE");
            case "utf-32-le", "utf-32le" -> Charset.forName("UTF-32LE");
            case "utf-32-be", "utf-32be" -> Charset.forName("UTF-32BE");
            case "cp1252", "windows-1252" -> Charset.forName("windows-1252");
            default -> throw PyErr.of(PyExc.LookupError, "unknown encoding: " + enc);
        };
    }

    private static String codecName(Charset cs) {
        return cs == StandardCharsets.UTF_8 ? "utf-8" : cs == StandardCharsets.US_ASCII ? "ascii"
            : cs == StandardCharsets.ISO_8859_1 ? "latin-1" : cs.name().toLowerCase();
    }

    String decode(String enc, String errors) {
        Charset cs = charset(enc);
        CodingErrorAction act = errors.equals("strict") ? CodingErrorAction.REPORT
            : errors.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPLACE;
        java.nio.charset.CharsetDecoder dec = cs.newDecoder().onMalformedInput(act).onUnmappableCharacter(act);
        ByteBuffer in = ByteBuffer.wrap(value);
        CharBuffer out = CharBuffer.allocate(value.length * 2 + 4);
        java.nio.charset.CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            // Compare unicodeobject.c: the decoders' error reasons.
            int pos = in.position();
            int len = r.length();
            String name = codecName(cs);
            String reason;
            if (cs == StandardCharsets.US_ASCII) {
                reason = "ordinal not in range(128)";
            } else if (isTruncatedUtf8(pos)) {
                reason = "unexpected end of data";
                len = value.length - pos;
            } else {
                int b0 = value[pos] & 0xff;
                reason = (b0 >= 0x80 && b0 < 0xc2) || b0 > 0xf4 ? "invalid start byte" : "invalid continuation byte";
            }
            String what = len <= 1 ? "byte 0x" + String.format("%02x", value[pos] & 0xff) + " in position " + pos
                : "bytes in position " + pos + "-" + (pos + len - 1);
            PyBaseException e = PyErr.of(PyExc.UnicodeDecodeError, "'" + name + "' codec can't decode " + what + ": " + reason);
            throw e;
        }
        dec.flush(out);
        out.flip();
        return out.toString();
    }

    /** Whether the UTF-8 sequence starting at POS is a valid prefix cut off by the end of the data. */
    private boolean isTruncatedUtf8(int pos) {
        int b0 = value[pos] & 0xff;
        int need = b0 > 0xf4 ? 0 : b0 >= 0xf0 ? 4 : b0 >= 0xe0 ? 3 : b0 >= 0xc2 ? 2 : 0;
        if (need == 0 || pos + need <= value.length) {
            return false;
        }
        for (int i = pos + 1; i < value.length; i++) {
            if ((value[i] & 0xc0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    static PyBytes encode(String s, String enc, String errors) {
        Charset cs = charset(enc);
        if (cs == StandardCharsets.US_ASCII || cs == StandardCharsets.ISO_8859_1) {
            // Compare unicodeobject.c: unicode_encode_ucs1 and its error handlers.
            int limit = cs == StandardCharsets.US_ASCII ? 128 : 256;
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int pos = 0;
            for (int i = 0; i < s.length(); pos++) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                if (c < limit) {
                    out.write(c);
                    continue;
                }
                String rep = switch (errors) {
                    case "ignore" -> "";
                    case "replace" -> "?";
                    case "xmlcharrefreplace" -> "&#" + c + ";";
                    case "backslashreplace" -> c <= 0xff ? String.format("\\x%02x", c)
                        : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
                    default -> throw PyErr.of(PyExc.UnicodeEncodeError, "'" + codecName(cs) + "' codec can't encode character '"
                        + (c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
                        : String.format("\\U%08x", c)) + "' in position " + pos + ": ordinal not in range(" + limit + ")");
                };
                byte[] rb = rep.getBytes(StandardCharsets.ISO_8859_1);
                out.write(rb, 0, rb.length);
            }
            return new PyBytes(out.toByteArray());
        }
        try {
            CodingErrorAction act = errors.equals("strict") ? CodingErrorAction.REPORT
                : errors.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPLACE;
            ByteBuffer bb = cs.newEncoder().onMalformedInput(act).onUnmappableCharacter(act).encode(CharBuffer.wrap(s));
            return new PyBytes(Arrays.copyOf(bb.array(), bb.limit()));
        } catch (CharacterCodingException e) {
            int bad = 0;
            for (int i = 0; i < s.length(); i++) {
                if (!cs.newEncoder().canEncode(s.charAt(i))) {
                    bad = i;
                    break;
                }
            }
            throw PyErr.of(PyExc.UnicodeEncodeError, "'" + enc + "' codec can't encode character '\\u"
                + String.format("%04x", (int) s.charAt(bad)) + "' in position " + bad + ": ordinal not in range("
                + (enc.startsWith("a") ? 128 : 256) + ")");
        }
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
            return encode(s.value(), encoding.toString(), errors == null ? "strict" : errors.toString());
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
        byte[] buf = src instanceof PyMemoryView || src.type().isHeapType() ? PyMemoryView.contiguousBytes(src) : null;
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

    @ExposedMethod
    static PyObject __lt__(PyBytes self, PyObject o) {
        return o instanceof PyBytes b ? PyBool.of(Arrays.compareUnsigned(self.value, b.value) < 0)
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
        return self.decode(encoding == null ? "utf-8" : encoding.toString(), errors == null ? "strict" : errors.toString());
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
