package org.pyvm.modules.io;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * _io._IOBase: the methods every stream has, written against the Python-level
 * protocol (they call {@code self.read}, {@code self.closed}... through attribute
 * lookup) so that Python subclasses (io.IOBase, user classes) get CPython's behaviour.
 * Compare CPython Modules/_io/iobase.c.
 */
public final class IOBase {

    private IOBase() {}

    public static final PyType TYPE = Types.finish(Types.builtin("_io", "_IOBase", IOObject.class, IOBase.class));

    // ---- helpers used by every class of the package ----

    static PyObject call(PyObject self, String name, PyObject... args) {
        return Abstract.call(Abstract.getAttr(self, name), args);
    }

    /** io.UnsupportedOperation(MSG). */
    static PyBaseException unsupported(String msg) {
        return PyErr.of(IoModule.unsupportedOperation(), msg);
    }

    static PyBaseException closedError() {
        return PyErr.valueError("I/O operation on closed file.");
    }

    /** self.closed, through the attribute (a subclass may define its own). */
    static boolean isClosed(PyObject self) {
        return Abstract.isTrue(Abstract.getAttr(self, "closed"));
    }

    static void checkClosed(PyObject self) {
        if (isClosed(self)) {
            throw closedError();
        }
    }

    /** An int size argument or None (-1). Compare _Py_convert_optional_to_ssize_t. */
    static long size(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        if (!(o instanceof PyInt) && !Abstract.hasIndex(o)) {
            throw PyErr.typeError("argument should be integer or None, not '" + o.type().getName() + "'");
        }
        PyInt v = Abstract.index(o);
        return v.isBig() ? (v.signum() < 0 ? -1 : Long.MAX_VALUE) : v.longValue();
    }

    /** The bytes of a bytes-like argument (bytes, bytearray, memoryview...), exactly its length. */
    public static byte[] bytesLike(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        if (o instanceof PyByteArray b) {
            return java.util.Arrays.copyOf(b.bytes(), (int) Abstract.len(o));
        }
        byte[] b = o.type().isSubtypeOf(PyBytes.TYPE) ? ((PyBytes) o).bytes() : PyByteArray.bytesOf(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '" + o.type().getName() + "'");
        }
        return b;
    }

    /**
     * The Java array behind a writable buffer for readinto: a bytearray's own array, or
     * null for a writable memoryview (filled by slice assignment in {@link #store}).
     */
    public static byte[] writableBuffer(String fn, PyObject o) {
        if (o instanceof PyByteArray b) {
            return b.bytes();
        }
        if (o instanceof org.pyvm.runtime.PyMemoryView
            && !Abstract.isTrue(Abstract.getAttr(o, "readonly"))) {
            return null;
        }
        if (o instanceof org.pyvm.runtime.BufferExporter be && !be.exportedReadonly()) {
            // array.array and the like: their bytes in place.
            return be.exportedArray();
        }
        throw PyErr.typeError(fn + "() argument must be read-write bytes-like object, not " + o.type().getName());
    }

    /** Puts GOT at the start of buffer B (DST its array, or null for a memoryview). */
    public static void store(PyObject b, byte[] dst, byte[] got) {
        if (dst != null) {
            System.arraycopy(got, 0, dst, 0, got.length);
            if (b instanceof org.pyvm.runtime.BufferExporter be) {
                be.exportedWritten(dst);
            }
        } else if (got.length > 0) {
            if (!Abstract.getAttr(b, "format").toString().equals("B")) {
                // A view of other items (memoryview(array('i'))): write its bytes.
                b = Abstract.call(Abstract.getAttr(b, "cast"), PyStr.of("B"));
            }
            Abstract.setItem(b, new org.pyvm.runtime.PySlice(PyInt.ZERO, PyInt.of(got.length), PyNone.NONE),
                new PyBytes(got));
        }
    }

    /**
     * The length in bytes of a writable buffer: a bytearray's length (its Java array may have
     * spare room), a memoryview's nbytes, an exporter's array.
     */
    public static int bufferLength(PyObject o) {
        if (o instanceof PyByteArray b) {
            // Its buffer's size, not len(): a subclass's __len__ does not count (PyObject_GetBuffer).
            return b.bytes().length;
        }
        if (o instanceof org.pyvm.runtime.BufferExporter be) {
            return be.exportedArray().length;
        }
        if (o instanceof org.pyvm.runtime.PyMemoryView) {
            return (int) Abstract.index(Abstract.getAttr(o, "nbytes")).longValue();
        }
        return (int) Abstract.len(o);
    }

