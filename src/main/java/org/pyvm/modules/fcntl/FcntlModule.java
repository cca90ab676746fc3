package org.pyvm.modules.fcntl;

import java.nio.charset.StandardCharsets;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.io.IOBase;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.modules.posix.Libc;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.modules.posix.PipeBuffer;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;

/**
 * The fcntl module. Compare CPython Modules/fcntlmodule.c.
 *
 * <p>pyvm's descriptors are its own ({@link FdTable}), so each request is answered where its
 * state lives. The descriptor flags (F_GETFD/F_SETFD: FD_CLOEXEC is "not inheritable"), the
 * status flags (F_GETFL/F_SETFL: O_NONBLOCK and O_APPEND act on pyvm's reads and writes),
 * F_DUPFD/F_DUPFD_CLOEXEC and a pipe's size (F_GETPIPE_SZ/F_SETPIPE_SZ) are kept in the
 * table. Requests only the kernel can answer (record locks F_GETLK/F_SETLK/F_SETLKW and the
 * F_OFD_ ones, flock, lockf, F_NOTIFY, leases, and ioctl) go to the C library through
 * java.lang.foreign on a kernel descriptor of the same file ({@link FdTable#nativeFd}), so
 * other processes see the locks. pyvm's pipes and sockets live inside the JVM, where no other
 * process can reach them: their locks are granted (F_GETLK reports F_UNLCK), FIONREAD,
 * FIONBIO, FIOCLEX and FIONCLEX are answered from the table, and any other ioctl is ENOTTY.
 */
public final class FcntlModule {

    private FcntlModule() {}

    // Linux x86-64 numbers (also in FcntlConstants, which the module exports).
    private static final int F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, F_GETLK = 5,
        F_SETLK = 6, F_SETLKW = 7, F_OFD_GETLK = 36, F_OFD_SETLK = 37, F_OFD_SETLKW = 38, F_DUPFD_CLOEXEC = 1030,
        F_SETPIPE_SZ = 1031, F_GETPIPE_SZ = 1032, F_RDLCK = 0, F_WRLCK = 1, F_UNLCK = 2, FD_CLOEXEC = 1;
    private static final int LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8;
    private static final long FIONREAD = 0x541B, FIONBIO = 0x5421, FIONCLEX = 0x5450, FIOCLEX = 0x5451;
    /** CPython's buffer for a bytes argument (fcntl's buf[1024], ioctl's IOCTL_BUFSZ). */
    private static final int BUFSZ = 1024;

    public static PyModule create() {
        PyModule m = new PyModule("fcntl");
        m.addFunctions(FcntlModule.class);
        PyDict d = m.getDict();
        // (No docstring: CPython's text is not copied, DESIGN.md decision 6.)
        d.setStr("__doc__", PyNone.NONE);
        for (int i = 0; i < FcntlConstants.FCNTL.length; i += 2) {
            d.setStr((String) FcntlConstants.FCNTL[i], PyInt.of((Long) FcntlConstants.FCNTL[i + 1]));
        }
        return m;
    }

    // ---- argument conversions (Python/getargs.c) ----

    /** A descriptor from an int or fileno(). Compare fileobject.c: PyObject_AsFileDescriptor. */
    static int fdOf(PyObject o) {
        long fd;
        if (o instanceof PyInt i) {
            fd = cInt(i);
        } else {
            PyObject m = Abstract.lookupAttr(o, "fileno");
            if (m == null) {
                throw PyErr.typeError("argument must be an int, or have a fileno() method.");
            }
            PyObject r = Abstract.call(m);
            if (!(r instanceof PyInt i)) {
                throw PyErr.typeError("fileno() returned a non-integer");
            }
            fd = cInt(i);
        }
        if (fd < 0) {
            throw PyErr.valueError("file descriptor cannot be a negative integer (" + fd + ")");
        }
        return (int) fd;
    }

