package org.pyvm.modules.socket;

import java.io.FileDescriptor;
import java.lang.reflect.Constructor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SelectableChannel;
import java.nio.channels.spi.SelectorProvider;
import org.pyvm.modules.posix.FdTable;

/**
 * A kernel socket received as SCM_RIGHTS made one of pyvm's sockets: the JDK's channel
 * classes have constructors over an existing descriptor (sun.nio.ch.SocketChannelImpl for
 * a connected stream, ServerSocketChannelImpl for a listening one, DatagramChannelImpl),
 * which the JDK uses for accepted and inherited sockets; bin/pyvm opens sun.nio.ch to pyvm.
 * The socket's domain, type, protocol and state come from getsockopt(2) and getpeername(2).
 * An AF_UNIX datagram or seqpacket socket becomes a kernel socket ({@link SockChannel#kernel}).
 * A socket of another family or state (unbound, not connected) stays a plain kernel
 * descriptor ({@link org.pyvm.modules.posix.PassedFds}), as does everything when the
 * constructors cannot be reached.
 */
final class SockAdopt {

    private SockAdopt() {}

    private static final int SO_TYPE = 3, SO_ACCEPTCONN = 30, SO_PROTOCOL = 38, SO_DOMAIN = 39, SOL_SOCKET = 1;

    private static final class Jdk {
        static final Constructor<?> STREAM;
        static final Constructor<?> SERVER;
        static final Constructor<?> DATAGRAM;
        static final java.lang.reflect.Method NEW_FD;

        static {
            Constructor<?> a = null;
            Constructor<?> b = null;
            Constructor<?> c = null;
            java.lang.reflect.Method n = null;
            try {
                a = Class.forName("sun.nio.ch.SocketChannelImpl").getDeclaredConstructor(SelectorProvider.class,
                    ProtocolFamily.class, FileDescriptor.class, SocketAddress.class);
                a.setAccessible(true);
                b = Class.forName("sun.nio.ch.ServerSocketChannelImpl").getDeclaredConstructor(SelectorProvider.class,
                    ProtocolFamily.class, FileDescriptor.class, boolean.class);
                b.setAccessible(true);
                c = Class.forName("sun.nio.ch.DatagramChannelImpl").getDeclaredConstructor(SelectorProvider.class,
                    FileDescriptor.class);
                c.setAccessible(true);
                n = Class.forName("sun.nio.ch.IOUtil").getMethod("newFD", int.class);
                n.setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException e) {
                a = null;
            }
            STREAM = a;
            SERVER = b;
            DATAGRAM = c;
            NEW_FD = n;
        }
    }

    private static int intOption(int k, int opt) {
        byte[] b = SockNative.getsockopt(k, SOL_SOCKET, opt, 4, new int[1]);
        return b == null || b.length < 4 ? -1 : ByteBuffer.wrap(b).order(ByteOrder.nativeOrder()).getInt();
    }

    /** Kernel descriptor K in pyvm's table as a socket: its number, or -1 when it is not one pyvm can hold. */
    static int adopt(int k, boolean inheritable) {
        if (Jdk.STREAM == null || !SockNative.usable()) {
            return -1;
        }
        int family = intOption(k, SO_DOMAIN);
        int type = intOption(k, SO_TYPE);
        int proto = intOption(k, SO_PROTOCOL);
        if (family != SockChannel.AF_INET && family != SockChannel.AF_INET6 && family != SockChannel.AF_UNIX) {
            return -1;
        }
        ProtocolFamily pf = family == SockChannel.AF_UNIX ? StandardProtocolFamily.UNIX
            : family == SockChannel.AF_INET6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
        if (family == SockChannel.AF_UNIX && SockChannel.kernelType(type)) {
            // No JDK channel for it: a kernel socket (SockChannel.kernel), made non-blocking
            // as the JDK's channels make theirs (the sender's descriptor shares the flag).
            org.pyvm.modules.posix.Libc.Result fl = org.pyvm.modules.posix.Libc.fcntl(k, F_GETFL, 0);
            if (fl.value() < 0 || org.pyvm.modules.posix.Libc.fcntl(k, F_SETFL, fl.value() | O_NONBLOCK).value() < 0) {
                return -1;
            }
            return install(SockChannel.ofKernel(k, family, type, proto), inheritable);
        }
        try {
            FileDescriptor fd = (FileDescriptor) Jdk.NEW_FD.invoke(null, k);
            SelectableChannel ch;
            if (type == SockChannel.SOCK_STREAM && intOption(k, SO_ACCEPTCONN) == 1) {
                ch = (SelectableChannel) Jdk.SERVER.newInstance(SelectorProvider.provider(), pf, fd, true);
            } else if (type == SockChannel.SOCK_STREAM) {
                byte[] peer = SockNative.getpeername(k, new int[1]);
                if (peer == null) {
                    return -1; // not connected: the JDK has no channel for it
                }
                ch = (SelectableChannel) Jdk.STREAM.newInstance(SelectorProvider.provider(), pf, fd, javaAddress(peer));
            } else if (type == SockChannel.SOCK_DGRAM && family != SockChannel.AF_UNIX) {
                ch = (SelectableChannel) Jdk.DATAGRAM.newInstance(SelectorProvider.provider(), fd);
            } else {
                return -1;
            }
            ch.configureBlocking(false);
            SockChannel sc = new SockChannel(family, type, proto == 0 ? 0 : proto);
            sc.ch = ch;
            return install(sc, inheritable);
        } catch (ReflectiveOperationException | java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static final int F_GETFL = 3, F_SETFL = 4, O_NONBLOCK = 04000;

    private static int install(SockChannel sc, boolean inheritable) {
        FdTable.Entry e = new FdTable.Entry();
        e.pollable = sc;
        int n = FdTable.add(e);
        FdTable.setInheritable(n, inheritable);
        return n;
    }

    /** The JDK's form of a peer's sockaddr (an AF_UNIX name it cannot hold: a placeholder). */
    private static SocketAddress javaAddress(byte[] name) throws java.net.UnknownHostException {
        int family = ByteBuffer.wrap(name).order(ByteOrder.nativeOrder()).getShort(0) & 0xffff;
        int port = name.length >= 4 ? ((name[2] & 0xff) << 8) | (name[3] & 0xff) : 0;
        if (family == SockChannel.AF_INET && name.length >= 8) {
            return new InetSocketAddress(InetAddress.getByAddress(java.util.Arrays.copyOfRange(name, 4, 8)), port);
        }
        if (family == SockChannel.AF_INET6 && name.length >= 24) {
            return new InetSocketAddress(InetAddress.getByAddress(java.util.Arrays.copyOfRange(name, 8, 24)), port);
        }
        int end = 2;
        while (end < name.length && name[end] != 0) {
            end++;
        }
        String path = end > 2 ? new String(name, 2, end - 2, java.nio.charset.StandardCharsets.UTF_8) : "";
        try {
            return java.net.UnixDomainSocketAddress.of(path);
        } catch (RuntimeException e) {
            return java.net.UnixDomainSocketAddress.of("");
        }
    }
}
