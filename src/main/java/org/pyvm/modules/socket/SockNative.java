package org.pyvm.modules.socket;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.nio.channels.SelectableChannel;
import org.pyvm.modules.posix.Libc;

/**
 * The kernel's side of a socket whose Java NIO channel pyvm holds: the channel's own kernel
 * descriptor, and the C library's sendmsg(2), recvmsg(2), setsockopt(2) and getsockopt(2)
 * on it through java.lang.foreign, for what the JDK does not pass (ancillary data, options
 * it has no SocketOption for). The JDK shows a channel's descriptor only through
 * sun.nio.ch.SelChImpl.getFDVal, which bin/pyvm opens to pyvm (--add-opens
 * java.base/sun.nio.ch); without that, {@link #fd} is -1 and callers keep to the JDK.
 * The channel is always non-blocking, so these calls never block: a caller waits on the
 * channel's selector ({@link SockChannel#await}) and calls again, as CPython's sock_call
 * polls and calls. Struct layouts are Linux's on a 64-bit machine (msghdr, iovec, cmsghdr).
 * Compare CPython Modules/socketmodule.c: sock_sendmsg, sock_recvmsg_guts.
 */
final class SockNative {

    private SockNative() {}

    /** sizeof(struct cmsghdr) = CMSG_LEN(0); CMSG_ALIGN rounds to 8. */
    static final int CMSG_HDR = 16;
    private static final int MSGHDR = 56, IOVEC = 16;

    /** SelChImpl.getFDVal, looked up on first use. */
    private static final class FdVal {
        static final Method GET;

        static {
            Method m;
            try {
                m = Class.forName("sun.nio.ch.SelChImpl").getMethod("getFDVal");
                m.setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                m = null;
            }
            GET = m;
        }
    }

    // One holder per downcall handle: each handle spins several classes, made only when a
    // program first needs that call (import socket makes none).
    private static final class Send {
        static final MethodHandle H = Libc.function("sendmsg", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
    }

    private static final class Recv {
        static final MethodHandle H = Libc.function("recvmsg", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
    }

