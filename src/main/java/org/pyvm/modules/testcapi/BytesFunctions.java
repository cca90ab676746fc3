package org.pyvm.modules.testcapi;

import java.util.Arrays;
import java.util.List;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyMemoryView;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.text.StrRepr;

/**
 * _testcapi's bytes and bytearray functions of test_capi.test_bytes and test_bytearray: the
 * PyBytes_* and PyByteArray_* calls. A C string argument is "z#" (bytes or None for NULL);
 * a C buffer handed back holds the content and the NUL CPython keeps after it, so reading
 * BUFLEN bytes of it may take that NUL and no more (reading further is reading past the
 * allocation in C; SystemError here). A size larger than the C string given likewise.
 * FromStringAndSize(NULL, n) makes n bytes the caller would fill (zeros here). Compare CPython
 * Modules/_testcapi/bytes.c, bytearray.c, Objects/bytesobject.c and bytearrayobject.c.
 */
final class BytesFunctions {

    private BytesFunctions() {}

    static void addTo(PyModule m) {
        m.addFunctions(BytesFunctions.class);
    }

    /** _PyBytes_FromSize's limit: PY_SSIZE_T_MAX less the object's header and NUL. */
    private static final long BYTES_MAX = Long.MAX_VALUE - 33;
    /** The largest Java array pyvm allocates for bytes. */
    private static final long ARRAY_MAX = Integer.MAX_VALUE - 16;

    private static RuntimeException badInternalCall() {
        return PyErr.of(PyExc.SystemError, "bad argument to internal function");
    }

    private static RuntimeException pastTheEnd() {
        return PyErr.of(PyExc.SystemError, "pyvm: reading past the end of a C buffer");
    }

    /** The bytes of "z#|n": the C string (null for NULL) and the size to read (the string's own by default). */
    private static byte[] cString(String fn, PyObject[] args, long[] size) {
        List<PyObject> a = GetArgs.parseTuple(args, "z#|n:" + fn);
        byte[] s = a.get(0) == PyNone.NONE ? null : ((PyBytes) a.get(0)).bytes();
        size[0] = a.size() > 1 && a.get(1) != null ? ((PyInt) a.get(1)).longValue() : s == null ? 0 : s.length;
        return s;
    }

    /** The content from S (null: NULL, zeros) of SIZE bytes, or the errors of the C function FN. */
    private static byte[] content(String fn, byte[] s, long size, boolean bytearray) {
        if (size < 0) {
            throw PyErr.of(PyExc.SystemError, "Negative size passed to " + fn);
        }
        if (bytearray ? size == Long.MAX_VALUE : size > BYTES_MAX) {
            throw bytearray ? PyErr.memoryError() : PyErr.overflowError("byte string is too large");
        }
        if (size > ARRAY_MAX) {
            throw PyErr.memoryError();
        }
        if (s == null) {
            return new byte[(int) size];
        }
        if (size > s.length) {
            throw pastTheEnd();
        }
        return Arrays.copyOf(s, (int) size);
    }

