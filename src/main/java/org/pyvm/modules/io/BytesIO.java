package org.pyvm.modules.io;

import java.util.Arrays;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.BufferExporter;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyMemoryView;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/** _io.BytesIO: a growable byte array with a position. Compare CPython Modules/_io/bytesio.c. */
public final class BytesIO extends IOObject {

    public static final PyType TYPE = Types.finish(Types.builtin("_io", "BytesIO", BytesIO.class, BytesIO.class,
        BufferedIOBase.TYPE));

    byte[] buf = new byte[0];
    int size;
    int pos;
    boolean closed;

    BytesIO(PyType type) {
        super(type);
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        // A plain BytesIO holds no resource: only subclasses (whose close may do more) are watched.
        return cls == TYPE ? new BytesIO(cls) : new BytesIO(cls).watched();
    }

    @ExposedMethod
    static void __init__(BytesIO self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("BytesIO", args, kw, 0, 1, "initial_bytes");
        self.size = 0;
        self.pos = 0;
        if (a[0] != null && a[0] != PyNone.NONE) {
            byte[] b = IOBase.bytesLike(a[0]);
            int len = a[0] instanceof PyByteArray ? IOBase.bufferLength(a[0]) : b.length;
            self.buf = Arrays.copyOf(b, len);
            self.size = len;
        }
    }

    private void check() {
        if (closed) {
            throw PyErr.valueError("I/O operation on closed file.");
        }
    }

