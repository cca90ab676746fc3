package org.pyvm.modules.posix;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.NativeLib;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PySet;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * Linux calls of posix that test_os and test_posix look for: extended attributes,
 * priorities, CPU affinity, getgrouplist, memfd_create and pidfd_open through the C library
 * (java.lang.foreign), and preadv/pwritev, copy_file_range, splice and sendfile done on
 * pyvm's own descriptors ({@link FdTable}: a file's FileChannel, pyvm's pipes and sockets)
 * with the kernel's rules for which descriptors each accepts. eventfd is {@link EventFd}.
 * Compare CPython Modules/posixmodule.c (the os_*_impl functions of the same names).
 */
public final class PosixMore {

    private PosixMore() {}

    private static final class Handles {
        static final NativeLib LIB = NativeLib.open("libc.so.6");
        static final StructLayout STATE = Linker.Option.captureStateLayout();
        static final VarHandle ERRNO = STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
        static final Linker.Option CAPTURE = Linker.Option.captureCallState("errno");
        static final FunctionDescriptor GET = FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG);
        static final FunctionDescriptor FGET = FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG);
        static final MethodHandle GETXATTR = fn("getxattr", GET);
        static final MethodHandle LGETXATTR = fn("lgetxattr", GET);
        static final MethodHandle FGETXATTR = fn("fgetxattr", FGET);
        static final FunctionDescriptor SET = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_LONG,
            JAVA_INT);
        static final MethodHandle SETXATTR = fn("setxattr", SET);
        static final MethodHandle LSETXATTR = fn("lsetxattr", SET);
        static final MethodHandle FSETXATTR = fn("fsetxattr", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS,
            ADDRESS, JAVA_LONG, JAVA_INT));
        static final FunctionDescriptor LIST = FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG);
        static final MethodHandle LISTXATTR = fn("listxattr", LIST);
        static final MethodHandle LLISTXATTR = fn("llistxattr", LIST);
        static final MethodHandle FLISTXATTR = fn("flistxattr", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS,
            JAVA_LONG));
        static final FunctionDescriptor REMOVE = FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS);
        static final MethodHandle REMOVEXATTR = fn("removexattr", REMOVE);
        static final MethodHandle LREMOVEXATTR = fn("lremovexattr", REMOVE);
        static final MethodHandle FREMOVEXATTR = fn("fremovexattr", FunctionDescriptor.of(JAVA_INT, JAVA_INT,
            ADDRESS));
        static final MethodHandle GETPRIORITY = fn("getpriority", FunctionDescriptor.of(JAVA_INT, JAVA_INT,
            JAVA_INT));
        static final MethodHandle SETPRIORITY = fn("setpriority", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT,
            JAVA_INT));
        static final MethodHandle GETAFFINITY = fn("sched_getaffinity", FunctionDescriptor.of(JAVA_INT, JAVA_INT,
            JAVA_LONG, ADDRESS));
        static final MethodHandle SETAFFINITY = fn("sched_setaffinity", FunctionDescriptor.of(JAVA_INT, JAVA_INT,
            JAVA_LONG, ADDRESS));
        static final MethodHandle GETGROUPLIST = fn("getgrouplist", FunctionDescriptor.of(JAVA_INT, ADDRESS,
            JAVA_INT, ADDRESS, ADDRESS));
        static final MethodHandle MEMFD_CREATE = fn("memfd_create", FunctionDescriptor.of(JAVA_INT, ADDRESS,
            JAVA_INT));
        static final MethodHandle PIDFD_OPEN = fn("pidfd_open", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
        static final MethodHandle LSEEK = fn("lseek", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_LONG,
            JAVA_INT));
        static final MethodHandle POLL = fn("poll", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));

        private static MethodHandle fn(String name, FunctionDescriptor fd) {
            try {
                return LIB == null ? null : LIB.function(name, fd, CAPTURE);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** Argument Clinic's keyword parsing, which first refuses more arguments than the function has. */
    static PyObject[] parse(String fn, PyObject[] args, String[] kw, int min, int maxpos, String... names) {
        if (args.length > names.length) {
            throw PyErr.typeError(fn + "() takes at most " + names.length + " argument" + (names.length == 1 ? "" : "s")
                + " (" + args.length + " given)");
        }
        return Args.parse(fn, args, kw, min, maxpos, names);
    }

    private interface Call {
        long run(MemorySegment state, Arena arena) throws Throwable;
    }

    /** A C call: its result, with errno in ERR[0] when it returned -1. */
    private static long call(MethodHandle h, String what, int[] err, Call c) {
        if (h == null) {
            throw Libc.unavailable(what);
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(Handles.STATE);
            long r = c.run(st, a);
            err[0] = r == -1 ? (int) Handles.ERRNO.get(st, 0L) : 0;
            return r;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** A call whose failure is posix_error(): OSError without a file name. */
    private static long checked(MethodHandle h, String what, Call c) {
        int[] err = new int[1];
        long r = call(h, what, err, c);
        if (r == -1) {
            throw OsErrors.of(err[0]);
        }
        return r;
    }

    private static MemorySegment cstr(Arena a, byte[] s) {
        MemorySegment m = a.allocate(s.length + 1L);
        MemorySegment.copy(s, 0, m, JAVA_BYTE, 0, s.length);
        m.set(JAVA_BYTE, s.length, (byte) 0);
        return m;
    }

    // ---- extended attributes ----

    /** Where an *xattr call acts: a path (followed or not) or a kernel descriptor. */
    private record Target(Fs.PathArg arg, byte[] path, int kfd, boolean follow) {
        PyObject filename() {
            return arg.given();
        }
    }

    private static Target target(String fn, PyObject p, PyObject follow) {
        Fs.PathArg arg = Fs.path(fn, "path", p, true);
        boolean f = follow == null || Abstract.isTrue(follow);
        if (arg.isFd()) {
            if (!f) {
                throw PyErr.valueError(fn + ": cannot use fd and follow_symlinks together");
            }
            int k = FdTable.nativeFd(arg.fd());
            if (k < 0) {
                throw OsErrors.of(OsErrors.ENOTSUP, arg.given());
            }
            return new Target(arg, null, k, true);
        }
        return new Target(arg, Fs.bytes(arg.path()), -1, f);
    }

    private static byte[] attrName(String fn, PyObject o) {
        Fs.PathArg a = Fs.path(fn, "attribute", o, false);
        return Fs.encode(a.name());
    }

    /** getxattr(path, attribute, *, follow_symlinks=True): the value as bytes. */
    @ExposedMethod
    static PyObject getxattr(PyObject[] args, String[] kw) {
        PyObject[] a = parse("getxattr", args, kw, 2, 2, "path", "attribute", "follow_symlinks");
        Target t = target("getxattr", a[0], a[2]);
        byte[] name = attrName("getxattr", a[1]);
        for (long size : new long[] {128, 65536}) {
            int[] err = new int[1];
            byte[][] out = new byte[1][];
            long r = call(Handles.GETXATTR, "getxattr", err, (st, ar) -> {
                MemorySegment buf = ar.allocate(size);
                long n = t.kfd >= 0 ? (long) Handles.FGETXATTR.invokeExact(st, t.kfd, cstr(ar, name), buf, size)
                    : t.follow ? (long) Handles.GETXATTR.invokeExact(st, cstr(ar, t.path), cstr(ar, name), buf, size)
                    : (long) Handles.LGETXATTR.invokeExact(st, cstr(ar, t.path), cstr(ar, name), buf, size);
                if (n >= 0) {
                    out[0] = buf.asSlice(0, n).toArray(JAVA_BYTE);
                }
                return n;
            });
            if (r >= 0) {
                return new PyBytes(out[0]);
            }
            if (err[0] != OsErrors.ERANGE || size == 65536) {
                throw OsErrors.of(err[0], t.filename());
            }
        }
        throw OsErrors.of(OsErrors.ERANGE, t.filename());
    }

    /** setxattr(path, attribute, value, flags=0, *, follow_symlinks=True). */
    @ExposedMethod
    static void setxattr(PyObject[] args, String[] kw) {
        PyObject[] a = parse("setxattr", args, kw, 3, 4, "path", "attribute", "value", "flags",
            "follow_symlinks");
        Target t = target("setxattr", a[0], a[4]);
        byte[] name = attrName("setxattr", a[1]);
        byte[] value = PosixModule.bytesLike(a[2]);
        int flags = a[3] == null ? 0 : PosixModule.fd(a[3]);
        int[] err = new int[1];
        long r = call(Handles.SETXATTR, "setxattr", err, (st, ar) -> {
            MemorySegment v = ar.allocate(Math.max(1, value.length));
            MemorySegment.copy(value, 0, v, JAVA_BYTE, 0, value.length);
            return t.kfd >= 0 ? (int) Handles.FSETXATTR.invokeExact(st, t.kfd, cstr(ar, name), v, (long) value.length,
                flags)
                : t.follow ? (int) Handles.SETXATTR.invokeExact(st, cstr(ar, t.path), cstr(ar, name), v,
                (long) value.length, flags)
                : (int) Handles.LSETXATTR.invokeExact(st, cstr(ar, t.path), cstr(ar, name), v, (long) value.length,
                flags);
        });
        if (r == -1) {
            throw OsErrors.of(err[0], t.filename());
        }
    }

    /** removexattr(path, attribute, *, follow_symlinks=True). */
    @ExposedMethod
    static void removexattr(PyObject[] args, String[] kw) {
        PyObject[] a = parse("removexattr", args, kw, 2, 2, "path", "attribute", "follow_symlinks");
        Target t = target("removexattr", a[0], a[2]);
        byte[] name = attrName("removexattr", a[1]);
        int[] err = new int[1];
        long r = call(Handles.REMOVEXATTR, "removexattr", err, (st, ar) -> t.kfd >= 0
            ? (int) Handles.FREMOVEXATTR.invokeExact(st, t.kfd, cstr(ar, name))
            : t.follow ? (int) Handles.REMOVEXATTR.invokeExact(st, cstr(ar, t.path), cstr(ar, name))
            : (int) Handles.LREMOVEXATTR.invokeExact(st, cstr(ar, t.path), cstr(ar, name)));
        if (r == -1) {
            throw OsErrors.of(err[0], t.filename());
        }
    }

    /** listxattr(path=None, *, follow_symlinks=True): the names as str. */
    @ExposedMethod
    static PyObject listxattr(PyObject[] args, String[] kw) {
        PyObject[] a = parse("listxattr", args, kw, 0, 1, "path", "follow_symlinks");
        Target t = target("listxattr", a[0] == null || a[0] == PyNone.NONE ? PyStr.of(".") : a[0], a[1]);
        for (long size : new long[] {256, 65536}) {
            int[] err = new int[1];
            byte[][] out = new byte[1][];
            long r = call(Handles.LISTXATTR, "listxattr", err, (st, ar) -> {
                MemorySegment buf = ar.allocate(size);
                long n = t.kfd >= 0 ? (long) Handles.FLISTXATTR.invokeExact(st, t.kfd, buf, size)
                    : t.follow ? (long) Handles.LISTXATTR.invokeExact(st, cstr(ar, t.path), buf, size)
                    : (long) Handles.LLISTXATTR.invokeExact(st, cstr(ar, t.path), buf, size);
                if (n >= 0) {
                    out[0] = buf.asSlice(0, n).toArray(JAVA_BYTE);
                }
                return n;
            });
            if (r >= 0) {
                PyList l = new PyList();
                int start = 0;
                for (int i = 0; i < out[0].length; i++) {
                    if (out[0][i] == 0) {
                        l.append(PyStr.of(Fs.decode(java.util.Arrays.copyOfRange(out[0], start, i))));
                        start = i + 1;
                    }
                }
                return l;
            }
            if (err[0] != OsErrors.ERANGE || size == 65536) {
                throw OsErrors.of(err[0], a[0] == null || a[0] == PyNone.NONE ? PyNone.NONE : t.filename());
            }
        }
        throw OsErrors.of(OsErrors.ERANGE);
    }

    // ---- priorities, affinity, groups ----

    @ExposedMethod
    static PyObject getpriority(PyObject[] args, String[] kw) {
        PyObject[] a = parse("getpriority", args, kw, 2, 2, "which", "who");
        int which = PosixModule.fd(a[0]);
        int who = PosixModule.fd(a[1]);
        int[] err = new int[1];
        long r = call(Handles.GETPRIORITY, "getpriority", err, (st, ar) -> {
            Libc.clearErrno();
            int v = (int) Handles.GETPRIORITY.invokeExact(st, which, who);
            return v == -1 && (int) Handles.ERRNO.get(st, 0L) == 0 ? Long.MIN_VALUE : v;
        });
        if (r == -1) {
            throw OsErrors.of(err[0]);
        }
        return PyInt.of(r == Long.MIN_VALUE ? -1 : r);
    }

    @ExposedMethod
    static void setpriority(PyObject[] args, String[] kw) {
        PyObject[] a = parse("setpriority", args, kw, 3, 3, "which", "who", "priority");
        int which = PosixModule.fd(a[0]);
        int who = PosixModule.fd(a[1]);
        int prio = PosixModule.fd(a[2]);
        checked(Handles.SETPRIORITY, "setpriority", (st, ar) -> (int) Handles.SETPRIORITY.invokeExact(st, which, who,
            prio));
    }

    /** sched_getaffinity(pid, /): the set of CPUs the process may run on. */
    @ExposedMethod
    static PyObject sched_getaffinity(PyObject pidArg) {
        int pid = PosixModule.fd(pidArg);
        for (long bytes = 128; ; bytes *= 2) {
            long size = bytes;
            int[] err = new int[1];
            long[][] words = new long[1][];
            long r = call(Handles.GETAFFINITY, "sched_getaffinity", err, (st, ar) -> {
                MemorySegment m = ar.allocate(size, 8);
                int v = (int) Handles.GETAFFINITY.invokeExact(st, pid, size, m);
                words[0] = m.toArray(JAVA_LONG);
                return v;
            });
            if (r == -1) {
                if (err[0] == OsErrors.EINVAL && bytes < (1 << 20)) {
                    continue;
                }
                throw OsErrors.of(err[0]);
            }
            PySet s = new PySet(false);
            for (int w = 0; w < words[0].length; w++) {
                for (int b = 0; b < 64; b++) {
                    if ((words[0][w] & (1L << b)) != 0) {
                        s.add(PyInt.of(w * 64L + b));
                    }
                }
            }
            return s;
        }
    }

    /** sched_setaffinity(pid, mask, /). */
    @ExposedMethod
    static void sched_setaffinity(PyObject pidArg, PyObject mask) {
        int pid = PosixModule.fd(pidArg);
        java.util.BitSet cpus = new java.util.BitSet();
        PyObject it = Abstract.iter(mask);
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            if (!(item instanceof PyInt) && !item.type().isSubtypeOf(PyInt.TYPE)) {
                throw PyErr.typeError("expected an iterator of ints, but iterator yielded " + Abstract.repr(item.type()));
            }
            PyInt v = (PyInt) item;
            if (v.isBig()) {
                throw PyErr.overflowError("Python int too large to convert to C long");
            }
            long cpu = v.longValue();
            if (cpu < 0) {
                throw PyErr.valueError("negative CPU number");
            }
            if (cpu > Integer.MAX_VALUE - 1) {
                throw PyErr.overflowError("unsupported CPU number");
            }
            if (cpu >= (1 << 20)) {
                throw OsErrors.of(OsErrors.EINVAL);
            }
            cpus.set((int) cpu);
        }
        long[] words = cpus.toLongArray();
        long size = Math.max(128, ((words.length * 8L) + 7) / 8 * 8);
        checked(Handles.SETAFFINITY, "sched_setaffinity", (st, ar) -> {
            MemorySegment m = ar.allocate(size, 8);
            for (int i = 0; i < words.length; i++) {
                m.setAtIndex(JAVA_LONG, i, words[i]);
            }
            return (int) Handles.SETAFFINITY.invokeExact(st, pid, size, m);
        });
    }

    /** getgrouplist(user, group, /): the groups USER belongs to, GROUP included. */
    @ExposedMethod
    static PyObject getgrouplist(PyObject user, PyObject group) {
        if (!user.type().isSubtypeOf(PyStr.TYPE)) {
            throw PyErr.typeError("getgrouplist() argument 1 must be str, not " + user.type().getName());
        }
        byte[] name = Fs.encode(user.toString());
        for (byte x : name) {
            if (x == 0) {
                throw PyErr.valueError("embedded null character");
            }
        }
        PyInt g = Abstract.index(group);
        int gid = (int) g.longValue();
        for (int n = 64; ; n *= 4) {
            int cap = n;
            int[][] out = new int[1][];
            int[] err = new int[1];
            long r = call(Handles.GETGROUPLIST, "getgrouplist", err, (st, ar) -> {
                MemorySegment groups = ar.allocate(JAVA_INT, cap);
                MemorySegment count = ar.allocate(JAVA_INT);
                count.set(JAVA_INT, 0, cap);
                int v = (int) Handles.GETGROUPLIST.invokeExact(st, cstr(ar, name), gid, groups, count);
                int k = count.get(JAVA_INT, 0);
                out[0] = v >= 0 ? groups.asSlice(0, k * 4L).toArray(JAVA_INT) : null;
                return v >= 0 ? 0 : k > cap ? -2 : -1;
            });
            if (r == 0) {
                PyList l = new PyList();
                for (int x : out[0]) {
                    l.append(PyInt.of(x & 0xffffffffL));
                }
                return l;
            }
            if (r == -1 || n > (1 << 16)) {
                throw OsErrors.of(err[0] != 0 ? err[0] : OsErrors.EINVAL);
            }
        }
    }

    // ---- memfd_create, pidfd_open ----

    /** memfd_create(name, flags=MFD_CLOEXEC): an anonymous file, held as pyvm's file. */
    @ExposedMethod
    static PyObject memfd_create(PyObject[] args, String[] kw) {
        PyObject[] a = parse("memfd_create", args, kw, 1, 2, "name", "flags");
        byte[] name = Fs.fsConvert(a[0]);
        int flags = a[1] == null ? 1 : PosixModule.fd(a[1]);
        int k = (int) checked(Handles.MEMFD_CREATE, "memfd_create", (st, ar) ->
            (int) Handles.MEMFD_CREATE.invokeExact(st, cstr(ar, name), flags));
        FdTable.Entry e = new FdTable.Entry();
        e.path = Path.of("/proc/self/fd/" + k);
        e.readable = true;
        e.writable = true;
        try {
            e.file = FileChannel.open(e.path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException ex) {
            Libc.close(k);
            throw OsErrors.from(ex, null);
        }
        e.nativeFd = k; // keeps the file alive and /proc/self/fd/K meaningful; closed with the entry
        int fd = FdTable.add(e);
        FdTable.setInheritable(fd, (flags & 1) == 0);
        return PyInt.of(fd);
    }

    /** pidfd_open(pid, flags=0): a descriptor for the process, readable once it has ended. */
    @ExposedMethod
    static PyObject pidfd_open(PyObject[] args, String[] kw) {
        PyObject[] a = parse("pidfd_open", args, kw, 1, 2, "pid", "flags");
        int pid = PosixModule.fd(a[0]);
        int flags = a[1] == null ? 0 : (int) Abstract.index(a[1]).longValue();
        int k = (int) checked(Handles.PIDFD_OPEN, "pidfd_open", (st, ar) ->
            (int) Handles.PIDFD_OPEN.invokeExact(st, pid, flags));
        FdTable.Entry e = new FdTable.Entry();
        e.path = Path.of("/proc/" + pid);
        e.readable = true;
        e.pollable = new PidFd(pid, k);
        e.blocking = (flags & FdTable.O_NONBLOCK) == 0;
        int fd = FdTable.add(e);
        FdTable.setInheritable(fd, false);
        return PyInt.of(fd);
    }

    /** A pidfd: the kernel's, asked with poll(2) whether its process has ended. */
    public static final class PidFd implements FdTable.Pollable {
        private final int pid;
        private final int kfd;
        private boolean closed;

        PidFd(int pid, int kfd) {
            this.pid = pid;
            this.kfd = kfd;
        }

        public int pid() {
            return pid;
        }

        @Override
        public synchronized int pollEvents(int events) {
            if (closed) {
                return 32;
            }
            int[] err = new int[1];
            int[] rev = new int[1];
            call(Handles.POLL, "poll", err, (st, ar) -> {
                MemorySegment p = ar.allocate(8, 4);
                p.set(JAVA_INT, 0, kfd);
                p.set(java.lang.foreign.ValueLayout.JAVA_SHORT, 4, (short) 1);
                int v = (int) Handles.POLL.invokeExact(st, p, 1L, 0);
                rev[0] = p.get(java.lang.foreign.ValueLayout.JAVA_SHORT, 6);
                return v;
            });
            return rev[0] & (events | 8 | 16);
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                Libc.close(kfd);
            }
        }

        @Override
        public int read(ByteBuffer dst, boolean blocking) {
            throw OsErrors.of(OsErrors.EINVAL);
        }

        @Override
        public int write(ByteBuffer src, boolean blocking) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
    }

    // ---- lseek SEEK_DATA / SEEK_HOLE ----

    /** lseek(2) with SEEK_DATA (3) or SEEK_HOLE (4): the kernel answers for the file; the position moves there. */
    static long seekDataHole(int fd, FileChannel ch, long pos, int whence) {
        int k = FdTable.nativeFd(fd);
        if (k < 0) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        long r = checked(Handles.LSEEK, "lseek", (st, ar) -> (long) Handles.LSEEK.invokeExact(st, k, pos, whence));
        try {
            ch.position(r);
        } catch (IOException ex) {
            throw OsErrors.from(ex, null);
        }
        return r;
    }

    // ---- preadv / pwritev ----

    /** The flags preadv2/pwritev2 know (RWF_HIPRI, DSYNC, SYNC, NOWAIT, APPEND); others are EOPNOTSUPP. */
    private static final int RWF_KNOWN = 0x1f, RWF_DSYNC = 2, RWF_SYNC = 4, RWF_APPEND = 16;

    private static FileChannel fileOf(int fd, boolean write) {
        FdTable.Entry e = FdTable.get(fd);
        if (write ? !e.writable : !e.readable) {
            throw OsErrors.of(OsErrors.EBADF);
        }
        if (e.channel() == null) {
            throw OsErrors.of(e.isDir ? OsErrors.EISDIR : OsErrors.ESPIPE);
        }
        return e.channel();
    }

    /** preadv(fd, buffers, offset, flags=0, /): fills the writable buffers in order from OFFSET. */
    @ExposedMethod
    static long preadv(PyObject[] args, String[] kw) {
        Args.noKeywords("preadv", kw);
        Args.positional("preadv", args.length, 3, 4);
        int fd = PosixModule.fd(args[0]);
        if (!(args[1] instanceof PyList) && !(args[1] instanceof PyTuple)
            && args[1].type().lookup("__getitem__") == null) {
            throw PyErr.typeError("preadv2() arg 2 must be a sequence");
        }
        PyObject[] bufs = Abstract.toArray(args[1]);
        long offset = Abstract.index(args[2]).longValue();
        int flags = args.length > 3 ? PosixModule.fd(args[3]) : 0;
        java.util.List<org.pyvm.runtime.PyMemoryView> views = new java.util.ArrayList<>();
        byte[][] targets = new byte[bufs.length][];
        for (int i = 0; i < bufs.length; i++) {
            if (bufs[i] instanceof PyByteArray ba) {
                targets[i] = ba.bytes();
                continue;
            }
            throw PyErr.of(org.pyvm.runtime.PyExc.BufferError, "Object is not writable.");
        }
        if ((flags & ~RWF_KNOWN) != 0) {
            throw OsErrors.of(OsErrors.ENOTSUP);
        }
        FileChannel ch = fileOf(fd, false);
        long total = 0;
        try {
            long pos = offset < 0 ? ch.position() : offset;
            for (int i = 0; i < bufs.length; i++) {
                int len = (int) Abstract.len(bufs[i]);
                ByteBuffer b = ByteBuffer.wrap(targets[i], 0, len);
                while (b.hasRemaining()) {
                    int n = ch.read(b, pos);
                    if (n <= 0) {
                        break;
                    }
                    pos += n;
                    total += n;
                }
                if (b.hasRemaining()) {
                    break;
                }
            }
            if (offset < 0) {
                ch.position(pos);
            }
        } catch (IOException ex) {
            throw OsErrors.from(ex, null);
        }
        return total;
    }

    /** pwritev(fd, buffers, offset, flags=0, /): the buffers written in order at OFFSET. */
    @ExposedMethod
    static long pwritev(PyObject[] args, String[] kw) {
        Args.noKeywords("pwritev", kw);
        Args.positional("pwritev", args.length, 3, 4);
        int fd = PosixModule.fd(args[0]);
        if (!(args[1] instanceof PyList) && !(args[1] instanceof PyTuple)
            && args[1].type().lookup("__getitem__") == null) {
            throw PyErr.typeError("pwritev() arg 2 must be a sequence");
        }
        PyObject[] bufs = Abstract.toArray(args[1]);
        long offset = Abstract.index(args[2]).longValue();
        int flags = args.length > 3 ? PosixModule.fd(args[3]) : 0;
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (PyObject b : bufs) {
            byte[] x = PosixModule.bytesLike(b);
            all.write(x, 0, x.length);
        }
        if ((flags & ~RWF_KNOWN) != 0) {
            throw OsErrors.of(OsErrors.ENOTSUP);
        }
        FileChannel ch = fileOf(fd, true);
        byte[] data = all.toByteArray();
        try {
            boolean moveFd = offset < 0;
            long pos = (flags & RWF_APPEND) != 0 ? ch.size() : moveFd ? ch.position() : offset;
            ByteBuffer b = ByteBuffer.wrap(data);
            while (b.hasRemaining()) {
                pos += ch.write(b, pos);
            }
            if (moveFd) {
                ch.position(pos);
            }
            if ((flags & (RWF_DSYNC | RWF_SYNC)) != 0) {
                ch.force((flags & RWF_SYNC) != 0);
            }
        } catch (IOException ex) {
            throw OsErrors.from(ex, null);
        }
        return data.length;
    }

    // ---- copy_file_range, splice, sendfile ----

    private static long count(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        if (v.longValue() < 0) {
            throw PyErr.valueError("negative value for 'count' not allowed");
        }
        return v.longValue();
    }

    private static Long offset(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        PyInt v = Abstract.index(o);
        if (v.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C long");
        }
        return v.longValue();
    }

    /** copy_file_range(src, dst, count, offset_src=None, offset_dst=None): regular files only, as the kernel. */
    @ExposedMethod
    static long copy_file_range(PyObject[] args, String[] kw) {
        PyObject[] a = parse("copy_file_range", args, kw, 3, 5, "src", "dst", "count", "offset_src",
            "offset_dst");
        int src = PosixModule.fd(a[0]);
        int dst = PosixModule.fd(a[1]);
        long count = count(a[2]);
        Long offSrc = offset(a[3]);
        Long offDst = offset(a[4]);
        FdTable.Entry in = FdTable.get(src);
        FdTable.Entry out = FdTable.get(dst);
        if (!in.readable || !out.writable || out.append) {
            throw OsErrors.of(OsErrors.EBADF);
        }
        if (in.channel() == null || out.channel() == null || in.isDir || out.isDir) {
            throw OsErrors.of(in.isDir || out.isDir ? OsErrors.EISDIR : OsErrors.EINVAL);
        }
        FileChannel ic = in.channel();
        FileChannel oc = out.channel();
        try {
            long ip = offSrc != null ? offSrc : ic.position();
            long op = offDst != null ? offDst : oc.position();
            if (ip < 0 || op < 0) {
                throw OsErrors.of(OsErrors.EINVAL);
            }
            if (sameFile(in, out) && ip < op + count && op < ip + count) {
                throw OsErrors.of(OsErrors.EINVAL);
            }
            long done = copy(ic, ip, count, b -> {
                int k = 0;
                while (b.hasRemaining()) {
                    k += oc.write(b, op + k);
                }
                return k;
            }, 0);
            if (offSrc == null) {
                ic.position(ip + done);
            }
            if (offDst == null) {
                oc.position(op + done);
            }
            return done;
        } catch (IOException ex) {
            throw OsErrors.from(ex, null);
        }
    }

    private interface Sink {
        int write(ByteBuffer b) throws IOException;
    }

    /** Copies up to COUNT bytes of IC from POS into SINK (whose offset advances by what it took); stops short at EOF. */
    private static long copy(FileChannel ic, long pos, long count, Sink sink, long unused) throws IOException {
        long done = 0;
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(Math.max(count, 1), 1 << 16));
        while (done < count) {
            buf.clear();
            buf.limit((int) Math.min(buf.capacity(), count - done));
            int n = ic.read(buf, pos + done);
            if (n <= 0) {
                break;
            }
            buf.flip();
            int k;
            try {
                k = sink.write(buf);
            } catch (org.pyvm.runtime.PyBaseException e) {
                if (done > 0) {
                    break; // what went before a non-blocking EAGAIN (or an error) is the answer
                }
                throw e;
            }
            done += k;
            if (k < n) {
                break;
            }
        }
        return done;
    }

    private static boolean sameFile(FdTable.Entry a, FdTable.Entry b) {
        if (a == b) {
            return true;
        }
        try {
            return a.path != null && b.path != null && Files.isSameFile(a.path, b.path);
        } catch (IOException ex) {
            return false;
        }
    }

    /** splice(src, dst, count, offset_src=None, offset_dst=None, flags=0): one end must be a pipe. */
    @ExposedMethod
    static long splice(PyObject[] args, String[] kw) {
        PyObject[] a = parse("splice", args, kw, 3, 6, "src", "dst", "count", "offset_src", "offset_dst",
            "flags");
        int src = PosixModule.fd(a[0]);
        int dst = PosixModule.fd(a[1]);
        long count = count(a[2]);
        Long offSrc = offset(a[3]);
        Long offDst = offset(a[4]);
        if (a[5] != null) {
            PosixModule.fd(a[5]); // SPLICE_F_MOVE, MORE, NONBLOCK, GIFT are hints here
        }
        FdTable.Entry in = FdTable.get(src);
        FdTable.Entry out = FdTable.get(dst);
        if (!in.readable || !out.writable) {
            throw OsErrors.of(OsErrors.EBADF);
        }
        boolean inPipe = in.channelIsPipe();
        boolean outPipe = out.channelIsPipe();
        if (!inPipe && !outPipe) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        if ((inPipe && offSrc != null) || (outPipe && offDst != null)) {
            throw OsErrors.of(OsErrors.ESPIPE);
        }
        if (count == 0) {
            return 0;
        }
        try {
            if (inPipe) {
                byte[] got = FdTable.read(src, (int) Math.min(count, 1 << 16));
                if (got == null) {
                    throw OsErrors.of(OsErrors.EAGAIN);
                }
                if (got.length == 0) {
                    return 0;
                }
                if (offDst != null) {
                    FileChannel oc = fileOf(dst, true);
                    ByteBuffer b = ByteBuffer.wrap(got);
                    long p = offDst;
                    while (b.hasRemaining()) {
                        p += oc.write(b, p);
                    }
                    return got.length;
                }
                return FdTable.write(dst, got, 0, got.length);
            }
            FileChannel ic = fileOf(src, false);
            long ip = offSrc != null ? offSrc : ic.position();
            long done = copy(ic, ip, Math.min(count, 1 << 16), b -> {
                byte[] x = new byte[b.remaining()];
                b.get(x);
                return FdTable.write(dst, x, 0, x.length);
            }, 0);
            if (offSrc == null) {
                ic.position(ip + done);
            }
            return done;
        } catch (IOException ex) {
            throw OsErrors.from(ex, null);
        }
    }

    /** sendfile(out_fd, in_fd, offset, count): IN_FD a file; what went to OUT_FD (a socket, pipe or file). */
    @ExposedMethod
    static long sendfile(PyObject[] args, String[] kw) {
        PyObject[] a = parse("sendfile", args, kw, 4, 4, "out_fd", "in_fd", "offset", "count");
        int outFd = PosixModule.fd(a[0]);
        int inFd = PosixModule.fd(a[1]);
        Long off = offset(a[2]);
        PyInt cv = Abstract.index(a[3]);
        if (cv.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        long count = cv.longValue();
        FdTable.Entry in = FdTable.get(inFd);
        FdTable.Entry out = FdTable.get(outFd);
        if (!in.readable || !out.writable && out.pollable == null) {
            throw OsErrors.of(OsErrors.EBADF);
        }
        if (in.channel() == null || (off != null && off < 0) || count < 0) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        FileChannel ic = in.channel();
        try {
            long ip = off != null ? off : ic.position();
            long done = copy(ic, ip, Math.min(count, 0x7ffff000L), b -> {
                byte[] x = new byte[b.remaining()];
                b.get(x);
                return FdTable.write(outFd, x, 0, x.length);
            }, 0);
            if (off == null) {
                ic.position(ip + done);
            }
            return done;
        } catch (IOException ex) {
            throw OsErrors.from(ex, null);
        }
    }
}
