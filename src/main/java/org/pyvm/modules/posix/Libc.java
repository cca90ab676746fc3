package org.pyvm.modules.posix;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import org.pyvm.modules.corelib.NativeLib;

/**
 * The few C library calls pyvm makes on real kernel descriptors (fcntl locks, flock,
 * ioctl) and for the system's configuration (sysconf, pathconf, confstr), through
 * java.lang.foreign. The library is opened when first needed. Every call returns the C
 * result and leaves errno in {@link Result#errno}; {@link #available()} is false where the
 * JDK or the library is missing, and callers then raise a Python error saying so.
 */
public final class Libc {

    private Libc() {}

    /** A C call's return value and the errno it left (0 when it succeeded). */
    public record Result(long value, int errno) {}

    private static final class Handles {
        static final NativeLib LIB = NativeLib.open("libc.so.6");
        static final StructLayout STATE = Linker.Option.captureStateLayout();
        static final VarHandle ERRNO = STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
        static final Linker.Option CAPTURE = Linker.Option.captureCallState("errno");
        static final Fn OPEN = new Fn("open", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
            CAPTURE, Linker.Option.firstVariadicArg(2));
        static final Fn CLOSE = new Fn("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT), CAPTURE);
        static final Fn FCNTL_LONG = new Fn("fcntl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT,
            JAVA_LONG), CAPTURE, Linker.Option.firstVariadicArg(2));
        static final Fn FCNTL_PTR = new Fn("fcntl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT,
            ADDRESS), CAPTURE, Linker.Option.firstVariadicArg(2));
        static final Fn IOCTL_LONG = new Fn("ioctl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG,
            JAVA_LONG), CAPTURE, Linker.Option.firstVariadicArg(2));
        static final Fn IOCTL_PTR = new Fn("ioctl", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG,
            ADDRESS), CAPTURE, Linker.Option.firstVariadicArg(2));
        static final Fn FLOCK = new Fn("flock", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT), CAPTURE);
        static final Fn SYSCONF = new Fn("sysconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT), CAPTURE);
        static final Fn PATHCONF = new Fn("pathconf", FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_INT),
            CAPTURE);
        static final Fn FPATHCONF = new Fn("fpathconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_INT),
            CAPTURE);
        static final Fn CONFSTR = new Fn("confstr", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS,
            JAVA_LONG), CAPTURE);
        static final Fn LOCKF = new Fn("lockf", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG),
            CAPTURE);
        static final Fn FALLOCATE = new Fn("posix_fallocate", FunctionDescriptor.of(JAVA_INT, JAVA_INT,
            JAVA_LONG, JAVA_LONG));
        static final Fn FADVISE = new Fn("posix_fadvise", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG,
            JAVA_LONG, JAVA_INT));
        static final Fn MKFIFO = new Fn("mkfifo", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT), CAPTURE);
        static final Fn MKNOD = new Fn("mknod", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_LONG),
            CAPTURE);
        static final Fn ERRNO_LOCATION = new Fn("__errno_location", FunctionDescriptor.of(ADDRESS));
        static final Fn PIPE = new Fn("pipe", FunctionDescriptor.of(JAVA_INT, ADDRESS), CAPTURE);
        static final Fn UTIMENSAT = new Fn("utimensat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS,
            ADDRESS, JAVA_INT), CAPTURE);

        private static MethodHandle fn(String name, FunctionDescriptor fd, Linker.Option... opts) {
            try {
                return LIB == null ? null : LIB.function(name, fd, opts);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * A downcall handle made on first use: each one spins several LambdaForm and stub
     * classes (about 6 classes, a few ms of CPU and JIT work), and `import time` only
     * needs localtime_r alone, not all twenty-five
     * (CTime's too).
     */
    static final class Fn {
        private final String name;
        private final FunctionDescriptor fd;
        private final Linker.Option[] opts;
        private volatile MethodHandle handle;
        private volatile boolean made;

        Fn(String name, FunctionDescriptor fd, Linker.Option... opts) {
            this.name = name;
            this.fd = fd;
            this.opts = opts;
        }

        /** The handle, or null when the library or the function is missing. */
        MethodHandle get() {
            if (!made) {
                synchronized (this) {
                    if (!made) {
                        handle = Handles.fn(name, fd, opts);
                        made = true;
                    }
                }
            }
            return handle;
        }
    }

    /** Whether the C library can be called (java.lang.foreign and libc.so.6 are there). */
    public static boolean available() {
        try {
            return Handles.LIB != null && Handles.LIB.has("fcntl");
        } catch (Throwable e) {
            return false;
        }
    }

    /** A C error that is not the kernel's: the library could not be reached. */
    public static RuntimeException unavailable(String what) {
        return org.pyvm.runtime.PyErr.of(org.pyvm.runtime.PyExc.OSError,
            org.pyvm.runtime.PyInt.of(OsErrors.ENOSYS),
            org.pyvm.runtime.PyStr.of(what + " needs the C library through java.lang.foreign, which is not available"));
    }

    /** One C call: STATE receives its errno; ARENA holds its arguments. */
    public interface Call {
        long run(MemorySegment state, Arena arena) throws Throwable;
    }

    /** Whether the C library has the function NAME (no handle is made). */
    static boolean has(String name) {
        return Handles.LIB != null && Handles.LIB.has(name);
    }

    /** A lazily made {@link #function}: the handle of a libc function that leaves errno for {@link #call}. */
    static Fn lazyFunction(String name, FunctionDescriptor fd) {
        return new Fn(name, fd, Handles.CAPTURE);
    }

    /** A libc function that leaves errno for {@link #call}, or null where it is missing (Ids, Sched use it too). */
    public static MethodHandle function(String name, FunctionDescriptor fd) {
        return Handles.fn(name, fd, Handles.CAPTURE);
    }

    /** A libc function called directly (no errno captured), with OPTS (a variadic one's firstVariadicArg); or null. */
    public static MethodHandle plainFunction(String name, FunctionDescriptor fd, Linker.Option... opts) {
        return Handles.fn(name, fd, opts);
    }

    /** Runs C's call of H (null: the function is missing, WHAT names it in the error); its result and errno. */
    public static Result call(MethodHandle h, String what, Call c) {
        if (h == null || !available()) {
            throw unavailable(what);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(Handles.STATE);
            long v = c.run(state, arena);
            return new Result(v, v == -1 ? (int) Handles.ERRNO.get(state, 0L) : 0);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** open(2) of PATH (a file name of the file system) with FLAGS. */
    public static Result open(byte[] path, int flags) {
        MethodHandle h = Handles.OPEN.get();
        return call(h, "open", (st, a) -> (int) h.invokeExact(st, cstr(a, path), flags, 0));
    }

    public static Result close(int fd) {
        MethodHandle h = Handles.CLOSE.get();
        return call(h, "close", (st, a) -> (int) h.invokeExact(st, fd));
    }

    /** fcntl(2) with an integer argument. */
    public static Result fcntl(int fd, int cmd, long arg) {
        MethodHandle h = Handles.FCNTL_LONG.get();
        return call(h, "fcntl", (st, a) -> (int) h.invokeExact(st, fd, cmd, arg));
    }

    /** fcntl(2) with a pointer to a copy of BUF, copied back into BUF afterwards. */
    public static Result fcntl(int fd, int cmd, byte[] buf) {
        MethodHandle h = Handles.FCNTL_PTR.get();
        return call(h, "fcntl", (st, a) -> {
            MemorySegment m = copyIn(a, buf);
            int r = (int) h.invokeExact(st, fd, cmd, m);
            copyOut(m, buf);
            return r;
        });
    }

    /** ioctl(2) with an integer argument. */
    public static Result ioctl(int fd, long request, long arg) {
        MethodHandle h = Handles.IOCTL_LONG.get();
        return call(h, "ioctl", (st, a) -> (int) h.invokeExact(st, fd, request,
            arg));
    }

    /** ioctl(2) with a pointer to a copy of BUF, copied back into BUF afterwards. */
    public static Result ioctl(int fd, long request, byte[] buf) {
        MethodHandle h = Handles.IOCTL_PTR.get();
        return call(h, "ioctl", (st, a) -> {
            MemorySegment m = copyIn(a, buf);
            int r = (int) h.invokeExact(st, fd, request, m);
            copyOut(m, buf);
            return r;
        });
    }

    public static Result flock(int fd, int op) {
        MethodHandle h = Handles.FLOCK.get();
        return call(h, "flock", (st, a) -> (int) h.invokeExact(st, fd, op));
    }

    /** lockf(3) on a kernel descriptor. */
    public static Result lockf(int fd, int cmd, long len) {
        MethodHandle h = Handles.LOCKF.get();
        return call(h, "lockf", (st, a) -> (int) h.invokeExact(st, fd, cmd, len));
    }

    /** posix_fallocate(3): 0, or the error number it returns (it does not set errno). */
    public static int posixFallocate(int fd, long offset, long len) {
        MethodHandle h = Handles.FALLOCATE.get();
        return (int) call(h, "posix_fallocate", (st, a) -> {
            int r = (int) h.invokeExact(fd, offset, len);
            return r == -1 ? -2 : r;
        }).value();
    }

    /** posix_fadvise(3): 0, or the error number it returns. */
    public static int posixFadvise(int fd, long offset, long len, int advice) {
        MethodHandle h = Handles.FADVISE.get();
        return (int) call(h, "posix_fadvise", (st, a) -> {
            int r = (int) h.invokeExact(fd, offset, len, advice);
            return r == -1 ? -2 : r;
        }).value();
    }

    public static Result mkfifo(byte[] path, int mode) {
        MethodHandle h = Handles.MKFIFO.get();
        return call(h, "mkfifo", (st, a) -> (int) h.invokeExact(st, cstr(a, path), mode));
    }

    public static Result mknod(byte[] path, int mode, long dev) {
        MethodHandle h = Handles.MKNOD.get();
        return call(h, "mknod", (st, a) -> (int) h.invokeExact(st, cstr(a, path), mode,
            dev));
    }

    /**
     * utimensat(2) relative to the working directory: TIMES holds the access then the
     * modification time as {seconds, nanoseconds} pairs, or is null for "now". Unlike
     * java.nio's setTimes it never opens the file (which blocks on a FIFO).
     */
    public static Result utimensat(byte[] path, long[] times, boolean followSymlinks) {
        MethodHandle h = Handles.UTIMENSAT.get();
        return call(h, "utimensat", (st, a) -> {
            MemorySegment ts = MemorySegment.NULL;
            if (times != null) {
                ts = a.allocate(JAVA_LONG, 4);
                for (int i = 0; i < 4; i++) {
                    ts.setAtIndex(JAVA_LONG, i, times[i]);
                }
            }
            int atFdcwd = -100;
            int atSymlinkNofollow = 0x100;
            return (int) h.invokeExact(st, atFdcwd, cstr(a, path), ts,
                followSymlinks ? 0 : atSymlinkNofollow);
        });
    }

    /** sysconf(3): -1 with errno 0 means "no limit". */
    public static Result sysconf(int name) {
        MethodHandle h = Handles.SYSCONF.get();
        return call(h, "sysconf", (st, a) -> {
            clearErrno();
            return (long) h.invokeExact(st, name);
        });
    }

    public static Result pathconf(byte[] path, int name) {
        MethodHandle h = Handles.PATHCONF.get();
        return call(h, "pathconf", (st, a) -> {
            clearErrno();
            return (long) h.invokeExact(st, cstr(a, path), name);
        });
    }

    public static Result fpathconf(int fd, int name) {
        MethodHandle h = Handles.FPATHCONF.get();
        return call(h, "fpathconf", (st, a) -> {
            clearErrno();
            return (long) h.invokeExact(st, fd, name);
        });
    }

    /**
     * confstr(3): the value as bytes (without its NUL), or null when NAME has no value
     * (0 with errno 0). An invalid name leaves errno in the result's place: a one-element
     * array holding the errno, negated.
     */
    public static byte[] confstr(int name, int[] errno) {
        if (Handles.CONFSTR.get() == null || !available()) {
            throw unavailable("confstr");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment st = arena.allocate(Handles.STATE);
            clearErrno();
            MemorySegment buf = arena.allocate(256);
            long n = (long) Handles.CONFSTR.get().invokeExact(st, name, buf, 256L);
            if (n == 0) {
                errno[0] = (int) Handles.ERRNO.get(st, 0L);
                return null;
            }
            if (n > 256) {
                buf = arena.allocate(n);
                n = (long) Handles.CONFSTR.get().invokeExact(st, name, buf, n);
            }
            return buf.asSlice(0, n - 1).toArray(JAVA_BYTE);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** pipe(2): a real kernel pipe's two descriptors (closed by the caller). */
    public static int[] pipe() {
        int[] fds = new int[2];
        MethodHandle h = Handles.PIPE.get();
        Result r = call(h, "pipe", (st, a) -> {
            MemorySegment m = a.allocate(8);
            int v = (int) h.invokeExact(st, m);
            fds[0] = m.get(JAVA_INT, 0);
            fds[1] = m.get(JAVA_INT, 4);
            return v;
        });
        if (r.value() == -1) {
            throw OsErrors.of(r.errno());
        }
        return fds;
    }

    /** errno = 0, for the calls whose -1 is not always an error (sysconf, pathconf, confstr). */
    static void clearErrno() throws Throwable {
        if (Handles.ERRNO_LOCATION.get() != null) {
            MemorySegment p = (MemorySegment) Handles.ERRNO_LOCATION.get().invokeExact();
            p.reinterpret(4).set(JAVA_INT, 0, 0);
        }
    }

    private static final java.lang.foreign.ValueLayout.OfByte JAVA_BYTE = java.lang.foreign.ValueLayout.JAVA_BYTE;

    private static MemorySegment cstr(Arena a, byte[] s) {
        MemorySegment m = a.allocate(s.length + 1L);
        MemorySegment.copy(s, 0, m, JAVA_BYTE, 0, s.length);
        m.set(JAVA_BYTE, s.length, (byte) 0);
        return m;
    }

    private static MemorySegment copyIn(Arena a, byte[] buf) {
        // At least 1024 bytes, as CPython's fcntl/ioctl buffers: the kernel may write a whole struct.
        MemorySegment m = a.allocate(Math.max(buf.length, 1024));
        MemorySegment.copy(buf, 0, m, JAVA_BYTE, 0, buf.length);
        return m;
    }

    private static void copyOut(MemorySegment m, byte[] buf) {
        MemorySegment.copy(m, JAVA_BYTE, 0, buf, 0, buf.length);
    }
}
