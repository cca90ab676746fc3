package org.pyvm.modules.posix;

import java.io.FileDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pyvm.runtime.PyBaseException;

/**
 * Descriptors that cross a Unix-domain socket as SCM_RIGHTS ancillary data (socket.sendmsg,
 * recvmsg, send_fds/recv_fds, multiprocessing's reduction). The kernel moves kernel
 * descriptors, while a program names pyvm's numbers ({@link FdTable}), so the socket module
 * translates the numbers both ways: {@link #kernelFd} gives the kernel descriptor behind one
 * of pyvm's numbers (a file's own, a pipe made a kernel pipe first as for pass_fds), and
 * {@link #adopt} puts a received kernel descriptor in pyvm's table. A regular file becomes a
 * FileChannel on that very descriptor (the offset stays shared with the sender, as in the
 * kernel); anything else (a pipe, a socket, a terminal) a {@link KernelFd}, read and written
 * through the C library. The JDK keeps a FileChannel's descriptor to itself: it is read from
 * sun.nio.ch.FileChannelImpl, which bin/pyvm opens to pyvm (--add-opens java.base/sun.nio.ch);
 * without that a file is passed as a new descriptor of the same file ({@link FdTable#nativeFd},
 * an offset of its own) and a received file is read through /proc/self/fd.
 */
public final class PassedFds {

    private PassedFds() {}

    private static final int F_GETFL = 3;

    /** sun.nio.ch.FileChannelImpl's descriptor field, IOUtil.fdVal/newFD and FileChannelImpl.open; null when closed to us. */
    private static final class Jdk {
        static final Field FD;
        static final Method FD_VAL;
        static final Method NEW_FD;
        static final Method OPEN;

        static {
            Field f = null;
            Method v = null;
            Method n = null;
            Method o = null;
            try {
                Class<?> impl = Class.forName("sun.nio.ch.FileChannelImpl");
                Class<?> io = Class.forName("sun.nio.ch.IOUtil");
                f = impl.getDeclaredField("fd");
                f.setAccessible(true);
                v = io.getMethod("fdVal", FileDescriptor.class);
                v.setAccessible(true);
                n = io.getMethod("newFD", int.class);
                n.setAccessible(true);
                o = impl.getMethod("open", FileDescriptor.class, String.class, boolean.class, boolean.class,
                    boolean.class, boolean.class, java.io.Closeable.class);
                o.setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                f = null;
            }
            FD = f;
            FD_VAL = v;
            NEW_FD = n;
            OPEN = o;
        }
    }

    /** The kernel descriptor of a JDK FileChannel, or -1 when the JDK does not show it. */
    public static int channelFd(FileChannel ch) {
        if (Jdk.FD == null || ch == null) {
            return -1;
        }
        try {
            return (Integer) Jdk.FD_VAL.invoke(null, Jdk.FD.get(ch));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The kernel descriptor behind pyvm's FD, to be passed: -1 when FD is not open (the kernel
     * then refuses the message with EBADF, as it would the number). Sockets are the socket
     * module's (it holds their channels); an in-JVM pipe becomes a kernel pipe first.
     */
    public static int kernelFd(int fd) {
        FdTable.Entry e;
        try {
            e = FdTable.get(fd);
        } catch (PyBaseException ex) {
            return -1;
        }
        int std = FdTable.jvmStd(e);
        if (std >= 0) {
            return std;
        }
        if (e.pollable instanceof KernelFd k) {
            return k.kernelFd();
        }
        if (FdTable.pipeOf(fd) != null) {
            return FdTable.promotePipe(fd);
        }
        int k = channelFd(e.file);
        if (k >= 0) {
            return k;
        }
        return FdTable.nativeFd(fd);
    }

    /**
     * Puts kernel descriptor K, just received, in pyvm's table: its new number, inheritable
     * as asked (recvmsg without MSG_CMSG_CLOEXEC gives inheritable descriptors).
     */
    public static int adopt(int k, boolean inheritable) {
        Path proc = Path.of("/proc/self/fd/" + k);
        FdTable.Entry e = new FdTable.Entry();
        Libc.Result fl = Libc.fcntl(k, F_GETFL, 0);
        int acc = fl.value() < 0 ? FdTable.O_RDWR : (int) fl.value() & FdTable.O_ACCMODE;
        e.readable = acc != FdTable.O_WRONLY;
        e.writable = acc != FdTable.O_RDONLY;
        e.append = fl.value() >= 0 && (fl.value() & FdTable.O_APPEND) != 0;
        Path target = null;
        try {
            target = Files.readSymbolicLink(proc);
        } catch (java.io.IOException | RuntimeException ex) {
            // not a link we can read: treated as a kernel stream below
        }
        FileChannel file = null;
        if (target != null && target.isAbsolute() && Files.isRegularFile(proc)) {
            file = fileChannel(k, target, e.readable, e.writable);
        }
        if (file != null) {
            e.file = file;
            e.path = target;
        } else {
            e.pollable = KernelFd.adopt(k);
            e.path = proc;
        }
        int n = FdTable.add(e);
        FdTable.setInheritable(n, inheritable);
        return n;
    }

    /** A FileChannel on kernel descriptor K itself (closing it closes K), or null. */
    private static FileChannel fileChannel(int k, Path target, boolean readable, boolean writable) {
        if (Jdk.OPEN != null) {
            try {
                FileDescriptor fd = (FileDescriptor) Jdk.NEW_FD.invoke(null, k);
                return (FileChannel) Jdk.OPEN.invoke(null, fd, target.toString(), readable, writable, false, false, null);
            } catch (ReflectiveOperationException | RuntimeException ex) {
                // below
            }
        }
        // The JDK's internals are closed to pyvm: a new description of the same file, and K closed.
        try {
            java.util.Set<java.nio.file.OpenOption> opts = new java.util.HashSet<>();
            opts.add(writable ? java.nio.file.StandardOpenOption.WRITE : java.nio.file.StandardOpenOption.READ);
            if (readable) {
                opts.add(java.nio.file.StandardOpenOption.READ);
            }
            FileChannel c = FileChannel.open(Path.of("/proc/self/fd/" + k), opts);
            Libc.close(k);
            return c;
        } catch (java.io.IOException | RuntimeException ex) {
            return null;
        }
    }
}
