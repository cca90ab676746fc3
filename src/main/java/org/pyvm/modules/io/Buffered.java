package org.pyvm.modules.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.ReprGuard;
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
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * _io.BufferedReader, BufferedWriter and BufferedRandom: one Java class, the kind
 * deciding which methods the type exposes. A read buffer ({@code rbuf[rpos..rlen)})
 * holds bytes read ahead from the raw stream, a write buffer ({@code wbuf[0..wlen)})
 * bytes not yet written; the logical position is the raw one less the read-ahead plus
 * the pending writes. A raw stream that is exactly _io.FileIO is driven in Java;
 * anything else through its Python methods. Compare CPython Modules/_io/bufferedio.c.
 */
public class Buffered extends IOObject implements org.pyvm.runtime.Finalization.Wrapper {

    public static final PyType READER = Types.finish(Types.builtin("_io", "BufferedReader", Buffered.class,
        ReaderMethods.class, BufferedIOBase.TYPE).alsoExposedBy(Buffered.class));
    public static final PyType WRITER = Types.finish(Types.builtin("_io", "BufferedWriter", Buffered.class,
        WriterMethods.class, BufferedIOBase.TYPE).alsoExposedBy(Buffered.class));
    public static final PyType RANDOM = Types.finish(Types.builtin("_io", "BufferedRandom", Buffered.class,
        ReaderMethods.class, BufferedIOBase.TYPE).alsoExposedBy(WriterMethods.class).alsoExposedBy(Buffered.class));

    PyObject raw;
    boolean canRead;
    boolean canWrite;
    int bufferSize = IoModule.DEFAULT_BUFFER_SIZE;
    byte[] rbuf = new byte[0];
    int rpos;
    int rlen;
    byte[] wbuf = new byte[0];
    int wlen;
    boolean detached;

    Buffered(PyType type) {
        super(type);
    }

    @Override
    public PyObject wrapped() {
        return raw;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new Buffered(cls).watched();
    }

    /** __init__(raw, buffer_size=DEFAULT_BUFFER_SIZE). Compare _io_BufferedReader___init___impl and friends. */
    @ExposedMethod
    static void __init__(Buffered self, PyObject[] args, String[] kw) {
        boolean reader = self.type().isSubtypeOf(READER) || self.type().isSubtypeOf(RANDOM);
        boolean writer = self.type().isSubtypeOf(WRITER) || self.type().isSubtypeOf(RANDOM);
        String fn = self.type().isSubtypeOf(RANDOM) ? "BufferedRandom" : reader ? "BufferedReader" : "BufferedWriter";
        PyObject[] a = Args.parse(fn, args, kw, 1, 2, "raw", "buffer_size");
        PyObject raw = a[0];
        // Uninitialized until this succeeds. Compare _io_BufferedWriter___init___impl (self->ok = 0).
        self.raw = null;
        self.detached = false;
        // The raw stream's seekable()/readable()/writable() themselves, not its _check*
        // methods (a raw stream need not have them). Compare _PyIOBase_check_readable.
        if (self.type().isSubtypeOf(RANDOM)) {
            IOBase._checkSeekable(raw, null);
        }
        if (reader) {
            IOBase._checkReadable(raw, null);
        }
        if (writer) {
            IOBase._checkWritable(raw, null);
        }
        long size = a[1] == null ? IoModule.DEFAULT_BUFFER_SIZE : Abstract.index(a[1]).longValue();
        if (size <= 0) {
            throw PyErr.valueError("buffer size must be strictly positive");
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw PyErr.memoryError();
        }
        self.init(raw, reader, writer, (int) Math.min(size, 1 << 30));
    }

    void init(PyObject raw, boolean reader, boolean writer, int size) {
        this.raw = raw;
        this.canRead = reader;
        this.canWrite = writer;
        this.bufferSize = size;
        this.rbuf = new byte[reader ? size : 0];
        this.wbuf = new byte[writer ? size : 0];
        rpos = rlen = wlen = 0;
        detached = false;
        ioBaseClosed = false;
        if (writer) {
            OpenStreams.register(this);
        }
    }