    // ---- _IOBase ----

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new IOObject(cls).watched();
    }

    @ExposedMethod
    static void __init__(PyObject self, PyObject[] args, String[] kw) {
        // _IOBase takes any arguments (subclasses may have their own __init__).
    }

    @ExposedMethod
    static PyObject seek(PyObject self, PyObject[] args, String[] kw) {
        throw unsupported("seek");
    }

    @ExposedMethod
    static PyObject tell(PyObject self) {
        return call(self, "seek", PyInt.ZERO, PyInt.ONE);
    }

    @ExposedMethod
    static PyObject truncate(PyObject self, PyObject[] args, String[] kw) {
        throw unsupported("truncate");
    }

    @ExposedMethod
    static void flush(PyObject self) {
        if (closedFlag(self)) {
            throw closedError();
        }
    }

    private static boolean closedFlag(PyObject self) {
        return self instanceof IOObject o && o.ioBaseClosed;
    }

    /** The flag _IOBase.closed reports; concrete classes override the attribute. */
    @ExposedGetter
    static PyObject closed(PyObject self) {
        return PyBool.of(closedFlag(self));
    }

    /** close(): flush, then mark closed (even when flush fails). Compare iobase.c: _io__IOBase_close_impl. */
    @ExposedMethod
    static void close(PyObject self) {
        if (closedFlag(self)) {
            return;
        }
        try {
            call(self, "flush");
        } finally {
            if (self instanceof IOObject o) {
                o.ioBaseClosed = true;
            }
        }
    }

    @ExposedMethod
    static boolean seekable(PyObject self) {
        return false;
    }

    @ExposedMethod
    static boolean readable(PyObject self) {
        return false;
    }

    @ExposedMethod
    static boolean writable(PyObject self) {
        return false;
    }

    @ExposedMethod(min = 0)
    static PyObject _checkClosed(PyObject self, PyObject msg) {
        checkClosed(self);
        return PyNone.NONE;
    }

    @ExposedMethod(min = 0)
    static PyObject _checkSeekable(PyObject self, PyObject msg) {
        if (!Abstract.isTrue(call(self, "seekable"))) {
            throw unsupported("File or stream is not seekable.");
        }
        return PyBool.TRUE;
    }

    @ExposedMethod(min = 0)
    static PyObject _checkReadable(PyObject self, PyObject msg) {
        if (!Abstract.isTrue(call(self, "readable"))) {
            throw unsupported("File or stream is not readable.");
        }
        return PyBool.TRUE;
    }

    @ExposedMethod(min = 0)
    static PyObject _checkWritable(PyObject self, PyObject msg) {
        if (!Abstract.isTrue(call(self, "writable"))) {
            throw unsupported("File or stream is not writable.");
        }
        return PyBool.TRUE;
    }

    @ExposedMethod
    static PyObject __enter__(PyObject self) {
        checkClosed(self);
        return self;
    }

    @ExposedMethod
    static PyObject __exit__(PyObject self, PyObject[] args, String[] kw) {
        return call(self, "close");
    }

    @ExposedMethod
    static PyObject fileno(PyObject self) {
        throw unsupported("fileno");
    }

    @ExposedMethod
    static boolean isatty(PyObject self) {
        checkClosed(self);
        return false;
    }

    /**
     * readline(size=-1): byte by byte through self.read, or through self.peek when the
     * stream has one. Compare iobase.c: _io__IOBase_readline_impl.
     */
    @ExposedMethod
    static PyObject readline(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("readline", args, kw, 0, 1, "size");
        long limit = size(a[0]);
        PyObject peek = Abstract.lookupAttr(self, "peek");
        PyObject read = Abstract.getAttr(self, "read");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            long nreadahead = 1;
            if (peek != null) {
                PyObject ahead = Abstract.call(peek, PyInt.ONE);
                if (!(ahead instanceof PyBytes)) {
                    throw PyErr.of(PyExc.OSError, "peek() should have returned a bytes object, not '"
                        + ahead.type().getName() + "'");
                }
                byte[] ab = ((PyBytes) ahead).bytes();
                if (ab.length > 0) {
                    int n = 0;
                    while (n < ab.length && (limit < 0 || n < limit - out.size())) {
                        if (ab[n++] == '\n') {
                            break;
                        }
                    }
                    nreadahead = n;
                }
            }
            PyObject b = Abstract.call(read, PyInt.of(nreadahead));
            if (b == PyNone.NONE) {
                continue;
            }
            if (!(b instanceof PyBytes) && !(b instanceof PyByteArray)) {
                throw PyErr.of(PyExc.OSError, "read() should have returned a bytes object, not '" + b.type().getName()
                    + "'");
            }
            byte[] bb = bytesLike(b);
            if (bb.length == 0) {
                break;
            }
            out.write(bb, 0, bytesLength(b, bb));
            if (bb[bytesLength(b, bb) - 1] == '\n') {
                break;
            }
        }
        return new PyBytes(out.toByteArray());
    }

    private static int bytesLength(PyObject o, byte[] b) {
        return o instanceof PyByteArray ? (int) Abstract.len(o) : b.length;
    }

    @ExposedMethod
    static PyObject readlines(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("readlines", args, kw, 0, 1, "hint");
        long hint = size(a[0]);
        PyList out = new PyList();
        PyObject it = Abstract.iter(self);
        long total = 0;
        for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            out.append(line);
            if (hint > 0) {
                total += Abstract.len(line);
                // iobase.c: _io__IOBase_readlines_impl stops once a line takes the total past HINT.
                if (total > hint) {
                    break;
                }
            }
        }
        return out;
    }

    @ExposedMethod
    static void writelines(PyObject self, PyObject lines) {
        checkClosed(self);
        PyObject write = Abstract.getAttr(self, "write");
        PyObject it = Abstract.iter(lines);
        for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            Abstract.call(write, line);
        }
    }

    @ExposedMethod
    static PyObject __iter__(PyObject self) {
        checkClosed(self);
        return self;
    }

    @ExposedMethod
    static PyObject __next__(PyObject self) {
        PyObject line = call(self, "readline");
        if (Abstract.len(line) == 0) {
            throw PyErr.stopIteration(null);
        }
        return line;
    }

    /**
     * Closes an object that is still open, after setting {@code _finalizing} so that a
     * file's close() warns "unclosed file". A failing close is reported only in dev mode
     * (-X dev). Compare iobase.c: iobase_finalize.
     */
    @ExposedMethod
    static void __del__(PyObject self) {
        boolean closed;
        try {
            PyObject c = Abstract.lookupAttr(self, "closed");
            // Without a usable 'closed' the object is probably unusable: leave it.
            closed = c == null || Abstract.isTrue(c);
        } catch (PyBaseException e) {
            closed = true;
        }
        if (closed) {
            return;
        }
        try {
            Abstract.setAttr(self, "_finalizing", PyBool.TRUE);
        } catch (PyBaseException e) {
            // ignored, as there
        }
        try {
            call(self, "close");
        } catch (PyBaseException e) {
            if (devMode()) {
                org.pyvm.runtime.Unraisable.report(e, self);
            }
        }
    }

    static boolean devMode() {
        try {
            PyObject sys = org.pyvm.runtime.PyRuntime.modules.getStr("sys");
            return sys != null && Abstract.isTrue(Abstract.getAttr(Abstract.getAttr(sys, "flags"), "dev_mode"));
        } catch (PyBaseException e) {
            return false;
        }
    }

    /**
     * Warns "unclosed file <SOURCE's repr>" (a ResourceWarning) for a file object being
     * finalized; a warning made an error is reported as unraisable. Compare fileio.c:
     * fileio_dealloc_warn.
     */
    static void deallocWarn(PyObject self, PyObject source) {
        try {
            org.pyvm.modules.warnings.WarningsModule.warnWithSource(PyExc.ResourceWarning,
                "unclosed file " + Abstract.repr(source), 1, source);
        } catch (PyBaseException e) {
            if (e.matches(PyExc.Warning)) {
                org.pyvm.runtime.Unraisable.report(e, self);
            }
        }
    }

    /** The value set into a T_BOOL member such as _finalizing. Compare structmember.c: PyMember_SetOne. */
    static boolean boolMember(PyObject v) {
        if (v == null) {
            throw PyErr.typeError("can't delete numeric/char attribute");
        }
        if (!(v instanceof PyBool)) {
            throw PyErr.typeError("attribute value type must be bool");
        }
        return v == PyBool.TRUE;
    }

    /** obj._dealloc_warn(source) when OBJ has it, errors ignored (buffered_dealloc_warn, textiowrapper_close). */
    static void forwardDeallocWarn(PyObject obj, PyObject source) {
        try {
            PyObject m = obj == null ? null : Abstract.lookupAttr(obj, "_dealloc_warn");
            if (m != null) {
                Abstract.call(m, source);
            }
        } catch (PyBaseException e) {
            // cleared, as there
        }
    }

    @ExposedGetter
    static PyObject __IOBase_closed(PyObject self) {
        return PyBool.of(closedFlag(self));
    }

    static PyObject str(String s) {
        return PyStr.of(s);
    }
}