    private static final class SetOpt {
        static final MethodHandle H = Libc.function("setsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    }

    private static final class SockName {
        static final MethodHandle H = Libc.function("getsockname", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    }

    private static final class Bind {
        static final MethodHandle H = Libc.function("bind", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    }

    private static final class Connect {
        static final MethodHandle H = Libc.function("connect", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    }

    private static final class Listen {
        static final MethodHandle H = Libc.function("listen", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    }

    private static final class PeerName {
        static final MethodHandle H = Libc.function("getpeername", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    }

    /**
     * The JDK's record of a channel's state, which a bind or connect made here (an AF_UNIX
     * abstract name, which java.net.UnixDomainSocketAddress cannot hold) must update so that
     * the channel reads, writes and accepts: SocketChannelImpl.state/remoteAddress and
     * ServerSocketChannelImpl.localAddress.
     */
    private static final class State {
        static final java.lang.reflect.Field SC_STATE;
        static final java.lang.reflect.Field SC_REMOTE;
        static final java.lang.reflect.Field SSC_LOCAL;
        static final int CONNECTED;

        static {
            java.lang.reflect.Field a = null;
            java.lang.reflect.Field b = null;
            java.lang.reflect.Field c = null;
            int connected = -1;
            try {
                Class<?> sc = Class.forName("sun.nio.ch.SocketChannelImpl");
                Class<?> ssc = Class.forName("sun.nio.ch.ServerSocketChannelImpl");
                a = sc.getDeclaredField("state");
                a.setAccessible(true);
                b = sc.getDeclaredField("remoteAddress");
                b.setAccessible(true);
                c = ssc.getDeclaredField("localAddress");
                c.setAccessible(true);
                java.lang.reflect.Field st = sc.getDeclaredField("ST_CONNECTED");
                st.setAccessible(true);
                connected = st.getInt(null);
            } catch (ReflectiveOperationException | RuntimeException e) {
                a = null;
            }
            SC_STATE = a;
            SC_REMOTE = b;
            SSC_LOCAL = c;
            CONNECTED = connected;
        }
    }

    /** Whether channels bound or connected here can be told so ({@link State}). */
    static boolean canMark() {
        return usable() && State.SC_STATE != null;
    }

    /** Records that channel C is connected (to an address the JDK cannot name: a placeholder). */
    static void markConnected(java.nio.channels.SocketChannel c) {
        try {
            State.SC_REMOTE.set(c, java.net.UnixDomainSocketAddress.of(""));
            State.SC_STATE.setInt(c, State.CONNECTED);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records that listener S is bound (to an address the JDK cannot name: a placeholder). */
    static void markBound(java.nio.channels.ServerSocketChannel s) {
        try {
            State.SSC_LOCAL.set(s, java.net.UnixDomainSocketAddress.of(""));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException(e);
        }
    }

    /** bind(2), connect(2) (which=1) on FD with sockaddr NAME; listen(2) with BACKLOG (which=2). */
    static Libc.Result call(int which, int fd, byte[] name, int backlog) {
        MethodHandle h = which == 0 ? Bind.H : which == 1 ? Connect.H : Listen.H;
        return Libc.call(h, which == 0 ? "bind" : which == 1 ? "connect" : "listen", (st, a) -> {
            if (which == 2) {
                return (int) h.invokeExact(st, fd, backlog);
            }
            MemorySegment nm = a.allocate(Math.max(name.length, 1), 8);
            MemorySegment.copy(name, 0, nm, JAVA_BYTE, 0, name.length);
            return (int) h.invokeExact(st, fd, nm, name.length);
        });
    }

    private static final class Socket {
        static final MethodHandle H = Libc.function("socket", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    }

    private static final class Pair {
        static final MethodHandle H = Libc.function("socketpair",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
    }

    private static final class Shutdown {
        static final MethodHandle H = Libc.function("shutdown", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    }

    /** socket(2): a new kernel descriptor, or -1 with the errno. */
    static Libc.Result socket(int domain, int type, int proto) {
        MethodHandle h = Socket.H;
        return Libc.call(h, "socket", (st, a) -> (int) h.invokeExact(st, domain, type, proto));
    }

    /** socketpair(2): the two descriptors in FDS, or -1 with the errno. */
    static Libc.Result socketpair(int domain, int type, int proto, int[] fds) {
        MethodHandle h = Pair.H;
        return Libc.call(h, "socketpair", (st, a) -> {
            MemorySegment sv = a.allocate(8, 4);
            int v = (int) h.invokeExact(st, domain, type, proto, sv);
            fds[0] = sv.get(JAVA_INT, 0);
            fds[1] = sv.get(JAVA_INT, 4);
            return v;
        });
    }

    private static final class Accept {
        static final MethodHandle H = Libc.function("accept4",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
    }

    /** What accept4(2) gave: the new descriptor (-1: ERRNO) and the peer's sockaddr. */
    record Accepted(int fd, byte[] name, int errno) {}

    /** accept4(2) on FD, the new descriptor O_NONBLOCK and O_CLOEXEC. */
    static Accepted accept(int fd) {
        MethodHandle h = Accept.H;
        byte[][] out = new byte[1][];
        Libc.Result r = Libc.call(h, "accept4", (st, a) -> {
            MemorySegment name = a.allocate(128, 8);
            MemorySegment len = a.allocate(JAVA_INT);
            len.set(JAVA_INT, 0, 128);
            int k = (int) h.invokeExact(st, fd, name, len, 2048 | 524288);
            if (k >= 0) {
                out[0] = name.asSlice(0, Math.min(len.get(JAVA_INT, 0), 128)).toArray(JAVA_BYTE);
            }
            return k;
        });
        return r.value() < 0 ? new Accepted(-1, null, r.errno()) : new Accepted((int) r.value(), out[0], 0);
    }

    /** shutdown(2). */
    static Libc.Result shutdown(int fd, int how) {
        MethodHandle h = Shutdown.H;
        return Libc.call(h, "shutdown", (st, a) -> (int) h.invokeExact(st, fd, how));
    }

    private static final class SetHostName {
        static final MethodHandle H = Libc.function("sethostname", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    }

    /** sethostname(2) with NAME's bytes. */
    static Libc.Result sethostname(byte[] name) {
        MethodHandle h = SetHostName.H;
        return Libc.call(h, "sethostname", (st, a) -> {
            MemorySegment n = a.allocate(Math.max(name.length, 1));
            MemorySegment.copy(name, 0, n, JAVA_BYTE, 0, name.length);
            return (int) h.invokeExact(st, n, (long) name.length);
        });
    }

    private static final class GetOpt {
        static final MethodHandle H = Libc.function("getsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    }

    /** Whether channels' kernel descriptors can be had and the C library called. */
    static boolean usable() {
        return FdVal.GET != null && Libc.available();
    }

    /** The kernel descriptor of channel CH, or -1 (no channel, closed, or the JDK's internals closed to pyvm). */
    static int fd(SelectableChannel ch) {
        if (ch == null || !ch.isOpen() || FdVal.GET == null || !Libc.available()) {
            return -1;
        }
        try {
            return (Integer) FdVal.GET.invoke(ch);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    /** What one recvmsg(2) gave: N bytes (spread over the buffers asked), the control bytes, msg_flags, the sender's address. */
    record Received(long n, byte[] data, byte[] control, int flags, byte[] name, int errno) {}

    /**
     * sendmsg(2) on FD: BUFS gathered, CONTROL (a built ancillary block, or null), FLAGS, to
     * NAME (a sockaddr, or null). The bytes sent, or -1 with the errno.
     */
    static Libc.Result sendmsg(int fd, byte[][] bufs, byte[] control, int flags, byte[] name) {
        MethodHandle h = Send.H;
        return Libc.call(h, "sendmsg", (st, a) -> {
            MemorySegment msg = a.allocate(MSGHDR, 8);
            MemorySegment iov = a.allocate((long) IOVEC * Math.max(bufs.length, 1), 8);
            for (int i = 0; i < bufs.length; i++) {
                MemorySegment b = a.allocate(Math.max(bufs[i].length, 1));
                MemorySegment.copy(bufs[i], 0, b, JAVA_BYTE, 0, bufs[i].length);
                iov.set(ADDRESS, (long) IOVEC * i, b);
                iov.set(JAVA_LONG, (long) IOVEC * i + 8, bufs[i].length);
            }
            if (name != null) {
                MemorySegment nm = a.allocate(name.length, 8);
                MemorySegment.copy(name, 0, nm, JAVA_BYTE, 0, name.length);
                msg.set(ADDRESS, 0, nm);
                msg.set(JAVA_INT, 8, name.length);
            }
            msg.set(ADDRESS, 16, iov);
            msg.set(JAVA_LONG, 24, bufs.length);
            if (control != null && control.length > 0) {
                MemorySegment c = a.allocate(control.length, 8);
                MemorySegment.copy(control, 0, c, JAVA_BYTE, 0, control.length);
                msg.set(ADDRESS, 32, c);
                msg.set(JAVA_LONG, 40, control.length);
            }
            return (long) h.invokeExact(st, fd, msg, flags);
        });
    }

    /**
     * recvmsg(2) on FD into buffers of the sizes LENS (their bytes come back as one array),
     * with CONTROLLEN bytes for ancillary data and a sockaddr_storage for the address.
     */
    static Received recvmsg(int fd, int[] lens, int controllen, int flags) {
        MethodHandle h = Recv.H;
        Object[] out = new Object[4];
        Libc.Result r = Libc.call(h, "recvmsg", (st, a) -> {
            MemorySegment msg = a.allocate(MSGHDR, 8);
            MemorySegment name = a.allocate(128, 8);
            // AF_UNSPEC, so that an address the kernel does not fill in is not taken for one.
            MemorySegment iov = a.allocate((long) IOVEC * Math.max(lens.length, 1), 8);
            long total = 0;
            for (int i = 0; i < lens.length; i++) {
                total += lens[i];
            }
            MemorySegment data = a.allocate(Math.max(total, 1));
            long off = 0;
            for (int i = 0; i < lens.length; i++) {
                iov.set(ADDRESS, (long) IOVEC * i, data.asSlice(off, lens[i]));
                iov.set(JAVA_LONG, (long) IOVEC * i + 8, lens[i]);
                off += lens[i];
            }
            MemorySegment control = controllen > 0 ? a.allocate(controllen, 8) : MemorySegment.NULL;
            msg.set(ADDRESS, 0, name);
            msg.set(JAVA_INT, 8, 128);
            msg.set(ADDRESS, 16, iov);
            msg.set(JAVA_LONG, 24, lens.length);
            msg.set(ADDRESS, 32, control);
            msg.set(JAVA_LONG, 40, controllen);
            long n = (long) h.invokeExact(st, fd, msg, flags);
            if (n >= 0) {
                out[0] = data.asSlice(0, Math.min(n, total)).toArray(JAVA_BYTE);
                long clen = Math.min(msg.get(JAVA_LONG, 40), controllen);
                out[1] = controllen > 0 ? control.asSlice(0, clen).toArray(JAVA_BYTE) : new byte[0];
                out[2] = msg.get(JAVA_INT, 48);
                int nlen = Math.min(msg.get(JAVA_INT, 8), 128);
                out[3] = name.asSlice(0, Math.max(nlen, 0)).toArray(JAVA_BYTE);
            }
            return n;
        });
        if (r.value() < 0) {
            return new Received(-1, null, null, 0, null, r.errno());
        }
        return new Received(r.value(), (byte[]) out[0], (byte[]) out[1], (Integer) out[2], (byte[]) out[3], 0);
    }

    /** setsockopt(2) on FD with VALUE's bytes. */
    static Libc.Result setsockopt(int fd, int level, int opt, byte[] value) {
        MethodHandle h = SetOpt.H;
        return Libc.call(h, "setsockopt", (st, a) -> {
            MemorySegment v = a.allocate(Math.max(value.length, 1), 8);
            MemorySegment.copy(value, 0, v, JAVA_BYTE, 0, value.length);
            return (int) h.invokeExact(st, fd, level, opt, v, value.length);
        });
    }

    /** getsockopt(2) on FD into BUFLEN bytes: the bytes the kernel wrote, or null with ERRNO[0] set. */
    static byte[] getsockopt(int fd, int level, int opt, int buflen, int[] errno) {
        MethodHandle h = GetOpt.H;
        byte[][] out = new byte[1][];
        Libc.Result r = Libc.call(h, "getsockopt", (st, a) -> {
            MemorySegment v = a.allocate(Math.max(buflen, 1), 8);
            MemorySegment len = a.allocate(JAVA_INT);
            len.set(JAVA_INT, 0, buflen);
            int k = (int) h.invokeExact(st, fd, level, opt, v, len);
            if (k == 0) {
                out[0] = v.asSlice(0, Math.min(len.get(JAVA_INT, 0), buflen)).toArray(JAVA_BYTE);
            }
            return k;
        });
        if (r.value() < 0) {
            errno[0] = r.errno();
            return null;
        }
        return out[0];
    }

    /** getsockname(2) on FD: the sockaddr bytes, or null when it fails. */
    static byte[] getsockname(int fd) {
        return name(SockName.H, fd);
    }

    /** getpeername(2) on FD: the sockaddr bytes, or null when it fails (ERRNO[0] then says why). */
    static byte[] getpeername(int fd, int[] errno) {
        byte[] b = name(PeerName.H, fd);
        errno[0] = b == null ? 107 : 0; // ENOTCONN (the one error a valid socket gives)
        return b;
    }

    private static byte[] name(MethodHandle h, int fd) {
        byte[][] out = new byte[1][];
        Libc.Result r = Libc.call(h, "getsockname", (st, a) -> {
            MemorySegment name = a.allocate(128, 8);
            MemorySegment len = a.allocate(JAVA_INT);
            len.set(JAVA_INT, 0, 128);
            int k = (int) h.invokeExact(st, fd, name, len);
            if (k == 0) {
                out[0] = name.asSlice(0, Math.min(len.get(JAVA_INT, 0), 128)).toArray(JAVA_BYTE);
            }
            return k;
        });
        return r.value() < 0 ? null : out[0];
    }
}
