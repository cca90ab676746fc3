package org.pyvm.modules.posix;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.Interrupts;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyTuple;

/**
 * A descriptor of pyvm's table that is a real kernel descriptor of the process (the two
 * ends of a pseudo-terminal from os.openpty): read(2), write(2) and poll(2) go to the
 * kernel through the C library. A blocking read or write waits in poll(2) slices with the
 * GIL released, so that other threads run and a signal's Python handler runs in between
 * (the call then retries, as PEP 475 says) — pyvm's signals are not delivered to the
 * kernel call as EINTR. The kernel descriptor is close-on-exec; a child is given it by
 * number where the spawning code asks {@link #kernelFd}.
 */
public final class KernelFd implements FdTable.Pollable {

    private static final MethodHandle READ = Libc.function("read",
        FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle WRITE = Libc.function("write",
        FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
    private static final MethodHandle POLL = Libc.function("poll",
        FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    private static final MethodHandle ISATTY = Libc.function("isatty", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle OPENPTY = Libc.function("openpty",
        FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    private static final MethodHandle TTYNAME_R = Libc.function("ttyname_r",
        FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_LONG));

    private static final int POLLIN = 1, POLLOUT = 4, F_SETFD = 2, FD_CLOEXEC = 1;
    /** How long one poll(2) of a blocking call waits before looking for signals (ms). */
    private static final int SLICE_MS = 50;

    private final int fd;
    private volatile boolean closed;
    /** Passed by the parent under this number (a fresh table of the same process takes it again). */
    boolean inherited;

    private KernelFd(int fd) {
        this.fd = fd;
    }

    /** The kernel descriptor. */
    public int kernelFd() {
        return fd;
    }

    /** A new entry of pyvm's table for kernel descriptor K (read and write), not inheritable. */
    static int install(int k) {
        FdTable.Entry e = new FdTable.Entry();
        e.readable = true;
        e.writable = true;
        e.pollable = adopt(k);
        e.path = java.nio.file.Path.of("/proc/self/fd/" + k);
        int n = FdTable.add(e);
        FdTable.setInheritable(n, false);
        return n;
    }

    /**
     * write(2) on the process's descriptor 0 when it was opened read-write (its fdinfo
     * flags say O_RDWR), as CPython may write to such a stdin (a parent gave its read-write
     * file as the child's stdin); EBADF otherwise, as for a read-only descriptor.
     */
    static int writeStdin(byte[] b, int off, int len) {
        int flags;
        try {
            String info = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/fdinfo/0"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^flags:\\s*([0-7]+)").matcher(info);
            flags = m.find() ? Integer.parseInt(m.group(1), 8) : 0;
        } catch (java.io.IOException | RuntimeException e) {
            flags = 0;
        }
        if ((flags & 3) != 2) {
            throw OsErrors.of(OsErrors.EBADF);
        }
        return new KernelFd(0).write(java.nio.ByteBuffer.wrap(b, off, len), true);
    }

    /** A KernelFd for kernel descriptor K (made close-on-exec: children are given it by number). */
    static KernelFd adopt(int k) {
        Libc.fcntl(k, F_SETFD, FD_CLOEXEC);
        return new KernelFd(k);
    }

    /**
     * A KernelFd for a socket made by socket(2) or socketpair(2) (modules.socket's sockets
     * the JDK has no channel for); close-on-exec as every other kernel descriptor here.
     */
    public static KernelFd ofSocket(int k) {
        return adopt(k);
    }

    /** poll(2) of the descriptor for EVENTS, waiting at most TIMEOUT ms (0: not at all): its revents, 0 when none came. */
    public int pollFor(int events, int timeout) {
        return closed ? 32 : poll(events, timeout);
    }

    /** The kernel descriptor behind pyvm's entry E, or -1 when it is not one of these. */
    public static int of(FdTable.Entry e) {
        return e.pollable instanceof KernelFd k ? k.fd : -1;
    }

    /** os.openpty(): (master, slave), both not inheritable. Compare posixmodule.c: os_openpty_impl. */
    @ExposedMethod
    static PyObject openpty() {
        int[] fds = new int[2];
        Libc.Result r = Libc.call(OPENPTY, "openpty", (st, a) -> {
            MemorySegment m = a.allocate(JAVA_INT);
            MemorySegment s = a.allocate(JAVA_INT);
            int v = (int) OPENPTY.invokeExact(st, m, s, MemorySegment.NULL, MemorySegment.NULL, MemorySegment.NULL);
            fds[0] = m.get(JAVA_INT, 0);
            fds[1] = s.get(JAVA_INT, 0);
            return v;
        });
        if (r.value() == -1) {
            throw OsErrors.of(r.errno());
        }
        return PyTuple.of(PyInt.of(install(fds[0])), PyInt.of(install(fds[1])));
    }

    /** isatty(3) of the kernel descriptor. */
    public boolean isatty() {
        return Libc.call(ISATTY, "isatty", (st, a) -> (int) ISATTY.invokeExact(st, fd) == 1 ? 1 : -1).value() == 1;
    }

    /** os.ttyname(fd). Compare posixmodule.c: os_ttyname_impl. */
    @ExposedMethod
    static PyObject ttyname(PyObject fd) {
        int n = PosixModule.fd(fd);
        int k = FdTable.isOpen(n) ? FdTable.nativeFd(n) : -1;
        if (k < 0) {
            throw OsErrors.of(FdTable.isOpen(n) ? OsErrors.ENOTTY : OsErrors.EBADF);
        }
        return org.pyvm.runtime.PyStr.of(ttyname(k));
    }

    /** ttyname_r(3) of kernel descriptor FD: the terminal's name, or an OSError. */
    static String ttyname(int fd) {
        byte[][] out = new byte[1][];
        Libc.Result r = Libc.call(TTYNAME_R, "ttyname", (st, a) -> {
            MemorySegment buf = a.allocate(4096);
            int err = (int) TTYNAME_R.invokeExact(st, fd, buf, 4096L);
            if (err != 0) {
                return -2 - err;
            }
            out[0] = buf.getString(0).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            return 0;
        });
        if (r.value() < -1) {
            throw OsErrors.of((int) (-2 - r.value()));
        }
        return Fs.decode(out[0]);
    }

    /** poll(2) of this descriptor for EVENTS, waiting up to TIMEOUT ms: its revents (0 on timeout). */
    private int poll(int events, int timeout) {
        Libc.Result r = Libc.call(POLL, "poll", (st, a) -> {
            MemorySegment p = a.allocate(8);
            p.set(JAVA_INT, 0, fd);
            p.set(JAVA_SHORT, 4, (short) events);
            p.set(JAVA_SHORT, 6, (short) 0);
            int v = (int) POLL.invokeExact(st, p, 1L, timeout);
            return v <= 0 ? v : p.get(JAVA_SHORT, 6) & 0xffff;
        });
        if (r.value() == -1) {
            if (r.errno() == OsErrors.EINTR) {
                return 0;
            }
            throw OsErrors.of(r.errno());
        }
        return (int) r.value();
    }

    /** Waits (GIL released, signal handlers run between slices) until poll reports one of EVENTS. */
    private void await(int events) {
        while (true) {
            boolean released = Gil.release();
            int rev;
            try {
                rev = poll(events, SLICE_MS);
            } finally {
                Gil.reacquire(released);
            }
            if (rev != 0) {
                return;
            }
            if (Interrupts.tripped && Interrupts.isMainThread()) {
                PyBaseException e = Interrupts.runPending();
                if (e != null) {
                    throw e;
                }
            }
        }
    }

    @Override
    public int pollEvents(int events) {
        return closed ? 32 : poll(events, 0);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Libc.close(fd);
        }
    }

    @Override
    public int read(ByteBuffer dst, boolean blocking) {
        int n = dst.remaining();
        if (n == 0) {
            return 0;
        }
        if (blocking) {
            await(POLLIN);
        } else if (poll(POLLIN, 0) == 0) {
            return 0;
        }
        long[] got = new long[1];
        byte[] tmp = new byte[n];
        Libc.Result r = Libc.call(READ, "read", (st, a) -> {
            MemorySegment buf = a.allocate(n);
            long k = (long) READ.invokeExact(st, fd, buf, (long) n);
            if (k > 0) {
                MemorySegment.copy(buf, JAVA_BYTE, 0, tmp, 0, (int) k);
            }
            got[0] = k;
            return k;
        });
        if (r.value() == -1) {
            throw OsErrors.of(r.errno());
        }
        if (got[0] == 0) {
            return -1;
        }
        dst.put(tmp, 0, (int) got[0]);
        return (int) got[0];
    }

    @Override
    public int write(ByteBuffer src, boolean blocking) {
        int n = src.remaining();
        if (n == 0) {
            return 0;
        }
        if (blocking) {
            await(POLLOUT);
        } else if (poll(POLLOUT, 0) == 0) {
            return 0;
        }
        byte[] tmp = new byte[n];
        src.duplicate().get(tmp);
        Libc.Result r = Libc.call(WRITE, "write", (st, a) -> {
            MemorySegment buf = a.allocate(n);
            MemorySegment.copy(tmp, 0, buf, JAVA_BYTE, 0, n);
            return (long) WRITE.invokeExact(st, fd, buf, (long) n);
        });
        if (r.value() == -1) {
            throw OsErrors.of(r.errno());
        }
        src.position(src.position() + (int) r.value());
        return (int) r.value();
    }
}