    /** BUFLEN bytes of a C buffer holding CONTENT and its trailing NUL. */
    private static PyBytes readBuffer(byte[] content, long buflen) {
        if (buflen < 0) {
            throw PyErr.of(PyExc.SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        }
        if (buflen > content.length + 1L) {
            throw pastTheEnd();
        }
        return new PyBytes(Arrays.copyOf(content, (int) buflen));
    }

    private static byte[] exactBytes(PyObject o) {
        if (!(o instanceof PyBytes b)) {
            throw PyErr.typeError("expected bytes, " + o.type().getName() + " found");
        }
        return b.bytes();
    }

    // ---- bytes ----

    @ExposedMethod
    static PyObject bytes_check(PyObject o) {
        return PyInt.of(o instanceof PyBytes ? 1 : 0);
    }

    @ExposedMethod
    static PyObject bytes_checkexact(PyObject o) {
        return PyInt.of(o.type() == PyBytes.TYPE ? 1 : 0);
    }

    @ExposedMethod
    static PyObject bytes_fromstringandsize(PyObject[] args, String[] kw) {
        long[] size = new long[1];
        byte[] s = cString("bytes_fromstringandsize", args, size);
        return new PyBytes(content("PyBytes_FromStringAndSize", s, size[0], false));
    }

    /** PyBytes_FromString: the bytes up to the NUL. */
    @ExposedMethod
    static PyObject bytes_fromstring(PyObject arg) {
        long[] size = new long[1];
        byte[] s = cString("bytes_fromstring", new PyObject[] {arg}, size);
        if (s == null) {
            throw PyErr.of(PyExc.SystemError, "pyvm: PyBytes_FromString(NULL) reads address 0");
        }
        int n = 0;
        while (n < s.length && s[n] != 0) {
            n++;
        }
        return new PyBytes(Arrays.copyOf(s, n));
    }

    /** PyBytes_FromObject: exact bytes itself, a buffer copied, else an iterable of ints other than str. */
    @ExposedMethod
    static PyObject bytes_fromobject(PyObject o) {
        if (o == PyNone.NONE) {
            throw badInternalCall();
        }
        if (o.type() == PyBytes.TYPE) {
            return o;
        }
        if (!(o instanceof PyStr)) {
            byte[] b = PyByteArray.bytesOf(o);
            if (b != null) {
                return new PyBytes(b.clone());
            }
            if (o.type().lookup("__iter__") != null) {
                return Abstract.call(PyBytes.TYPE, o);
            }
        }
        throw PyErr.typeError("cannot convert '" + o.type().getName() + "' object to bytes");
    }

    @ExposedMethod
    static PyObject bytes_size(PyObject o) {
        if (o == PyNone.NONE) {
            throw badInternalCall();
        }
        return PyInt.of(exactBytes(o).length);
    }

    @ExposedMethod
    static PyObject bytes_asstring(PyObject o, PyObject buflen) {
        long n = GetArgs.parseTuple(new PyObject[] {o, buflen}, "On:bytes_asstring").get(1) instanceof PyInt i
            ? i.longValue() : 0;
        if (o == PyNone.NONE) {
            throw badInternalCall();
        }
        return readBuffer(exactBytes(o), n);
    }

    /** PyBytes_AsStringAndSize with a size pointer: (buffer, size). */
    @ExposedMethod
    static PyObject bytes_asstringandsize(PyObject o, PyObject buflen) {
        long n = ((PyInt) GetArgs.parseTuple(new PyObject[] {o, buflen}, "On:bytes_asstringandsize").get(1)).longValue();
        if (o == PyNone.NONE) {
            throw badInternalCall();
        }
        byte[] b = exactBytes(o);
        return PyTuple.of(readBuffer(b, n), PyInt.of(b.length));
    }

    /** PyBytes_AsStringAndSize without a size pointer: the content must then hold no NUL. */
    @ExposedMethod
    static PyObject bytes_asstringandsize_null(PyObject o, PyObject buflen) {
        long n = ((PyInt) GetArgs.parseTuple(new PyObject[] {o, buflen}, "On:bytes_asstringandsize_null").get(1))
            .longValue();
        if (o == PyNone.NONE) {
            throw badInternalCall();
        }
        byte[] b = exactBytes(o);
        for (byte x : b) {
            if (x == 0) {
                throw PyErr.valueError("embedded null byte");
            }
        }
        return readBuffer(b, n);
    }

    /** PyBytes_Repr(obj, smartquotes): double quotes only with smartquotes, for ' without ". */
    @ExposedMethod
    static PyObject bytes_repr(PyObject o, PyObject smartquotes) {
        int smart = Abstract.asCInt(smartquotes);
        if (o == PyNone.NONE) {
            throw badInternalCall();
        }
        byte[] b = exactBytes(o);
        String r = StrRepr.bytesRepr(b);
        if (smart == 0 && r.charAt(1) == '"') {
            // bytesRepr chose double quotes (a ' and no "); without smartquotes the quote
            // stays ' and each ' inside is escaped.
            r = "b'" + r.substring(2, r.length() - 1).replace("'", "\\'") + "'";
        }
        return PyStr.of(r);
    }

    /** PyBytes_Concat(&left, right): NULL on either side gives NULL (None) without an error. */
    @ExposedMethod
    static PyObject bytes_concat(PyObject[] args, String[] kw) {
        return concat("bytes_concat", args);
    }

    @ExposedMethod
    static PyObject bytes_concatanddel(PyObject[] args, String[] kw) {
        return concat("bytes_concatanddel", args);
    }

    private static PyObject concat(String fn, PyObject[] args) {
        List<PyObject> a = GetArgs.parseTuple(args, "OO|p:" + fn);
        PyObject left = a.get(0);
        PyObject right = a.get(1);
        if (left == PyNone.NONE || right == PyNone.NONE) {
            return PyNone.NONE;
        }
        return new PyBytes(concatBytes(left, right));
    }

    /** Both sides as C-contiguous buffers, else bytes_concat's TypeError. */
    private static byte[] concatBytes(PyObject left, PyObject right) {
        byte[] l = simpleBuffer(left);
        byte[] r = l == null ? null : simpleBuffer(right);
        if (l == null || r == null) {
            throw PyErr.typeError("can't concat " + right.type().getName() + " to " + left.type().getName());
        }
        byte[] out = Arrays.copyOf(l, l.length + r.length);
        System.arraycopy(r, 0, out, l.length, r.length);
        return out;
    }

    private static byte[] simpleBuffer(PyObject o) {
        if (o instanceof PyStr) {
            return null;
        }
        try {
            return PyMemoryView.simpleBufferBytes(o);
        } catch (PyBaseException e) {
            if (e.matches(PyExc.BufferError)) {
                return null;
            }
            throw e;
        }
    }

    /** PyBytes_DecodeEscape(s, size, errors): codecs.escape_decode's work, its warnings included. */
    @ExposedMethod
    static PyObject bytes_decodeescape(PyObject[] args, String[] kw) {
        List<PyObject> a = GetArgs.parseTuple(args, "z#|zn:bytes_decodeescape");
        byte[] s = a.get(0) == PyNone.NONE ? null : ((PyBytes) a.get(0)).bytes();
        PyObject errors = a.size() > 1 && a.get(1) != null ? a.get(1) : PyNone.NONE;
        long size = a.size() > 2 && a.get(2) != null ? ((PyInt) a.get(2)).longValue() : s == null ? 0 : s.length;
        if (size > BYTES_MAX) {
            throw PyErr.overflowError("byte string is too large");
        }
        byte[] data = content("PyBytes_DecodeEscape", s, size, false);
        String err = errors == PyNone.NONE ? "strict"
            : new String(((PyBytes) errors).bytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new PyBytes(org.pyvm.runtime.codecs.Escapes.escapeDecode(data, err));
    }

    // ---- bytearray ----

    @ExposedMethod
    static PyObject bytearray_check(PyObject o) {
        return PyInt.of(o instanceof PyByteArray ? 1 : 0);
    }

    @ExposedMethod
    static PyObject bytearray_checkexact(PyObject o) {
        return PyInt.of(o.type() == PyByteArray.TYPE ? 1 : 0);
    }

    @ExposedMethod
    static PyObject bytearray_fromstringandsize(PyObject[] args, String[] kw) {
        long[] size = new long[1];
        byte[] s = cString("bytearray_fromstringandsize", args, size);
        return new PyByteArray(content("PyByteArray_FromStringAndSize", s, size[0], true));
    }

    /** PyByteArray_FromObject: bytearray(o). */
    @ExposedMethod
    static PyObject bytearray_fromobject(PyObject o) {
        if (o == PyNone.NONE) {
            throw badInternalCall();
        }
        return Abstract.call(PyByteArray.TYPE, o);
    }

    /** PyByteArray_Size: C asserts a bytearray; SystemError here for anything else. */
    @ExposedMethod
    static PyObject bytearray_size(PyObject o) {
        if (!(o instanceof PyByteArray b)) {
            throw badInternalCall();
        }
        return PyInt.of(b.size());
    }

    @ExposedMethod
    static PyObject bytearray_asstring(PyObject o, PyObject buflen) {
        long n = ((PyInt) GetArgs.parseTuple(new PyObject[] {o, buflen}, "On:bytearray_asstring").get(1)).longValue();
        if (!(o instanceof PyByteArray b)) {
            throw badInternalCall();
        }
        return readBuffer(b.bytes().clone(), n);
    }

    /** PyByteArray_Concat(a, b): a new bytearray of both buffers. */
    @ExposedMethod
    static PyObject bytearray_concat(PyObject left, PyObject right) {
        if (left == PyNone.NONE || right == PyNone.NONE) {
            throw badInternalCall();
        }
        return new PyByteArray(concatBytes(left, right));
    }

    /** PyByteArray_Resize(obj, size): 0; new bytes are zeros here (uninitialised in C). */
    @ExposedMethod
    static PyObject bytearray_resize(PyObject o, PyObject size) {
        long n = ((PyInt) GetArgs.parseTuple(new PyObject[] {o, size}, "On:bytearray_resize").get(1)).longValue();
        if (!(o instanceof PyByteArray b) || n < 0) {
            throw badInternalCall();
        }
        if (n > ARRAY_MAX) {
            throw PyErr.memoryError();
        }
        int len = b.size();
        if (n < len) {
            // bytearray's own methods: a subclass's overrides are not what C calls.
            Abstract.call(PyByteArray.TYPE.getDict().getStr("__delitem__"), b,
                Abstract.call(org.pyvm.runtime.PySlice.TYPE, PyInt.of(n), PyNone.NONE));
        } else if (n > len) {
            Abstract.call(PyByteArray.TYPE.getDict().getStr("extend"), b, new PyBytes(new byte[(int) (n - len)]));
        }
        return PyInt.of(0);
    }
}
