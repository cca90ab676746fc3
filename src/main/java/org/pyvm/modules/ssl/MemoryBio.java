package org.pyvm.modules.ssl;

import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyType;

/**
 * {@code _ssl.MemoryBIO}: a byte queue an SSL object reads its network input from or writes
 * its output to (asyncio's sslproto feeds the socket's bytes in and sends what comes out).
 * Compare _ssl.c: _ssl_MemoryBIO_impl, read, write, write_eof.
 */
final class MemoryBio implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("_ssl", "MemoryBIO", MemoryBio.class, MemoryBio.class)).notSubclassable();

    private final PyType type;
    private byte[] buf = new byte[256];
    private int head;
    private int tail;
    /** write_eof() was called: once drained, reads are at the end. */
    boolean eofWritten;

    private MemoryBio(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        Args.noKeywords("MemoryBIO", kw);
        Args.positional("MemoryBIO", args.length, 0, 0);
        return new MemoryBio(cls);
    }

    int available() {
        return tail - head;
    }

    /** Appends bytes (the SSL object's output). */
    void put(byte[] b, int off, int len) {
        if (tail + len > buf.length) {
            int n = available();
            byte[] nb = n + len > buf.length / 2 ? new byte[Math.max(buf.length * 2, n + len)] : buf;
            System.arraycopy(buf, head, nb, 0, n);
            buf = nb;
            head = 0;
            tail = n;
        }
        System.arraycopy(b, off, buf, tail, len);
        tail += len;
    }

    /** Takes up to MAX bytes. */
    byte[] take(int max) {
        int n = Math.min(max, available());
        byte[] out = java.util.Arrays.copyOfRange(buf, head, head + n);
        head += n;
        if (head == tail) {
            head = tail = 0;
        }
        return out;
    }

    /** Moves up to DST's room into DST. */
    void takeInto(java.nio.ByteBuffer dst) {
        int n = Math.min(dst.remaining(), available());
        dst.put(buf, head, n);
        head += n;
        if (head == tail) {
            head = tail = 0;
        }
    }

    @ExposedGetter
    static PyObject pending(MemoryBio self) {
        return PyInt.of(self.available());
    }

    @ExposedGetter
    static PyObject eof(MemoryBio self) {
        return PyBool.of(self.eofWritten && self.available() == 0);
    }

    /** read(size=-1). */
    @ExposedMethod
    static PyObject read(MemoryBio self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("read", args, kw, 0, 1, "size");
        long size = a[0] == null ? -1 : Abstract.index(a[0]).longValue();
        if (size > Integer.MAX_VALUE) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        int n = size < 0 ? self.available() : (int) size;
        return new PyBytes(self.take(n));
    }

    /** write(b): the number of bytes written. */
    @ExposedMethod
    static long write(MemoryBio self, PyObject b) {
        byte[] data = SslModule.buffer(b);
        if (self.eofWritten) {
            throw SslModule.simple("cannot write() after write_eof()");
        }
        self.put(data, 0, data.length);
        return data.length;
    }

    @ExposedMethod
    static void write_eof(MemoryBio self) {
        self.eofWritten = true;
    }
}
