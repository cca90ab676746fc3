package org.pyvm.modules.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.modules.posix.Fs;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyType;

/**
 * _io.FileIO: a raw stream over one descriptor of pyvm's {@link FdTable}. Compare
 * CPython Modules/_io/fileio.c (messages, mode strings, repr).
 */
public final class FileIO extends IOObject {

    public static final PyType TYPE = Types.finish(Types.builtin("_io", "FileIO", FileIO.class, FileIO.class,
        RawIOBase.TYPE));

    int fd = -1;
    boolean readable;
    boolean writable;
    boolean appending;
    boolean created;
    boolean closefd = true;
    /** -1 unknown, 0 no, 1 yes. */
    int seekable = -1;

    FileIO(PyType type) {
        super(type);
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new FileIO(cls).watched();
    }

    /** FileIO(file, mode='r', closefd=True, opener=None). Compare fileio.c: _io_FileIO___init___impl. */
    @ExposedMethod
    static void __init__(FileIO self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("FileIO", args, kw, 1, 4, "file", "mode", "closefd", "opener");
        String mode = a[1] == null ? "r" : Abstract.strArg(a[1], "FileIO");
        boolean closefd = a[2] == null || Abstract.isTrue(a[2]);
        PyObject opener = a[3] == null ? PyNone.NONE : a[3];
        self.init(a[0], mode, closefd, opener);
    }