    private void ensure(int cap) {
        if (cap > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(cap, buf.length * 2 + 16));
        }
    }

    byte[] readJava(long n) {
        check();
        int avail = Math.max(0, size - pos);
        int k = n < 0 || n > avail ? avail : (int) n;
        byte[] out = Arrays.copyOfRange(buf, Math.min(pos, size), Math.min(pos, size) + k);
        pos += k;
        return out;
    }

    int writeJava(byte[] b, int len) {
        check();
        if (len == 0) {
            return 0;
        }
        ensure(pos + len);
        if (pos > size) {
            Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(b, 0, buf, pos, len);
        pos += len;
        size = Math.max(size, pos);
        return len;
    }

    @ExposedMethod
    static PyObject getvalue(BytesIO self) {
        self.check();
        return new PyBytes(Arrays.copyOf(self.buf, self.size));
    }

    /** The views of getbuffer() made so far (null: none). */
    private PyMemoryView.Exports exports;

    /**
     * Writes, truncation and close are refused while a view of getbuffer() is in use.
     * Compare bytesio.c: CHECK_EXPORTS.
     */
    private void checkExports() {
        if (exports != null && exports.busy()) {
            throw PyErr.of(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
        }
    }

    /**
     * getbuffer(): a writable memoryview over the contents, sharing them. The array is cut to
     * the exact size first, and is not replaced while a view lives (checkExports). Compare
     * bytesio.c: _io_BytesIO_getbuffer_impl.
     */
    @ExposedMethod
    static PyObject getbuffer(BytesIO self) {
        self.check();
        if (self.buf.length != self.size) {
            self.buf = Arrays.copyOf(self.buf, self.size);
        }
        if (self.exports == null) {
            self.exports = new PyMemoryView.Exports();
        }
        return PyMemoryView.fromObject(new BytesIOBuffer(self));
    }

    /** _io._BytesIOBuffer: what getbuffer()'s memoryview views (its {@code obj}). Compare bytesiobuf. */
    static final class BytesIOBuffer implements BufferExporter {
        static final PyType TYPE = Types.finish(Types.builtin("_io", "_BytesIOBuffer", BytesIOBuffer.class,
            BytesIOBuffer.class).notSubclassable());

        private final BytesIO source;

        BytesIOBuffer(BytesIO source) {
            this.source = source;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public byte[] exportedArray() {
            return source.buf;
        }

        @Override
        public boolean exportedReadonly() {
            return false;
        }

        @Override
        public PyMemoryView.Exports exports() {
            return source.exports;
        }
    }

    @ExposedMethod
    static PyObject read(BytesIO self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("read", args, kw, 0, 1, "size");
        return new PyBytes(self.readJava(IOBase.size(a[0])));
    }

    @ExposedMethod
    static PyObject read1(BytesIO self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("read1", args, kw, 0, 1, "size");
        return new PyBytes(self.readJava(IOBase.size(a[0])));
    }

    @ExposedMethod
    static long readinto(BytesIO self, PyObject b) {
        byte[] dst = IOBase.writableBuffer("readinto", b);
        byte[] got = self.readJava(IOBase.bufferLength(b));
        IOBase.store(b, dst, got);
        return got.length;
    }

    byte[] readlineJava(long limit) {
        check();
        int start = Math.min(pos, size);
        int end = start;
        while (end < size && (limit < 0 || end - start < limit)) {
            if (buf[end++] == '\n') {
                break;
            }
        }
        pos = Math.max(pos, end);
        return Arrays.copyOfRange(buf, start, end);
    }

    @ExposedMethod
    static PyObject readline(BytesIO self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("readline", args, kw, 0, 1, "size");
        return new PyBytes(self.readlineJava(IOBase.size(a[0])));
    }

    @ExposedMethod
    static PyObject readlines(BytesIO self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("readlines", args, kw, 0, 1, "size");
        long hint = IOBase.size(a[0]);
        self.check();
        PyList out = new PyList();
        long total = 0;
        while (true) {
            byte[] line = self.readlineJava(-1);
            if (line.length == 0) {
                break;
            }
            out.append(new PyBytes(line));
            total += line.length;
            if (hint > 0 && total >= hint) {
                break;
            }
        }
        return out;
    }

    @ExposedMethod
    static long write(BytesIO self, PyObject b) {
        self.check();
        self.checkExports();
        byte[] data = IOBase.bytesLike(b);
        int len = b instanceof PyByteArray ? IOBase.bufferLength(b) : data.length;
        return self.writeJava(data, len);
    }

    @ExposedMethod
    static void writelines(BytesIO self, PyObject lines) {
        self.check();
        self.checkExports();
        PyObject it = Abstract.iter(lines);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            write(self, x);
        }
    }

    /** seek(pos, whence=0). Compare _io_BytesIO_seek_impl. */
    @ExposedMethod
    static long seek(BytesIO self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("seek", args, kw, 1, 2, "pos", "whence");
        self.check();
        long pos = Abstract.index(a[0]).longValue();
        long whence = a[1] == null ? 0 : Abstract.index(a[1]).longValue();
        if (pos < 0 && whence == 0) {
            throw PyErr.valueError("negative seek value " + pos);
        }
        if (whence == 1) {
            pos += self.pos;
        } else if (whence == 2) {
            pos += self.size;
        } else if (whence != 0) {
            throw PyErr.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (pos < 0) {
            pos = 0;
        }
        if (pos > Integer.MAX_VALUE - 16) {
            throw PyErr.overflowError("new position too large");
        }
        self.pos = (int) pos;
        return pos;
    }

    @ExposedMethod
    static long tell(BytesIO self) {
        self.check();
        return self.pos;
    }

    @ExposedMethod
    static long truncate(BytesIO self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("truncate", args, kw, 0, 1, "size");
        self.check();
        self.checkExports();
        long n = a[0] == null || a[0] == PyNone.NONE ? self.pos : Abstract.index(a[0]).longValue();
        if (n < 0) {
            throw PyErr.valueError("negative size value " + n);
        }
        if (n < self.size) {
            self.size = (int) n;
        }
        return n;
    }

    @ExposedMethod
    static boolean readable(BytesIO self) {
        self.check();
        return true;
    }

    @ExposedMethod
    static boolean writable(BytesIO self) {
        self.check();
        return true;
    }

    @ExposedMethod
    static boolean seekable(BytesIO self) {
        self.check();
        return true;
    }

    @ExposedMethod
    static void flush(BytesIO self) {
        self.check();
    }

    @ExposedMethod
    static boolean isatty(BytesIO self) {
        self.check();
        return false;
    }

    @ExposedMethod
    static void close(BytesIO self) {
        self.checkExports();
        self.closed = true;
        self.buf = new byte[0];
        self.size = 0;
    }

    @ExposedGetter
    static PyObject closed(BytesIO self) {
        return PyBool.of(self.closed);
    }

    @ExposedMethod
    static PyObject __iter__(BytesIO self) {
        self.check();
        return self;
    }

    @ExposedMethod
    static PyObject __next__(BytesIO self) {
        byte[] line = self.readlineJava(-1);
        if (line.length == 0) {
            throw PyErr.stopIteration(null);
        }
        return new PyBytes(line);
    }

    /** (value, position, dict or None). Compare bytesio.c: _io_BytesIO___getstate___impl. */
    @ExposedMethod
    static PyObject __getstate__(BytesIO self) {
        self.check();
        PyDict d = self.dictOrNull();
        return PyTuple.of(new PyBytes(Arrays.copyOf(self.buf, self.size)), PyInt.of(self.pos),
            d == null ? PyNone.NONE : d.copy());
    }

    /**
     * Restores what __getstate__ made: the buffer is rewritten from state[0] (any bytes-like
     * object), the position set without seeking, the dict merged. Compare bytesio.c:
     * _io_BytesIO___setstate___impl.
     */
    @ExposedMethod
    static PyObject __setstate__(BytesIO self, PyObject state) {
        if (!(state instanceof PyTuple t) || t.size() < 3) {
            throw PyErr.typeError(self.type().getName() + ".__setstate__ argument should be 3-tuple, got "
                + state.type().getName());
        }
        self.checkExports();
        self.size = 0;
        self.pos = 0;
        write(self, t.get(0));
        PyObject p = t.get(1);
        if (!(p instanceof PyInt)) {
            throw PyErr.typeError("second item of state must be an integer, not " + p.type().getName());
        }
        long pos = ((PyInt) p).longValue();
        if (pos < 0) {
            throw PyErr.valueError("position value cannot be negative");
        }
        self.pos = (int) Math.min(pos, Integer.MAX_VALUE);
        PyObject d = t.get(2);
        if (d != PyNone.NONE) {
            if (!(d instanceof PyDict dict)) {
                throw PyErr.typeError("third item of state should be a dict, got a " + d.type().getName());
            }
            self.updateDict(dict);
        }
        return PyNone.NONE;
    }
}
