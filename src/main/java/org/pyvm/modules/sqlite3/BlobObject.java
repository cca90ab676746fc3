package org.pyvm.modules.sqlite3;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PySlice;
import org.pyvm.runtime.PyType;

/**
 * sqlite3.Blob: incremental I/O on one BLOB value (Connection.blobopen), file-like
 * (read/write/seek/tell) and indexable by byte. Compare CPython 3.12 Modules/_sqlite/blob.c.
 */
final class BlobObject implements PyObject {

    static final PyType TYPE = Types.finish(Types.builtin("sqlite3", "Blob", BlobObject.class, BlobObject.class))
        .notSubclassable().noInstances();

    static {
        // blob[i] is mp_subscript only: iter(blob) and 'in' are TypeErrors (test_blob_sequence_not_supported).
        TYPE.mappingOnly = true;
    }

    private final ConnectionObject connection;
    private MemorySegment blob;
    private int offset;

    BlobObject(ConnectionObject connection, MemorySegment blob) {
        this.connection = connection;
        this.blob = blob;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Compare blob.c: close_blob. */
    void closeBlob() {
        if (blob != null) {
            MemorySegment b = blob;
            blob = null;
            SqliteLib.blob_close(b);
        }
    }

    /** Compare blob.c: check_blob. */
    private void check() {
        connection.checkConnection();
        connection.checkThread();
        if (blob == null) {
            throw PyErr.of(SqliteModule.ProgrammingError, "Cannot operate on a closed blob.");
        }
    }

    private static BlobObject self(PyObject o) {
        return (BlobObject) o;
    }

    private int length() {
        return SqliteLib.blob_bytes(blob);
    }

    /** Compare blob.c: read_single / inner_read. */
    private byte[] innerRead(int length, int at) {
        if (length <= 0) {
            return new byte[0];
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(length);
            int rc = SqliteLib.blob_read(blob, buf, length, at);
            if (rc != SqliteLib.SQLITE_OK) {
                throw SqliteModule.failure(connection.db);
            }
            return buf.toArray(ValueLayout.JAVA_BYTE);
        }
    }

    /** Compare blob.c: inner_write. */
    private void innerWrite(byte[] data, int at) {
        if (data.length == 0) {
            return;
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment buf = a.allocate(data.length);
            MemorySegment.copy(data, 0, buf, ValueLayout.JAVA_BYTE, 0, data.length);
            int rc = SqliteLib.blob_write(blob, buf, data.length, at);
            if (rc != SqliteLib.SQLITE_OK) {
                throw SqliteModule.failure(connection.db);
            }
        }
    }

    @ExposedMethod
    static void close(PyObject self) {
        BlobObject b = self(self);
        b.connection.checkConnection();
        b.connection.checkThread();
        b.closeBlob();
    }

    /** read(length=-1, /). */
    @ExposedMethod
    static PyObject read(PyObject self, PyObject[] args, String[] kw) {
        Args.noKeywords("read", kw);
        Args.positional("read", args.length, 0, 1);
        int length = args.length == 0 ? -1 : SqliteModule.intArg(args[0]);
        BlobObject b = self(self);
        b.check();
        int max = b.length() - b.offset;
        if (length < 0 || length > max) {
            length = max;
        }
        byte[] out = b.innerRead(length, b.offset);
        b.offset += length;
        return new PyBytes(out);
    }

    /** The bytes of a buffer argument (PyBUF_SIMPLE: contiguous only). */
    private static byte[] simpleBuffer(PyObject o, String fn) {
        byte[] b = SqliteModule.bufferBytes(o);
        if (b == null) {
            throw PyErr.typeError(fn + "a bytes-like object is required, not '" + o.type().getName() + "'");
        }
        return b;
    }

    @ExposedMethod
    static void write(PyObject self, PyObject data) {
        BlobObject b = self(self);
        byte[] d = simpleBuffer(data, "");
        b.check();
        int remaining = b.length() - b.offset;
        if (d.length > remaining) {
            throw PyErr.valueError("data longer than blob length");
        }
        b.innerWrite(d, b.offset);
        b.offset += d.length;
    }

    /** seek(offset, origin=0, /). Compare blob.c: blob_seek_impl. */
    @ExposedMethod
    static void seek(PyObject self, PyObject[] args, String[] kw) {
        Args.noKeywords("seek", kw);
        Args.positional("seek", args.length, 1, 2);
        int off = SqliteModule.intArg(args[0]);
        int origin = args.length > 1 ? SqliteModule.intArg(args[1]) : 0;
        BlobObject b = self(self);
        b.check();
        int len = b.length();
        long target;
        switch (origin) {
            case 0:
                target = off;
                break;
            case 1:
                if (off > Integer.MAX_VALUE - b.offset) {
                    throw PyErr.overflowError("seek offset results in overflow");
                }
                target = (long) off + b.offset;
                break;
            case 2:
                if (off > Integer.MAX_VALUE - len) {
                    throw PyErr.overflowError("seek offset results in overflow");
                }
                target = (long) off + len;
                break;
            default:
                throw PyErr.valueError("'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END");
        }
        if (target < 0 || target > len) {
            throw PyErr.valueError("offset out of blob range");
        }
        b.offset = (int) target;
    }

    @ExposedMethod
    static long tell(PyObject self) {
        BlobObject b = self(self);
        b.check();
        return b.offset;
    }

    @ExposedMethod
    static PyObject __enter__(PyObject self) {
        self(self).check();
        return self;
    }

    @ExposedMethod
    static PyObject __exit__(PyObject self, PyObject t, PyObject v, PyObject tb) {
        BlobObject b = self(self);
        b.check();
        b.closeBlob();
        return PyBool.FALSE;
    }

    @ExposedMethod
    static long __len__(PyObject self) {
        BlobObject b = self(self);
        b.check();
        return b.length();
    }

    /** An index into the blob: IndexError "cannot fit" for huge ones, "Blob index out of range" outside. */
    private long index(PyObject item, int len) {
        PyInt v = Abstract.index(item);
        if (v.isBig()) {
            throw PyErr.indexError("cannot fit 'int' into an index-sized integer");
        }
        long i = v.longValue();
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw PyErr.indexError("Blob index out of range");
        }
        return i;
    }

