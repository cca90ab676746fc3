package org.pyvm.modules.posix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;

/**
 * posix functions that need the C library ({@link Libc}, on the kernel descriptor of a
 * pyvm file, {@link FdTable#nativeFd}) or read /proc: lockf, posix_fallocate,
 * posix_fadvise, mkfifo, mknod, getresuid/getresgid, and pipe2 on pyvm's pipes.
 * Compare posixmodule.c: os_lockf_impl, os_posix_fallocate_impl, os_posix_fadvise_impl,
 * os_mkfifo_impl, os_mknod_impl, os_getresuid_impl, os_pipe2_impl.
 */
final class PosixExtra {

    private PosixExtra() {}

    private static long offT(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return v.longValue();
    }

    /** The kernel descriptor of FD, or ESPIPE for a pipe or socket (what the kernel says for those). */
    private static int kernelFd(int fd) {
        int nfd = FdTable.nativeFd(fd);
        if (nfd < 0) {
            throw OsErrors.of(OsErrors.ESPIPE);
        }
        return nfd;
    }

    /** lockf(fd, command, length, /): a record lock from the current position. */
    @ExposedMethod
    static PyObject lockf(PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("lockf", args, kw, 3);
        int fd = PosixModule.fd(a[0]);
        int cmd = PosixModule.fd(a[1]);
        long len = offT(a[2]);
        int nfd = FdTable.nativeFd(fd);
        if (nfd < 0) {
            return PyNone.NONE; // an in-JVM pipe or socket: no other process can hold its lock
        }
        // lockf locks from the file position; the kernel descriptor's position is its own
        // (always 0), so from elsewhere the range is given to fcntl as absolute.
        long pos = FdTable.get(fd).seekable() ? FdTable.seek(fd, 0, 1) : 0;
        Libc.Result r;
        if (pos != 0) {
            r = lockfAt(nfd, cmd, pos, len);
        } else {
            boolean released = org.pyvm.runtime.Gil.release();
            try {
                r = Libc.lockf(nfd, cmd, len);
            } finally {
                org.pyvm.runtime.Gil.reacquire(released);
            }
        }
        if (r.value() == -1) {
            throw OsErrors.of(r.errno());
        }
        return PyNone.NONE;
    }