    // ---- the raw stream ----

    private FileIO fast() {
        return raw instanceof FileIO f && f.type() == FileIO.TYPE ? f : null;
    }

    void checkAttached() {
        if (raw == null) {
            throw PyErr.valueError(detached ? "raw stream has been detached"
                : "I/O operation on uninitialized object");
        }
    }

    boolean rawClosed() {
        FileIO f = fast();
        return f != null ? f.fd < 0 : IOBase.isClosed(raw);
    }

    private void checkClosed(String msg) {
        checkAttached();
        if (rawClosed()) {
            if (rlen - rpos > 0 && msg.startsWith("read")) {
                return;
            }
            throw PyErr.valueError(msg);
        }
    }

    /** One raw read of up to N bytes: null when it would block (None), empty at EOF. */
    private byte[] rawRead(int n) {
        FileIO f = fast();
        if (f != null) {
            return f.readBytes(n);
        }
        PyByteArray b = new PyByteArray(new byte[n]);
        PyObject r = IOBase.call(raw, "readinto", b);
        if (r == PyNone.NONE) {
            return null;
        }
        long got;
        try {
            got = Abstract.index(r).longValue();
        } catch (PyBaseException e) {
            if (!e.matches(PyExc.TypeError)) {
                throw e;
            }
            // Compare bufferedio.c: _bufferedreader_raw_read (_PyErr_FormatFromCause).
            PyBaseException os = PyErr.of(PyExc.OSError, "raw readinto() failed");
            os.cause = e;
            os.context = e;
            os.suppressContext = true;
            throw os;
        }
        if (got < 0 || got > n) {
            throw PyErr.of(PyExc.OSError, "raw readinto() returned invalid length " + got + " (should have been "
                + "between 0 and " + n + ")");
        }
        return Arrays.copyOf(b.bytes(), (int) got);
    }