    /** _PyLong_AsInt. */
    private static int cInt(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.isBig() || v.longValue() != (int) v.longValue()) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return (int) v.longValue();
    }

    /** The "i" format: a C int with getargs.c's overflow messages. */
    private static int formatI(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.isBig() ? v.signum() > 0 : v.longValue() > Integer.MAX_VALUE) {
            throw PyErr.overflowError("signed integer is greater than maximum");
        }
        if (v.isBig() || v.longValue() < Integer.MIN_VALUE) {
            throw PyErr.overflowError("signed integer is less than minimum");
        }
        return (int) v.longValue();
    }

    /** The "I" and "k" formats: the low bits of any int, no overflow check. */
    private static long masked(PyObject o, long mask) {
        PyInt v = Abstract.index(o);
        long low = v.isBig() ? v.bigValue().longValue() : v.longValue();
        return low & mask;
    }

    /** PyLong_AsLong (lockf's len and start). */
    private static long cLong(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return v.longValue();
    }

    /** The bytes of a read-only "s#"/"s*" argument (str as UTF-8, any buffer), or null for anything else. */
    private static byte[] readBuffer(PyObject o) {
        if (o instanceof PyStr s) {
            return s.toString().getBytes(StandardCharsets.UTF_8);
        }
        if (o instanceof PyInt) {
            return null;
        }
        try {
            return IOBase.bytesLike(o);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isWritableBuffer(PyObject o) {
        if (o instanceof PyByteArray) {
            return true;
        }
        if (o instanceof org.pyvm.runtime.PyMemoryView) {
            return !Abstract.isTrue(Abstract.getAttr(o, "readonly"));
        }
        return o instanceof org.pyvm.runtime.BufferExporter be && !be.exportedReadonly();
    }

    private static RuntimeException errno(int errno) {
        return OsErrors.of(errno);
    }

    // ---- fcntl ----

    /** fcntl(fd, cmd, arg=0, /). Compare fcntlmodule.c: fcntl_fcntl_impl. */
    @ExposedMethod
    static PyObject fcntl(PyObject[] args, String[] kw) {
        Args.noKeywords("fcntl.fcntl", kw);
        Args.positional("fcntl", args.length, 2, 3);
        int fd = fdOf(args[0]);
        int cmd = cInt(args[1]);
        PyObject arg = args.length > 2 ? args[2] : null;
        if (arg != null) {
            byte[] buf = readBuffer(arg);
            if (buf != null) {
                if (buf.length > BUFSZ) {
                    throw PyErr.valueError("fcntl string arg too long");
                }
                fcntlBuffer(fd, cmd, buf);
                return new PyBytes(buf);
            }
        }
        long iarg = arg == null ? 0 : masked(arg, 0xFFFFFFFFL);
        return PyInt.of(fcntlInt(fd, cmd, iarg));
    }

    private static boolean isLockCmd(int cmd) {
        return cmd == F_GETLK || cmd == F_SETLK || cmd == F_SETLKW || cmd == F_OFD_GETLK || cmd == F_OFD_SETLK
            || cmd == F_OFD_SETLKW;
    }

    /** fcntl with a struct (a lock request and the like) copied into BUF and back. */
    private static void fcntlBuffer(int fd, int cmd, byte[] buf) {
        int nfd = FdTable.nativeFd(fd);
        if (nfd < 0) {
            if (isLockCmd(cmd)) {
                // An in-JVM pipe or socket: no other process can hold a lock on it.
                if ((cmd == F_GETLK || cmd == F_OFD_GETLK) && buf.length >= 2) {
                    buf[0] = F_UNLCK;
                    buf[1] = 0;
                }
                return;
            }
            throw notHere(cmd);
        }
        Libc.Result r = blocking(cmd == F_SETLKW || cmd == F_OFD_SETLKW, () -> Libc.fcntl(nfd, cmd, buf));
        if (r.value() == -1) {
            throw errno(r.errno());
        }
    }

    private static long fcntlInt(int fd, int cmd, long arg) {
        switch (cmd) {
            case F_GETFD:
                return FdTable.getInheritable(fd) ? 0 : FD_CLOEXEC;
            case F_SETFD:
                FdTable.setInheritable(fd, (arg & FD_CLOEXEC) == 0);
                return 0;
            case F_GETFL:
                return FdTable.getStatusFlags(fd);
            case F_SETFL:
                FdTable.setStatusFlags(fd, arg);
                return 0;
            case F_DUPFD:
            case F_DUPFD_CLOEXEC:
                return FdTable.dupFrom(fd, (int) arg, cmd == F_DUPFD);
            case F_GETPIPE_SZ:
            case F_SETPIPE_SZ: {
                PipeBuffer p = FdTable.pipeOf(fd);
                if (p == null) {
                    throw errno(OsErrors.EBADF); // Linux: not a pipe
                }
                return cmd == F_GETPIPE_SZ ? p.capacity() : p.resize((int) arg);
            }
            default:
                break;
        }
        int nfd = FdTable.nativeFd(fd);
        if (nfd < 0) {
            throw notHere(cmd);
        }
        Libc.Result r = blocking(false, () -> Libc.fcntl(nfd, cmd, arg));
        if (r.value() == -1) {
            throw errno(r.errno());
        }
        return r.value();
    }

    /** A request that pyvm's in-JVM pipes and sockets cannot take. */
    private static RuntimeException notHere(int cmd) {
        return PyErr.of(org.pyvm.runtime.PyExc.OSError, PyInt.of(OsErrors.EINVAL), PyStr.of(
            "Invalid argument (fcntl command " + cmd + " is not supported on pyvm's in-JVM pipes and sockets)"));
    }

    private interface NativeCall {
        Libc.Result run();
    }

    /** Runs a C call, with the GIL released when it may wait (a lock request that waits). */
    private static Libc.Result blocking(boolean mayWait, NativeCall c) {
        if (!mayWait) {
            return c.run();
        }
        boolean released = Gil.release();
        try {
            return c.run();
        } finally {
            Gil.reacquire(released);
        }
    }

    // ---- flock, lockf ----

    /** flock(fd, operation, /). Compare fcntlmodule.c: fcntl_flock_impl. */
    @ExposedMethod
    static void flock(PyObject[] args, String[] kw) {
        Args.noKeywords("fcntl.flock", kw);
        Args.positional("flock", args.length, 2, 2);
        int fd = fdOf(args[0]);
        int op = cInt(args[1]);
        int nfd = FdTable.nativeFd(fd);
        if (nfd < 0) {
            if ((op & ~LOCK_NB) != LOCK_SH && (op & ~LOCK_NB) != LOCK_EX && (op & ~LOCK_NB) != LOCK_UN) {
                throw errno(OsErrors.EINVAL);
            }
            return; // an in-JVM pipe or socket: nobody else can hold its lock
        }
        Libc.Result r = blocking((op & LOCK_NB) == 0 && op != LOCK_UN, () -> Libc.flock(nfd, op));
        if (r.value() == -1) {
            throw errno(r.errno());
        }
    }

    /** lockf(fd, cmd, len=0, start=0, whence=0, /): a record lock. Compare fcntlmodule.c: fcntl_lockf_impl. */
    @ExposedMethod
    static PyObject lockf(PyObject[] args, String[] kw) {
        Args.noKeywords("fcntl.lockf", kw);
        Args.positional("lockf", args.length, 2, 5);
        int fd = fdOf(args[0]);
        int code = cInt(args[1]);
        PyObject lenObj = args.length > 2 ? args[2] : null;
        PyObject startObj = args.length > 3 ? args[3] : null;
        int whence = args.length > 4 ? cInt(args[4]) : 0;
        int type;
        if (code == LOCK_UN) {
            type = F_UNLCK;
        } else if ((code & LOCK_SH) != 0) {
            type = F_RDLCK;
        } else if ((code & LOCK_EX) != 0) {
            type = F_WRLCK;
        } else {
            throw PyErr.valueError("unrecognized lockf argument");
        }
        long start = startObj == null ? 0 : cLong(startObj);
        long len = lenObj == null ? 0 : cLong(lenObj);
        // struct flock of Linux x86-64: short l_type, l_whence; off_t l_start, l_len; pid_t l_pid.
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(32).order(java.nio.ByteOrder.nativeOrder());
        b.putShort(0, (short) type).putShort(2, (short) whence).putLong(8, start).putLong(16, len);
        fcntlBuffer(fd, (code & LOCK_NB) != 0 ? F_SETLK : F_SETLKW, b.array());
        return PyNone.NONE;
    }

    // ---- ioctl ----

    /** ioctl(fd, request, arg=0, mutate_flag=True, /). Compare fcntlmodule.c: fcntl_ioctl_impl. */
    @ExposedMethod
    static PyObject ioctl(PyObject[] args, String[] kw) {
        Args.noKeywords("fcntl.ioctl", kw);
        Args.positional("ioctl", args.length, 2, 4);
        int fd = fdOf(args[0]);
        long request = masked(args[1], 0xFFFFFFFFL);
        PyObject arg = args.length > 2 ? args[2] : null;
        boolean mutate = args.length <= 3 || Abstract.isTrue(args[3]);
        if (arg != null && isWritableBuffer(arg)) {
            byte[] buf = IOBase.bytesLike(arg);
            if (!mutate && buf.length > BUFSZ) {
                throw PyErr.valueError("ioctl string arg too long");
            }
            long ret = ioctlBuffer(fd, request, buf);
            if (mutate) {
                byte[] dst = IOBase.writableBuffer("ioctl", arg);
                IOBase.store(arg, dst, buf);
                return PyInt.of(ret);
            }
            return new PyBytes(buf);
        }
        if (arg != null) {
            byte[] buf = readBuffer(arg);
            if (buf != null) {
                if (buf.length > BUFSZ) {
                    throw PyErr.valueError("ioctl string arg too long");
                }
                ioctlBuffer(fd, request, buf);
                return new PyBytes(buf);
            }
        }
        int iarg = arg == null ? 0 : formatI(arg);
        return PyInt.of(ioctlInt(fd, request, iarg));
    }

    private static java.nio.ByteBuffer intView(byte[] buf) {
        return java.nio.ByteBuffer.wrap(buf).order(java.nio.ByteOrder.nativeOrder());
    }

    /** The requests pyvm answers itself (its own state), or null for the kernel's. */
    private static Long ownRequest(int fd, long request, byte[] buf, boolean hasBuffer) {
        if (request == FIOCLEX || request == FIONCLEX) {
            FdTable.setInheritable(fd, request == FIONCLEX);
            return 0L;
        }
        if (request == FIONBIO) {
            if (!hasBuffer || buf.length < 4) {
                throw errno(14); // EFAULT: the int is read through the pointer
            }
            FdTable.setBlocking(fd, intView(buf).getInt(0) == 0);
            return 0L;
        }
        if (request == FIONREAD) {
            PipeBuffer p = FdTable.pipeOf(fd);
            long n = p != null ? p.available() : FdTable.bytesAfterPosition(fd);
            if (n < 0) {
                return null;
            }
            if (!hasBuffer || buf.length < 4) {
                throw errno(14);
            }
            intView(buf).putInt(0, (int) Math.min(n, Integer.MAX_VALUE));
            return 0L;
        }
        return null;
    }

    private static long ioctlBuffer(int fd, long request, byte[] buf) {
        Long own = ownRequest(fd, request, buf, true);
        if (own != null) {
            return own;
        }
        int nfd = FdTable.nativeFd(fd);
        if (nfd < 0) {
            throw errno(OsErrors.ENOTTY);
        }
        Libc.Result r = blocking(true, () -> Libc.ioctl(nfd, request, buf));
        if (r.value() == -1) {
            throw errno(r.errno());
        }
        return r.value();
    }

    private static long ioctlInt(int fd, long request, int arg) {
        Long own = ownRequest(fd, request, null, false);
        if (own != null) {
            return own;
        }
        int nfd = FdTable.nativeFd(fd);
        if (nfd < 0) {
            throw errno(OsErrors.ENOTTY);
        }
        Libc.Result r = blocking(true, () -> Libc.ioctl(nfd, request, arg));
        if (r.value() == -1) {
            throw errno(r.errno());
        }
        return r.value();
    }
}