    /** lockf's request as fcntl record locks from POS (F_ULOCK 0, F_LOCK 1, F_TLOCK 2, F_TEST 3). */
    private static Libc.Result lockfAt(int nfd, int cmd, long pos, long len) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(32).order(java.nio.ByteOrder.nativeOrder());
        long start = len < 0 ? pos + len : pos;
        long n = Math.abs(len);
        int type = cmd == 0 ? 2 : 1; // F_UNLCK : F_WRLCK
        b.putShort(0, (short) type).putShort(2, (short) 0).putLong(8, start).putLong(16, n);
        byte[] buf = b.array();
        if (cmd == 3) {
            Libc.Result r = Libc.fcntl(nfd, 5, buf); // F_GETLK
            if (r.value() == -1) {
                return r;
            }
            short t = java.nio.ByteBuffer.wrap(buf).order(java.nio.ByteOrder.nativeOrder()).getShort(0);
            return t == 2 ? r : new Libc.Result(-1, OsErrors.EACCES);
        }
        if (cmd < 0 || cmd > 3) {
            return new Libc.Result(-1, OsErrors.EINVAL);
        }
        boolean released = org.pyvm.runtime.Gil.release();
        try {
            return Libc.fcntl(nfd, cmd == 1 ? 7 : 6, buf); // F_SETLKW for F_LOCK, else F_SETLK
        } finally {
            org.pyvm.runtime.Gil.reacquire(released);
        }
    }

    /** posix_fallocate(fd, offset, len, /). */
    @ExposedMethod
    static PyObject posix_fallocate(PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("posix_fallocate", args, kw, 3);
        int fd = PosixModule.fd(a[0]);
        long off = offT(a[1]);
        long len = offT(a[2]);
        int err = Libc.posixFallocate(kernelFd(fd), off, len);
        if (err != 0) {
            throw OsErrors.of(err);
        }
        return PyNone.NONE;
    }

    /** posix_fadvise(fd, offset, len, advice, /). */
    @ExposedMethod
    static PyObject posix_fadvise(PyObject[] args, String[] kw) {
        PyObject[] a = Args.exact("posix_fadvise", args, kw, 4);
        int fd = PosixModule.fd(a[0]);
        long off = offT(a[1]);
        long len = offT(a[2]);
        int advice = PosixModule.fd(a[3]);
        int err = Libc.posixFadvise(kernelFd(fd), off, len, advice);
        if (err != 0) {
            throw OsErrors.of(err);
        }
        return PyNone.NONE;
    }

    /** mkfifo(path, mode=0o666, *, dir_fd=None). */
    @ExposedMethod
    static PyObject mkfifo(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("mkfifo", args, kw, 1, 2, "path", "mode", "dir_fd");
        Fs.PathArg p = Fs.path("mkfifo", "path", a[0], false);
        int mode = a[1] == null ? 0666 : PosixModule.fd(a[1]);
        Path path = PosixModule.at(p, a[2]);
        Libc.Result r = Libc.mkfifo(Fs.bytes(path), mode & ~FdTable.umask());
        if (r.value() == -1) {
            throw OsErrors.of(r.errno());
        }
        FdTable.fixCreatedMode(path, mode);
        return PyNone.NONE;
    }

    /** mknod(path, mode=0o600, device=0, *, dir_fd=None). */
    @ExposedMethod
    static PyObject mknod(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("mknod", args, kw, 1, 3, "path", "mode", "device", "dir_fd");
        Fs.PathArg p = Fs.path("mknod", "path", a[0], false);
        int mode = a[1] == null ? 0600 : PosixModule.fd(a[1]);
        long dev = a[2] == null ? 0 : Abstract.index(a[2]).longValue();
        Path path = PosixModule.at(p, a[3]);
        Libc.Result r = Libc.mknod(Fs.bytes(path), mode & ~(FdTable.umask() & 0777), dev);
        if (r.value() == -1) {
            throw OsErrors.of(r.errno());
        }
        FdTable.fixCreatedMode(path, mode);
        return PyNone.NONE;
    }

    /** The real, effective and saved ids of a "Uid:" or "Gid:" line of /proc/self/status. */
    private static PyObject ids(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    String[] f = line.substring(key.length()).trim().split("\\s+");
                    return PyTuple.of(PyInt.of(Long.parseLong(f[0])), PyInt.of(Long.parseLong(f[1])),
                        PyInt.of(Long.parseLong(f[2])));
                }
            }
        } catch (IOException | RuntimeException e) {
            // below
        }
        throw PyErr.notSupported("os.getres" + (key.startsWith("U") ? "uid" : "gid") + " (no /proc on this system)");
    }

    @ExposedMethod
    static PyObject getresuid() {
        return ids("Uid:");
    }

    @ExposedMethod
    static PyObject getresgid() {
        return ids("Gid:");
    }

    /** pipe2(flags, /): a pipe with O_NONBLOCK and O_CLOEXEC as FLAGS asks (pyvm's pipes are not inherited unless made so). */
    @ExposedMethod
    static PyObject pipe2(PyObject[] args, String[] kw) {
        if (Args.nkw(kw) > 0 || args.length != 1) {
            Args.noKeywords("posix.pipe2", kw);
            throw PyErr.typeError("posix.pipe2() takes exactly one argument (" + args.length + " given)");
        }
        PyInt fl = Abstract.index(args[0]);
        if (fl.isBig() || fl.longValue() != (int) fl.longValue()) {
            throw PyErr.overflowError(fl.signum() > 0 ? "signed integer is greater than maximum"
                : "signed integer is less than minimum");
        }
        int flags = (int) fl.longValue();
        if ((flags & ~(FdTable.O_NONBLOCK | FdTable.O_CLOEXEC | 040000 | 0200000)) != 0) {
            throw OsErrors.of(OsErrors.EINVAL); // O_DIRECT and O_NOTIFICATION_PIPE aside, as Linux
        }
        int[] p = FdTable.pipe();
        boolean blocking = (flags & FdTable.O_NONBLOCK) == 0;
        FdTable.setBlocking(p[0], blocking);
        FdTable.setBlocking(p[1], blocking);
        boolean inheritable = (flags & FdTable.O_CLOEXEC) == 0;
        FdTable.setInheritable(p[0], inheritable);
        FdTable.setInheritable(p[1], inheritable);
        return PyTuple.of(PyInt.of(p[0]), PyInt.of(p[1]));
    }
}