    private byte[] rawReadAll() {
        FileIO f = fast();
        if (f != null) {
            return f.readAllBytes();
        }
        PyObject readall = Abstract.lookupAttr(raw, "readall");
        if (readall != null) {
            PyObject r = Abstract.call(readall);
            return r == PyNone.NONE ? null : IOBase.bytesLike(r);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] b = rawRead(bufferSize); b != null && b.length > 0; b = rawRead(bufferSize)) {
            out.write(b, 0, b.length);
        }
        return out.toByteArray();
    }

    /** One raw write: the count written, or -2 when a non-blocking raw stream wrote nothing (None). */
    private int rawWriteOnce(byte[] b, int off, int len) {
        FileIO f = fast();
        if (f != null) {
            return f.writeBytes(b, off, len);
        }
        PyObject r = IOBase.call(raw, "write", new PyBytes(Arrays.copyOfRange(b, off, off + len)));
        if (r == PyNone.NONE) {
            return -2;
        }
        long n = Abstract.index(r).longValue();
        if (n < 0 || n > len) {
            throw PyErr.of(PyExc.OSError, "raw write() returned invalid length " + n + " (should have been "
                + "between 0 and " + len + ")");
        }
        return (int) n;
    }

    /**
     * BlockingIOError(errno, "write could not complete without blocking", WRITTEN). CPython
     * passes C's errno of the moment: EAGAIN after a FileIO's write, else (a Python raw
     * stream's None) nothing set it, 0 here. Compare bufferedio.c: _set_BlockingIOError.
     */
    private PyBaseException blocking(int written) {
        return (PyBaseException) Abstract.call(PyExc.BlockingIOError, PyInt.of(raw instanceof FileIO ? EAGAIN : 0),
            PyStr.of("write could not complete without blocking"), PyInt.of(written));
    }

    private static final int EAGAIN = 11;

    long rawSeek(long pos, int whence) {
        FileIO f = fast();
        if (f != null) {
            return f.seekTo(pos, whence);
        }
        PyObject r = IOBase.call(raw, "seek", PyInt.of(pos), PyInt.of(whence));
        long v = Abstract.index(r).longValue();
        if (v < 0) {
            throw PyErr.of(PyExc.OSError, "Raw stream returned invalid position " + v);
        }
        return v;
    }

    long rawTell() {
        FileIO f = fast();
        if (f != null) {
            return f.seekTo(0, 1);
        }
        long v = Abstract.index(IOBase.call(raw, "tell")).longValue();
        if (v < 0) {
            throw PyErr.of(PyExc.OSError, "Raw stream returned invalid position " + v);
        }
        return v;
    }

    // ---- buffer work in Java (also used by TextIOWrapper) ----

    /**
     * Writes out the pending bytes. What the raw stream did not take stays buffered (a
     * non-blocking raw stream that takes nothing gives BlockingIOError with
     * characters_written 0). Compare _bufferedwriter_flush_unlocked.
     */
    void flushWrites() {
        int pos = 0;
        try {
            while (pos < wlen) {
                int n = rawWriteOnce(wbuf, pos, wlen - pos);
                if (n == -2) {
                    throw blocking(0);
                }
                pos += n;
            }
        } finally {
            if (pos > 0) {
                System.arraycopy(wbuf, pos, wbuf, 0, wlen - pos);
                wlen -= pos;
            }
        }
    }

    /** Drops the read-ahead, moving the raw stream back to the logical position. */
    void dropReadAhead() {
        int ahead = rlen - rpos;
        rpos = rlen = 0;
        if (ahead > 0) {
            rawSeek(-ahead, 1);
        }
    }

    /** Fills the read buffer with one raw read; false at EOF (or would block). */
    private boolean fill() {
        byte[] b = rawRead(bufferSize);
        if (b == null || b.length == 0) {
            return false;
        }
        System.arraycopy(b, 0, rbuf, 0, b.length);
        rpos = 0;
        rlen = b.length;
        return true;
    }

    /** read(n) for n >= 0, -1 for all. Compare _bufferedreader_read_generic. */
    byte[] readJava(long n) {
        checkReadableState();
        if (canWrite) {
            flushWrites();
        }
        if (n < 0) {
            byte[] rest = Arrays.copyOfRange(rbuf, rpos, rlen);
            rpos = rlen = 0;
            byte[] all = rawReadAll();
            if (all == null) {
                return rest.length == 0 ? null : rest;
            }
            if (rest.length == 0) {
                return all;
            }
            byte[] out = Arrays.copyOf(rest, rest.length + all.length);
            System.arraycopy(all, 0, out, rest.length, all.length);
            return out;
        }
        int want = (int) Math.min(n, Integer.MAX_VALUE - 16);
        int have = rlen - rpos;
        if (want <= have) {
            byte[] out = Arrays.copyOfRange(rbuf, rpos, rpos + want);
            rpos += want;
            return out;
        }
        // Compare _bufferedreader_read_generic: the buffered bytes, then whole blocks read
        // straight from the raw stream, then the rest through the buffer (left holding
        // what follows), so that later peek/read1 see the same buffer as CPython's.
        ByteArrayOutputStream out = new ByteArrayOutputStream(want);
        out.write(rbuf, rpos, have);
        rpos = rlen = 0;
        int remaining = want - have;
        while (remaining > 0) {
            int r = remaining / bufferSize * bufferSize;
            if (r == 0) {
                break;
            }
            byte[] b = rawRead(r);
            if (b == null || b.length == 0) {
                return out.toByteArray();
            }
            out.write(b, 0, b.length);
            remaining -= b.length;
        }
        while (remaining > 0 && rlen < bufferSize) {
            byte[] b = rawRead(bufferSize - rlen);
            if (b == null || b.length == 0) {
                break;
            }
            System.arraycopy(b, 0, rbuf, rlen, b.length);
            rlen += b.length;
            int take = Math.min(remaining, b.length);
            out.write(rbuf, rpos, take);
            rpos += take;
            remaining -= take;
        }
        return out.toByteArray();
    }

    /** read1(n): the buffered bytes, or at most one raw read. */
    byte[] read1Java(long n) {
        checkReadableState();
        if (canWrite) {
            flushWrites();
        }
        if (n < 0) {
            n = bufferSize;
        }
        if (n == 0) {
            return new byte[0];
        }
        int have = rlen - rpos;
        if (have > 0) {
            int k = (int) Math.min(n, have);
            byte[] out = Arrays.copyOfRange(rbuf, rpos, rpos + k);
            rpos += k;
            return out;
        }
        // Compare _io__Buffered_read1_impl: nothing buffered, so one raw read of N bytes.
        rpos = rlen = 0;
        byte[] b = rawRead((int) Math.min(n, Integer.MAX_VALUE - 16));
        return b == null ? new byte[0] : b;
    }

    /**
     * readinto (ONE false) or readinto1 of LEN bytes: the buffered bytes, then raw reads,
     * straight into the result when more than a buffer's worth remains; readinto1 does at
     * most one raw read and none once it has bytes. Null when a non-blocking raw stream
     * had nothing. Compare bufferedio.c: _buffered_readinto_generic.
     */
    byte[] readintoJava(int len, boolean one) {
        checkReadableState();
        byte[] out = new byte[len];
        int have = rlen - rpos;
        if (have >= len) {
            System.arraycopy(rbuf, rpos, out, 0, len);
            rpos += len;
            return out;
        }
        System.arraycopy(rbuf, rpos, out, 0, have);
        int written = have;
        if (canWrite) {
            flushWrites();
        }
        rpos = rlen = 0;
        for (int remaining = len - written; remaining > 0;) {
            int n;
            if (remaining > bufferSize) {
                byte[] b = rawRead(remaining);
                n = b == null ? -2 : b.length;
                if (n > 0) {
                    System.arraycopy(b, 0, out, written, n);
                }
            } else if (!(one && written > 0)) {
                byte[] b = rawRead(bufferSize);
                n = b == null ? -2 : b.length;
                if (n > 0) {
                    System.arraycopy(b, 0, rbuf, 0, n);
                    rlen = n;
                    int k = Math.min(n, remaining);
                    System.arraycopy(rbuf, 0, out, written, k);
                    rpos = k;
                    written += k;
                    remaining -= k;
                    continue;
                }
            } else {
                n = 0;
            }
            if (n == 0 || n == -2 && written > 0) {
                break;
            }
            if (n == -2) {
                return null;
            }
            written += n;
            remaining -= n;
            if (one) {
                break;
            }
        }
        return written == len ? out : Arrays.copyOf(out, written);
    }

    private void checkReadableState() {
        checkAttached();
        if (!canRead) {
            throw IOBase.unsupported("read");
        }
        checkClosed("read of closed file");
    }

    /**
     * The thread inside close()'s raw.close(), or null. CPython's close holds the buffered
     * object's lock over raw.close(), so a write from another thread waits for it and then
     * finds the stream closed (bpo-31976); pyvm has no such lock, so write() waits here.
     * Read and set under the GIL.
     */
    private Thread closingRaw;

    /** Waits, without the GIL, until the thread in close() has closed the raw stream. */
    private void awaitClose() {
        boolean released = org.pyvm.runtime.Gil.release();
        try {
            synchronized (this) {
                while (closingRaw != null) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
        } finally {
            org.pyvm.runtime.Gil.reacquire(released);
        }
    }

    /** write(b). Compare _io_BufferedWriter_write_impl. */
    int writeJava(byte[] b, int len) {
        checkAttached();
        if (closingRaw != null && closingRaw != Thread.currentThread()) {
            awaitClose();
        }
        if (rawClosed()) {
            throw PyErr.valueError("write to closed file");
        }
        if (rlen - rpos > 0) {
            dropReadAhead();
        } else {
            rpos = rlen = 0;
        }
        if (wlen + len <= bufferSize) {
            System.arraycopy(b, 0, wbuf, wlen, len);
            wlen += len;
            return len;
        }
        try {
            flushWrites();
        } catch (PyBaseException e) {
            if (!e.matches(PyExc.BlockingIOError)) {
                throw e;
            }
            // Buffer what fits; all of it means success. Compare _io_BufferedWriter_write_impl.
            int avail = bufferSize - wlen;
            if (len <= avail) {
                System.arraycopy(b, 0, wbuf, wlen, len);
                wlen += len;
                return len;
            }
            System.arraycopy(b, 0, wbuf, wlen, avail);
            wlen += avail;
            throw blocking(avail);
        }
        // The buffer is empty: write B itself while more than a buffer's worth remains.
        int written = 0;
        int remaining = len;
        while (remaining > bufferSize) {
            int n = rawWriteOnce(b, written, remaining);
            if (n == -2) {
                System.arraycopy(b, written, wbuf, 0, bufferSize);
                wlen = bufferSize;
                throw blocking(written + bufferSize);
            }
            written += n;
            remaining -= n;
        }
        System.arraycopy(b, written, wbuf, 0, remaining);
        wlen = remaining;
        return len;
    }

    long tellJava() {
        checkAttached();
        long pos = rawTell() - (rlen - rpos) + wlen;
        return Math.max(pos, 0);
    }

    long seekJava(long pos, int whence) {
        checkAttached();
        if (whence < 0 || whence > 2) {
            throw PyErr.valueError("whence value " + whence + " unsupported");
        }
        if (rawClosed()) {
            throw PyErr.valueError("seek of closed file");
        }
        if (!Abstract.isTrue(IOBase.call(raw, "seekable"))) {
            throw IOBase.unsupported("File or stream is not seekable.");
        }
        int avail = rlen - rpos;
        if ((whence == 0 || whence == 1) && canRead && avail > 0 && wlen == 0) {
            // Compare _io__Buffered_seek_impl: a target inside the read buffer only moves
            // the buffer position (so later peek/read1 see what CPython's would).
            long current = rawTell();
            long offset = whence == 0 ? pos - (current - avail) : pos;
            if (offset >= -rpos && offset <= avail) {
                rpos += (int) offset;
                return current - avail + offset;
            }
        }
        flushWrites();
        if (whence == 1) {
            pos -= rlen - rpos;
        }
        rpos = rlen = 0;
        return rawSeek(pos, whence);
    }

    void flushJava() {
        checkAttached();
        if (rawClosed()) {
            throw PyErr.valueError("flush of closed file");
        }
        if (canWrite) {
            flushWrites();
        }
    }

    void closeJava() {
        checkAttached();
        if (rawClosed()) {
            return;
        }
        if (finalizing) {
            IOBase.forwardDeallocWarn(raw, this);
        }
        PyBaseException err = null;
        try {
            // self.flush(), which a subclass or the instance may replace. Compare buffered_close.
            PyObject f = Abstract.lookupAttr(this, "flush");
            if (f instanceof org.pyvm.runtime.BoundJavaMethod || f == null) {
                if (canWrite) {
                    flushWrites();
                }
            } else {
                Abstract.call(f);
            }
        } catch (PyBaseException e) {
            err = e;
        }
        rpos = rlen = 0;
        try {
            synchronized (this) {
                closingRaw = Thread.currentThread();
            }
            IOBase.call(raw, "close");
        } catch (PyBaseException e) {
            if (err == null) {
                err = e;
            } else if (e.context == null) {
                e.context = err;
                err = e;
            }
        } finally {
            synchronized (this) {
                closingRaw = null;
                notifyAll();
            }
        }
        if (err != null) {
            throw err;
        }
    }

    // ---- methods common to the three types ----

    @ExposedMethod
    static PyObject read(Buffered self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("read", args, kw, 0, 1, "size");
        long n = IOBase.size(a[0]);
        if (n < -1) {
            throw PyErr.valueError("read length must be non-negative or -1");
        }
        byte[] b = self.readJava(n);
        return b == null ? PyNone.NONE : new PyBytes(b);
    }

    @ExposedMethod
    static PyObject flush(Buffered self) {
        self.flushJava();
        return PyNone.NONE;
    }

    @ExposedMethod
    static void close(Buffered self) {
        self.closeJava();
    }

    @ExposedMethod
    static PyObject detach(Buffered self) {
        self.checkAttached();
        self.flushJava();
        PyObject r = self.raw;
        self.raw = null;
        self.detached = true;
        return r;
    }

    @ExposedMethod
    static long seek(Buffered self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("seek", args, kw, 1, 2, "target", "whence");
        if (!(a[0] instanceof PyInt) && !Abstract.hasIndex(a[0])) {
            throw PyErr.typeError("'" + a[0].type().getName() + "' object cannot be interpreted as an integer");
        }
        long pos = Abstract.index(a[0]).longValue();
        int whence = a[1] == null ? 0 : (int) Abstract.index(a[1]).longValue();
        return self.seekJava(pos, whence);
    }

    @ExposedMethod
    static long tell(Buffered self) {
        return self.tellJava();
    }

    @ExposedMethod
    static PyObject truncate(Buffered self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("truncate", args, kw, 0, 1, "pos");
        self.checkAttached();
        if (self.rawClosed()) {
            throw PyErr.valueError("truncate of closed file");
        }
        if (!self.canWrite) {
            throw IOBase.unsupported("truncate");
        }
        self.flushWrites();
        PyObject pos = a[0] == null || a[0] == PyNone.NONE ? PyInt.of(self.tellJava()) : a[0];
        self.dropReadAhead();
        return IOBase.call(self.raw, "truncate", pos);
    }

    @ExposedMethod
    static PyObject fileno(Buffered self) {
        self.checkAttached();
        return IOBase.call(self.raw, "fileno");
    }

    @ExposedMethod
    static PyObject isatty(Buffered self) {
        self.checkAttached();
        return IOBase.call(self.raw, "isatty");
    }

    @ExposedMethod
    static PyObject seekable(Buffered self) {
        self.checkAttached();
        return IOBase.call(self.raw, "seekable");
    }

    @ExposedGetter
    static PyObject raw(Buffered self) {
        return self.raw == null ? PyNone.NONE : self.raw;
    }

    @ExposedGetter
    static PyObject closed(Buffered self) {
        self.checkAttached();
        return Abstract.getAttr(self.raw, "closed");
    }

    @ExposedGetter
    static PyObject name(Buffered self) {
        self.checkAttached();
        return Abstract.getAttr(self.raw, "name");
    }

    @ExposedGetter
    static PyObject mode(Buffered self) {
        self.checkAttached();
        return Abstract.getAttr(self.raw, "mode");
    }

    /** _dealloc_warn(source): passed on to the raw stream. Compare buffered_dealloc_warn. */
    @ExposedMethod
    static PyObject _dealloc_warn(Buffered self, PyObject source) {
        if (self.raw != null) {
            IOBase.forwardDeallocWarn(self.raw, source);
        }
        return PyNone.NONE;
    }

    @ExposedGetter(setter = "set_finalizing")
    static PyObject _finalizing(Buffered self) {
        return PyBool.of(self.finalizing);
    }

    static void set_finalizing(Buffered self, PyObject v) {
        self.finalizing = IOBase.boolMember(v);
    }

    /** "<_io.BufferedReader name='f'>". Compare buffered_repr. */
    @ExposedMethod
    static String __repr__(Buffered self) {
        String tn = self.type().getName();
        PyObject name = null;
        try {
            name = Abstract.lookupAttr(self, "name");
        } catch (PyBaseException e) {
            // A detached stream's name raises ValueError: the repr leaves the name out.
            if (!e.matches(PyExc.ValueError)) {
                throw e;
            }
        }
        if (name == null) {
            return "<" + tn + ">";
        }
        PyObject n = name;
        return ReprGuard.reentrantGuarded(self, () -> "<" + tn + " name=" + Abstract.repr(n) + ">");
    }

    @ExposedMethod
    static PyObject __getstate__(Buffered self) {
        throw PyErr.typeError("cannot pickle '" + self.type().getName() + "' instances");
    }

    /** The read-side methods (BufferedReader, BufferedRandom). */
    static final class ReaderMethods {
        private ReaderMethods() {}

        /** Only the reading types ask the raw stream; BufferedWriter inherits _IOBase's False. */
        @ExposedMethod
        static PyObject readable(Buffered self) {
            self.checkAttached();
            return IOBase.call(self.raw, "readable");
        }

        @ExposedMethod
        static PyObject read1(Buffered self, PyObject[] args, String[] kw) {
            PyObject[] a = Args.parse("read1", args, kw, 0, 1, "size");
            return new PyBytes(self.read1Java(IOBase.size(a[0])));
        }

        /** peek(size=0): the buffered bytes, filling the buffer once when empty. */
        @ExposedMethod
        static PyObject peek(Buffered self, PyObject[] args, String[] kw) {
            Args.parse("peek", args, kw, 0, 1, "size");
            self.checkAttached();
            self.checkClosed("peek of closed file");
            if (self.canWrite) {
                self.flushWrites();
            }
            if (self.rlen - self.rpos == 0) {
                self.fill();
            }
            return new PyBytes(Arrays.copyOfRange(self.rbuf, self.rpos, self.rlen));
        }

        @ExposedMethod
        static PyObject readinto(Buffered self, PyObject b) {
            return readinto(self, b, false);
        }

        @ExposedMethod
        static PyObject readinto1(Buffered self, PyObject b) {
            return readinto(self, b, true);
        }

        private static PyObject readinto(Buffered self, PyObject b, boolean one) {
            byte[] dst = IOBase.writableBuffer(one ? "readinto1" : "readinto", b);
            byte[] got = self.readintoJava(IOBase.bufferLength(b), one);
            if (got == null) {
                return PyNone.NONE;
            }
            IOBase.store(b, dst, got);
            return PyInt.of(got.length);
        }

        /** readline(size=-1) on the buffer. Compare _buffered_readline. */
        @ExposedMethod
        static PyObject readline(Buffered self, PyObject[] args, String[] kw) {
            PyObject[] a = Args.parse("readline", args, kw, 0, 1, "size");
            long limit = IOBase.size(a[0]);
            return new PyBytes(self.readlineJava(limit));
        }

        @ExposedMethod
        static PyObject __next__(Buffered self) {
            byte[] line = self.readlineJava(-1);
            if (line.length == 0) {
                throw PyErr.stopIteration(null);
            }
            return new PyBytes(line);
        }
    }

    byte[] readlineJava(long limit) {
        checkAttached();
        checkClosed("readline of closed file");
        if (canWrite) {
            flushWrites();
        }
        ByteArrayOutputStream out = null;
        while (true) {
            int have = rlen - rpos;
            int scan = limit < 0 ? have : (int) Math.min(have, limit - (out == null ? 0 : out.size()));
            int end = -1;
            for (int i = 0; i < scan; i++) {
                if (rbuf[rpos + i] == '\n') {
                    end = i + 1;
                    break;
                }
            }
            if (end >= 0 || (limit >= 0 && scan < have)) {
                int k = end >= 0 ? end : scan;
                if (out == null) {
                    byte[] r = Arrays.copyOfRange(rbuf, rpos, rpos + k);
                    rpos += k;
                    return r;
                }
                out.write(rbuf, rpos, k);
                rpos += k;
                return out.toByteArray();
            }
            if (out == null) {
                out = new ByteArrayOutputStream();
            }
            out.write(rbuf, rpos, scan);
            rpos += scan;
            if (limit >= 0 && out.size() >= limit) {
                return out.toByteArray();
            }
            if (!fill()) {
                return out.toByteArray();
            }
        }
    }

    /** The write-side methods (BufferedWriter, BufferedRandom). */
    static final class WriterMethods {
        private WriterMethods() {}

        /** Only the writing types ask the raw stream; BufferedReader inherits _IOBase's False. */
        @ExposedMethod
        static PyObject writable(Buffered self) {
            self.checkAttached();
            return IOBase.call(self.raw, "writable");
        }

        @ExposedMethod
        static long write(Buffered self, PyObject b) {
            byte[] data = IOBase.bytesLike(b);
            int len = b instanceof PyByteArray ? IOBase.bufferLength(b) : data.length;
            return self.writeJava(data, len);
        }
    }
}