    @ExposedMethod
    static PyObject __getitem__(PyObject self, PyObject item) {
        BlobObject b = self(self);
        b.check();
        int len = b.length();
        if (item instanceof PySlice s) {
            long[] r = s.indices(len);
            long start = r[0], step = r[2], n = r[3];
            if (n <= 0) {
                return new PyBytes(new byte[0]);
            }
            if (step == 1) {
                return new PyBytes(b.innerRead((int) n, (int) start));
            }
            long stop = start + (n - 1) * step;
            long lo = Math.min(start, stop);
            byte[] all = b.innerRead((int) (Math.max(start, stop) - lo + 1), (int) lo);
            byte[] out = new byte[(int) n];
            for (int k = 0; k < n; k++) {
                out[k] = all[(int) (start + k * step - lo)];
            }
            return new PyBytes(out);
        }
        if (!Abstract.hasIndex(item)) {
            throw PyErr.typeError("Blob indices must be integers");
        }
        long i = b.index(item, len);
        return PyInt.of(b.innerRead(1, (int) i)[0] & 0xff);
    }

    @ExposedMethod
    static void __setitem__(PyObject self, PyObject item, PyObject value) {
        BlobObject b = self(self);
        b.check();
        int len = b.length();
        if (item instanceof PySlice s) {
            byte[] data = simpleBuffer(value, "");
            long[] r = s.indices(len);
            long start = r[0], step = r[2], n = r[3];
            if (data.length != n) {
                throw PyErr.indexError("Blob slice assignment is wrong size");
            }
            if (n == 0) {
                return;
            }
            if (step == 1) {
                b.innerWrite(data, (int) start);
                return;
            }
            long stop = start + (n - 1) * step;
            long lo = Math.min(start, stop);
            byte[] all = b.innerRead((int) (Math.max(start, stop) - lo + 1), (int) lo);
            for (int k = 0; k < n; k++) {
                all[(int) (start + k * step - lo)] = data[k];
            }
            b.innerWrite(all, (int) lo);
            return;
        }
        if (!Abstract.hasIndex(item)) {
            throw PyErr.typeError("Blob indices must be integers");
        }
        long i = b.index(item, len);
        long v;
        try {
            PyInt iv = Abstract.index(value);
            v = iv.isBig() ? -1 : iv.longValue();
        } catch (PyBaseException e) {
            if (e.type().isSubtypeOf(PyExc.TypeError)) {
                throw PyErr.typeError("'" + value.type().getName() + "' object cannot be interpreted as an integer");
            }
            throw e;
        }
        if (v < 0 || v > 255) {
            throw PyErr.valueError("byte must be in range(0, 256)");
        }
        b.innerWrite(new byte[] {(byte) v}, (int) i);
    }

    @ExposedMethod
    static void __delitem__(PyObject self, PyObject item) {
        BlobObject b = self(self);
        b.check();
        if (item instanceof PySlice) {
            throw PyErr.typeError("Blob doesn't support slice deletion");
        }
        if (!Abstract.hasIndex(item)) {
            throw PyErr.typeError("Blob indices must be integers");
        }
        throw PyErr.typeError("Blob doesn't support item deletion");
    }
}