    void init(PyObject file, String mode, boolean closefd, PyObject opener) {
        if (fd >= 0) {
            if (this.closefd) {
                internalClose();
            } else {
                fd = -1;
            }
        }
        if (file instanceof PyFloat) {
            throw PyErr.typeError("integer argument expected, got float");
        }
        int fdArg = -1;
        if (file instanceof PyInt || (!(file instanceof PyStr) && !(file instanceof PyBytes)
            && file.type().lookup("__fspath__") == null && Abstract.hasIndex(file))) {
            long v = Abstract.index(file).longValue();
            if (v < 0) {
                throw PyErr.valueError("negative file descriptor");
            }
            fdArg = (int) v;
        }
        boolean rwa = false;
        boolean plus = false;
        int flags = 0;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x', 'r', 'w', 'a' -> {
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    if (c == 'x') {
                        created = true;
                        writable = true;
                        flags |= FdTable.O_EXCL | FdTable.O_CREAT;
                    } else if (c == 'r') {
                        readable = true;
                    } else if (c == 'w') {
                        writable = true;
                        flags |= FdTable.O_CREAT | FdTable.O_TRUNC;
                    } else {
                        writable = true;
                        appending = true;
                        flags |= FdTable.O_APPEND | FdTable.O_CREAT;
                    }
                }
                case 'b' -> { }
                case '+' -> {
                    if (plus) {
                        throw badMode();
                    }
                    readable = writable = true;
                    plus = true;
                }
                default -> throw PyErr.valueError("invalid mode: " + mode);
            }
        }
        if (!rwa) {
            throw badMode();
        }
        flags |= readable && writable ? FdTable.O_RDWR : readable ? FdTable.O_RDONLY : FdTable.O_WRONLY;
        flags |= FdTable.O_CLOEXEC;
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("open", file, PyStr.of(mode), PyInt.of(flags));
        }
        if (fdArg >= 0) {
            fd = fdArg;
            this.closefd = closefd;
            FdTable.get(fd);
        } else {
            this.closefd = true;
            if (!closefd) {
                throw PyErr.valueError("Cannot use closefd=False with file name");
            }
            if (opener == PyNone.NONE) {
                Fs.PathArg p = pathArg(file);
                java.nio.file.Path path = p.path();
                p.checkCreate(path, flags);
                fd = FdTable.open(path, flags, 0666, file);
            } else {
                PyObject r = Abstract.call(opener, file, PyInt.of(flags));
                if (!(r instanceof PyInt)) {
                    throw PyErr.typeError("expected integer from opener");
                }
                long v = ((PyInt) r).longValue();
                if (v < 0) {
                    throw PyErr.valueError("opener returned " + v);
                }
                fd = (int) v;
            }
        }
        FdTable.Entry e = FdTable.get(fd);
        if (e.isDir) {
            int bad = fd;
            fd = -1;
            if (fdArg < 0) {
                FdTable.close(bad);
            }
            throw OsErrors.of(OsErrors.EISDIR, file);
        }
        if (type() == TYPE) {
            getDict().setStr("name", file);
        } else {
            // A subclass's __setattr__ may refuse: then a descriptor opened here is closed,
            // one given is left alone. Compare _io_FileIO___init___impl (its error path).
            try {
                Abstract.setAttr(this, "name", file);
            } catch (PyBaseException ex) {
                int bad = fd;
                fd = -1;
                if (fdArg < 0) {
                    FdTable.close(bad);
                }
                throw ex;
            }
        }
        if (appending) {
            // Compare fileio.c: an appending file starts at its end, so tell() agrees.
            try {
                FdTable.seek(fd, 0, 2);
            } catch (PyBaseException ex) {
                // not seekable: fine
            }
        }
    }

    private static Fs.PathArg pathArg(PyObject file) {
        if (!(file instanceof PyStr) && !(file instanceof PyBytes) && file.type().lookup("__fspath__") == null
            && !file.type().isSubtypeOf(PyStr.TYPE) && !file.type().isSubtypeOf(PyBytes.TYPE)) {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not " + file.type().getName());
        }
        // PyUnicode_FSConverter's message for a NUL in bytes too, not path_converter's.
        return Fs.path(null, "file", file, false);
    }

    private static PyBaseException badMode() {
        return PyErr.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    // ---- state checks ----

    private void checkOpen() {
        if (fd < 0) {
            throw PyErr.valueError("I/O operation on closed file");
        }
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) {
            throw IOBase.unsupported("File not open for reading");
        }
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) {
            throw IOBase.unsupported("File not open for writing");
        }
    }

    // ---- Java entry points for the buffered layer ----

    /** Up to N bytes (an empty array at end of file). */
    byte[] readBytes(int n) {
        checkReadable();
        return FdTable.read(fd, n);
    }

    /** Everything to the end of the file. */
    byte[] readAllBytes() {
        checkReadable();
        FdTable.Entry e = FdTable.get(fd);
        FileChannel ch = e.channel();
        if (ch != null && e.seekable()) {
            try {
                long rest = ch.size() - ch.position();
                if (rest >= 0 && rest < Integer.MAX_VALUE - 16) {
                    ByteBuffer buf = ByteBuffer.allocate((int) rest);
                    while (buf.hasRemaining()) {
                        if (ch.read(buf) < 0) {
                            break;
                        }
                    }
                    byte[] b = buf.position() == rest ? buf.array() : java.util.Arrays.copyOf(buf.array(), buf.position());
                    byte[] more = FdTable.read(fd, 8192);
                    if (more.length == 0) {
                        return b;
                    }
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    out.write(b, 0, b.length);
                    out.write(more, 0, more.length);
                    for (byte[] m = FdTable.read(fd, 65536); m != null && m.length > 0; m = FdTable.read(fd, 65536)) {
                        out.write(m, 0, m.length);
                    }
                    return out.toByteArray();
                }
            } catch (IOException ex) {
                throw OsErrors.from(ex, null);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] m = FdTable.read(fd, 65536); m == null || m.length > 0; m = FdTable.read(fd, 65536)) {
            if (m == null) {
                // A non-blocking descriptor with nothing more now (EAGAIN): what came so far,
                // or None when nothing did. Compare fileio.c: _io_FileIO_readall_impl.
                return out.size() == 0 ? null : out.toByteArray();
            }
            out.write(m, 0, m.length);
        }
        return out.toByteArray();
    }

    /** write(2): the count written, or -2 when a non-blocking descriptor took nothing (EAGAIN). */
    int writeBytes(byte[] b, int off, int len) {
        checkWritable();
        try {
            return FdTable.write(fd, b, off, len);
        } catch (org.pyvm.runtime.PyBaseException e) {
            if (e.matches(org.pyvm.runtime.PyExc.BlockingIOError)) {
                return -2;
            }
            throw e;
        }
    }

    long seekTo(long pos, int whence) {
        checkOpen();
        return FdTable.seek(fd, pos, whence);
    }

    void internalClose() {
        int f = fd;
        fd = -1;
        if (closefd && f >= 0) {
            FdTable.close(f);
        }
    }

    // ---- Python methods ----

    @ExposedMethod
    static PyObject read(FileIO self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("read", args, kw, 0, 1, "size");
        long n = IOBase.size(a[0]);
        self.checkReadable();
        if (n < 0) {
            return readall(self);
        }
        byte[] b = self.readBytes((int) Math.min(n, Integer.MAX_VALUE - 16));
        // A non-blocking pipe with nothing in it: None, as CPython's FileIO on EAGAIN.
        return b == null ? org.pyvm.runtime.PyNone.NONE : new PyBytes(b);
    }

    @ExposedMethod
    static PyObject readall(FileIO self) {
        byte[] b = self.readAllBytes();
        return b == null ? org.pyvm.runtime.PyNone.NONE : new PyBytes(b);
    }

    @ExposedMethod
    static PyObject readinto(FileIO self, PyObject b) {
        byte[] dst = IOBase.writableBuffer("readinto", b);
        self.checkReadable();
        int len = IOBase.bufferLength(b);
        byte[] got = self.readBytes(len);
        if (got == null) {
            return org.pyvm.runtime.PyNone.NONE; // EAGAIN on a non-blocking descriptor
        }
        IOBase.store(b, dst, got);
        return PyInt.of(got.length);
    }

    @ExposedMethod
    static PyObject write(FileIO self, PyObject b) {
        byte[] data = IOBase.bytesLike(b);
        self.checkWritable();
        int len = b instanceof org.pyvm.runtime.PyByteArray ? IOBase.bufferLength(b) : data.length;
        int n = self.writeBytes(data, 0, len);
        // EAGAIN: None, as fileio.c's _io_FileIO_write_impl.
        return n == -2 ? org.pyvm.runtime.PyNone.NONE : PyInt.of(n);
    }

    @ExposedMethod
    static long seek(FileIO self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("seek", args, kw, 1, 2, "pos", "whence");
        self.checkOpen();
        if (a[0] instanceof PyFloat) {
            throw PyErr.typeError("an integer is required");
        }
        long pos = Abstract.index(a[0]).longValue();
        int whence = a[1] == null ? 0 : (int) Abstract.index(a[1]).longValue();
        return self.seekTo(pos, whence);
    }

    @ExposedMethod
    static long tell(FileIO self) {
        self.checkOpen();
        return FdTable.seek(self.fd, 0, 1);
    }

    @ExposedMethod
    static PyObject truncate(FileIO self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("truncate", args, kw, 0, 1, "size");
        self.checkOpen();
        if (!self.writable) {
            throw IOBase.unsupported("File not open for writing");
        }
        long size = a[0] == null || a[0] == PyNone.NONE ? FdTable.seek(self.fd, 0, 1)
            : Abstract.index(a[0]).longValue();
        FdTable.truncate(self.fd, size);
        return PyInt.of(size);
    }

    /** close(): _IOBase.close (flush), then the descriptor when closefd. */
    @ExposedMethod
    static void close(FileIO self) {
        PyBaseException err = null;
        try {
            if (!self.ioBaseClosed) {
                IOBase.close(self);
            }
        } catch (PyBaseException e) {
            err = e;
        }
        self.ioBaseClosed = true;
        if (self.finalizing && self.closefd) {
            // Compare _io_FileIO_close_impl: fileio_dealloc_warn before internal_close.
            _dealloc_warn(self, self);
        }
        self.internalClose();
        if (err != null) {
            throw err;
        }
    }

    @ExposedMethod
    static boolean seekable(FileIO self) {
        self.checkOpen();
        if (self.seekable < 0) {
            // Compare _io_FileIO_seekable_impl: a failing lseek (a descriptor closed behind
            // the object's back) means not seekable, with the error cleared.
            self.seekable = FdTable.isOpen(self.fd) && FdTable.get(self.fd).seekable() ? 1 : 0;
        }
        return self.seekable == 1;
    }

    @ExposedMethod
    static boolean readable(FileIO self) {
        self.checkOpen();
        return self.readable;
    }

    @ExposedMethod
    static boolean writable(FileIO self) {
        self.checkOpen();
        return self.writable;
    }

    @ExposedMethod
    static long fileno(FileIO self) {
        self.checkOpen();
        return self.fd;
    }

    @ExposedMethod
    static boolean isatty(FileIO self) {
        self.checkOpen();
        return FdTable.isatty(self.fd);
    }

    @ExposedGetter
    static PyObject closed(FileIO self) {
        return PyBool.of(self.fd < 0);
    }

    @ExposedGetter
    static PyObject closefd(FileIO self) {
        return PyBool.of(self.closefd);
    }

    @ExposedGetter
    static PyObject _blksize(FileIO self) {
        return PyInt.of(4096);
    }

    @ExposedGetter(setter = "set_finalizing")
    static PyObject _finalizing(FileIO self) {
        return PyBool.of(self.finalizing);
    }

    static void set_finalizing(FileIO self, PyObject v) {
        self.finalizing = IOBase.boolMember(v);
    }

    /** _dealloc_warn(source): the "unclosed file" warning, if this file still owns its descriptor. */
    @ExposedMethod
    static PyObject _dealloc_warn(FileIO self, PyObject source) {
        if (self.fd >= 0 && self.closefd) {
            IOBase.deallocWarn(self, source);
        }
        return PyNone.NONE;
    }

    /** Compare fileio.c: mode_string. */
    String modeString() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    @ExposedGetter
    static PyObject mode(FileIO self) {
        return PyStr.of(self.modeString());
    }

    /** Compare fileio.c: fileio_repr. */
    @ExposedMethod
    static String __repr__(FileIO self) {
        String tn = self.type().getName();
        if (self.fd < 0) {
            return "<" + tn + " [closed]>";
        }
        PyObject name = Abstract.lookupAttr(self, "name");
        String tail = " mode='" + self.modeString() + "' closefd=" + (self.closefd ? "True" : "False") + ">";
        if (name == null) {
            return "<" + tn + " fd=" + self.fd + tail;
        }
        return "<" + tn + " name=" + Abstract.repr(name) + tail;
    }

    @ExposedMethod
    static PyObject __getstate__(FileIO self) {
        throw PyErr.typeError("cannot pickle 'FileIO' instances");
    }

}
