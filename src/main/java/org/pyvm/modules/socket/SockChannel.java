package org.pyvm.modules.socket;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Gil;
import org.pyvm.runtime.Interrupts;

/**
 * One socket as the descriptor table holds it (shared by dup'ed descriptors): a Java NIO
 * channel, always in non-blocking mode, and the selectors that wait for it. A stream
 * socket has no channel until it is bound or connected (a SocketChannel: bound, it holds
 * the address without listening) or listens (a ServerSocketChannel, which the JDK binds
 * and listens at once: listen() moves the bound address there); a datagram
 * socket has its DatagramChannel from the start. Blocking and timeouts are waits on a
 * selector with the GIL released, as CPython's sock_call waits with poll().
 * Compare CPython Modules/socketmodule.c: sock_call_ex, internal_select.
 */
final class SockChannel implements FdTable.Pollable {

    static final int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10, SOCK_STREAM = 1, SOCK_DGRAM = 2;

    final int family;
    final int type;
    final int proto;
    SelectableChannel ch;
    /** SO_REUSEADDR as set before the channel exists. */
    boolean reuseAddr;
    /** SO_OOBINLINE as set (kept for a socket without a connected channel yet). */
    boolean oobInline;
    /**
     * IPV6_V6ONLY as set: reported back by getsockopt. The JVM opens IPv6 sockets dual-stack
     * and offers no way to change that, so a set value of 1 is recorded, not enforced.
     */
    boolean v6only;
    /** Options set before a stream socket has its channel, applied when it gets one. */
    final java.util.Map<java.net.SocketOption<?>, Object> pending = new java.util.LinkedHashMap<>();
    /**
     * What recv(MSG_PEEK) read ahead (read mode): a stream's next bytes, or a datagram
     * socket's next datagram (then PEEKED_FROM is its sender). Every read takes from it
     * first; it makes the socket readable. The JDK has no MSG_PEEK.
     */
    ByteBuffer peeked;
    SocketAddress peekedFrom;
    /** SelectionKey.OP_* index 0 read, 1 write, 2 poll. */
    private final Selector[] selectors = new Selector[3];
    private volatile boolean closed;

    /**
     * A socket the JDK has no channel for (AF_UNIX datagrams): a kernel socket made by
     * socket(2) or socketpair(2), always O_NONBLOCK, every call on it the kernel's through
     * {@link SockNative} and its readiness poll(2)'s. Null for a socket over a JDK channel.
     */
    org.pyvm.modules.posix.KernelFd kernel;

    SockChannel(int family, int type, int proto) {
        this.family = family;
        this.type = type;
        this.proto = proto;
    }

    static final int SOCK_SEQPACKET = 5;

    /** Whether an AF_UNIX socket of TYPE is a kernel socket: datagrams and seqpackets, which the JDK has not. */
    static boolean kernelType(int type) {
        return type == SOCK_DGRAM || type == SOCK_SEQPACKET;
    }

    /** A kernel socket K (non-blocking already) of FAMILY, TYPE, PROTO. */
    static SockChannel ofKernel(int k, int family, int type, int proto) {
        SockChannel sc = new SockChannel(family, type, proto);
        sc.kernel = org.pyvm.modules.posix.KernelFd.ofSocket(k);
        return sc;
    }

    /** The kernel descriptor: the kernel socket's, or the JDK channel's; -1 when there is none. */
    int kernelFd() {
        if (kernel != null) {
            return closed ? -1 : kernel.kernelFd();
        }
        return SockNative.fd(ch);
    }

    /** An accepted connection. */
    SockChannel(int family, int type, int proto, SocketChannel c) throws IOException {
        this(family, type, proto);
        c.configureBlocking(false);
        ch = c;
    }

    ProtocolFamily protocolFamily() {
        return family == AF_UNIX ? StandardProtocolFamily.UNIX
            : family == AF_INET6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
    }

    void openDatagram() throws IOException {
        DatagramChannel d = DatagramChannel.open(protocolFamily());
        d.configureBlocking(false);
        ch = d;
    }

    /**
     * bind(2) of a stream socket. The JDK has no bound-but-not-listening ServerSocketChannel
     * (ServerSocketChannel.bind is bind(2) and listen(2) at once), so the address is held by
     * a SocketChannel bound there and never connected: it does not listen, so a connect to
     * the port is refused (ECONNREFUSED) as on Linux, getsockname answers its address (the
     * port chosen for port 0), and a later connect() goes out from it. listen() then moves
     * the address to a ServerSocketChannel ({@link #listenStream}).
     */
    void bindStream(SocketAddress addr) throws IOException {
        SocketChannel c = SocketChannel.open(protocolFamily());
        if (addr instanceof SockAddr.KernelName ab) {
            // An abstract name: bind(2) on the channel's descriptor (the JDK cannot name it).
            try {
                c.configureBlocking(false);
                applyPending(c);
                org.pyvm.modules.posix.Libc.Result r = SockNative.call(0, SockNative.fd(c), ab.sockaddr(), 0);
                if (r.value() < 0) {
                    throw OsErrors.of(r.errno());
                }
            } catch (IOException | RuntimeException e) {
                c.close();
                throw e;
            }
            replace(c);
            kernelBound = true;
            return;
        }
        try {
            c.configureBlocking(false);
            if (family != AF_UNIX) {
                c.setOption(StandardSocketOptions.SO_REUSEADDR, reuseAddr);
                if (oobInline) {
                    c.socket().setOOBInline(true);
                }
            }
            applyPending(c);
            c.bind(addr);
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
        replace(c);
    }

    /**
     * listen(2): a stream socket becomes a ServerSocketChannel with BACKLOG. One bound by
     * bind() (a SocketChannel holding the address) gives its address up and the listener
     * binds it at once (a bound socket that never connected leaves no TIME_WAIT behind, and
     * an AF_UNIX socket's file, made by that bind, is removed first); an unbound socket
     * listens on a port the system chooses, as Linux binds one at listen(). Listening again
     * keeps the first backlog (the JDK cannot change it). Compare socketmodule.c: sock_listen.
     */
    void listenStream(int backlog) throws IOException {
        if (ch instanceof ServerSocketChannel) {
            return;
        }
        SocketAddress local = null;
        if (ch instanceof SocketChannel c && kernelBound) {
            listenKernel(c, backlog);
            return;
        }
        if (ch instanceof SocketChannel c) {
            if (c.isConnected() || c.isConnectionPending()) {
                throw OsErrors.of(OsErrors.EINVAL);
            }
            local = c.getLocalAddress();
            c.close();
            if (local instanceof java.net.UnixDomainSocketAddress u && !u.getPath().toString().isEmpty()) {
                java.nio.file.Files.deleteIfExists(u.getPath());
            }
        }
        ServerSocketChannel s = ServerSocketChannel.open(protocolFamily());
        try {
            if (family != AF_UNIX) {
                s.setOption(StandardSocketOptions.SO_REUSEADDR, reuseAddr);
            }
            applyPending(s);
            s.bind(local, Math.max(backlog, 0) == 0 ? 1 : backlog);
            s.configureBlocking(false);
        } catch (IOException | RuntimeException e) {
            s.close();
            if (local != null) {
                // The address could not be taken back (another socket took it meanwhile):
                // this socket is now unbound, as its error says.
                replace(null);
            }
            throw e;
        }
        replace(s);
    }

    /** Bound by bind(2) here to an abstract AF_UNIX name ({@link SockAddr.KernelName}), which the JDK does not know. */
    boolean kernelBound;

    /**
     * listen(2) of a socket bound to an abstract name: a ServerSocketChannel bound and
     * listening through the kernel at the name the bind gave (its own, or the one autobind
     * chose), which the JDK is told is bound so that it accepts.
     */
    private void listenKernel(SocketChannel c, int backlog) throws IOException {
        if (c.isConnected()) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        byte[] name = SockNative.getsockname(SockNative.fd(c));
        c.close();
        if (name != null && name.length > 2 && name[2] != 0) {
            // A path (not UTF-8): its socket file, made by the bind, goes first, as in listenStream.
            int end = 2;
            while (end < name.length && name[end] != 0) {
                end++;
            }
            String text = org.pyvm.modules.posix.Fs.decode(java.util.Arrays.copyOfRange(name, 2, end));
            java.nio.file.Files.deleteIfExists(org.pyvm.modules.posix.Fs.resolve(text));
        }
        ServerSocketChannel s = ServerSocketChannel.open(protocolFamily());
        try {
            s.configureBlocking(false);
            int fd = SockNative.fd(s);
            org.pyvm.modules.posix.Libc.Result r = SockNative.call(0, fd, name, 0);
            if (r.value() >= 0) {
                r = SockNative.call(2, fd, null, Math.max(backlog, 0) == 0 ? 1 : backlog);
            }
            if (r.value() < 0) {
                throw OsErrors.of(r.errno());
            }
            SockNative.markBound(s);
        } catch (IOException | RuntimeException e) {
            s.close();
            replace(null);
            kernelBound = false;
            throw e;
        }
        replace(s);
    }

    /** A stream socket's SocketChannel for connect(): the one bind() made, or a new one. */
    SocketChannel clientChannel() throws IOException {
        if (ch instanceof SocketChannel c) {
            return c;
        }
        if (ch instanceof ServerSocketChannel) {
            // connect() on a listening socket: Linux says EISCONN.
            throw OsErrors.of(106);
        }
        SocketChannel c = SocketChannel.open(protocolFamily());
        c.configureBlocking(false);
        applyPending(c);
        if (oobInline && family != AF_UNIX) {
            c.socket().setOOBInline(true);
        }
        replace(c);
        return c;
    }

    /**
     * An accepted connection takes the listener's options that the JDK's listener could not
     * hold (SO_LINGER, SO_KEEPALIVE, TCP_NODELAY, SO_SNDBUF, SO_OOBINLINE), as Linux copies
     * a listener's options to the sockets it accepts. Compare tcp's sk_clone_lock.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void inheritOptions(SockChannel accepted) throws IOException {
        if (!(ch instanceof ServerSocketChannel s) || !(accepted.ch instanceof SocketChannel c)) {
            return;
        }
        for (java.util.Map.Entry<java.net.SocketOption<?>, Object> e : pending.entrySet()) {
            if (!s.supportedOptions().contains(e.getKey()) && c.supportedOptions().contains(e.getKey())) {
                c.setOption((java.net.SocketOption) e.getKey(), e.getValue());
            }
        }
        if (oobInline && family != AF_UNIX) {
            c.socket().setOOBInline(true);
            accepted.oobInline = true;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void applyPending(java.nio.channels.NetworkChannel c) throws IOException {
        for (java.util.Map.Entry<java.net.SocketOption<?>, Object> e : pending.entrySet()) {
            if (c.supportedOptions().contains(e.getKey())) {
                c.setOption((java.net.SocketOption) e.getKey(), e.getValue());
            }
        }
    }

    /** An option of a stream socket without a channel yet: as set, or a new channel's default. */
    Object pendingOption(java.net.SocketOption<?> o) throws IOException {
        Object v = pending.get(o);
        if (v != null) {
            return v;
        }
        try (SocketChannel probe = SocketChannel.open(protocolFamily())) {
            return probe.getOption(o);
        }
    }

    /**
     * getsockopt(SO_ERROR): the error of a connection that was pending, taken once (0 if
     * none, or while it is still under way). Java closes a channel whose connection
     * failed, so it is dropped as after a failed connect(). Compare tcp's sk_err.
     */
    int takeError() {
        if (ch instanceof SocketChannel c && c.isConnectionPending()) {
            try {
                c.finishConnect();
            } catch (IOException e) {
                dropClosedStream();
                return OsErrors.errnoOf(e);
            }
        }
        return 0;
    }

    /** Whether bytes (a stream) or a datagram read ahead by MSG_PEEK are waiting. */
    boolean peekReady() {
        ByteBuffer p = peeked;
        return p != null && (type != SOCK_STREAM || p.hasRemaining());
    }

    /** Moves read-ahead bytes of a stream into DST: how many (0 when none wait). */
    int takePeeked(ByteBuffer dst) {
        ByteBuffer p = peeked;
        if (p == null || !p.hasRemaining()) {
            return 0;
        }
        int k = Math.min(p.remaining(), dst.remaining());
        ByteBuffer part = p.duplicate();
        part.limit(part.position() + k);
        dst.put(part);
        p.position(p.position() + k);
        if (!p.hasRemaining()) {
            peeked = null;
        }
        return k;
    }

    /** After a failed connect: a closed SocketChannel is dropped, so a later connect opens a fresh one. */
    void dropClosedStream() {
        if (ch instanceof SocketChannel c && !c.isOpen()) {
            try {
                replace(null);
            } catch (IOException e) {
                // the selectors of a closed channel
            }
        }
    }

    private synchronized void replace(SelectableChannel c) throws IOException {
        for (int i = 0; i < selectors.length; i++) {
            if (selectors[i] != null) {
                selectors[i].close();
                selectors[i] = null;
            }
        }
        ch = c;
        int fd = SockNative.fd(c);
        if (fd >= 0) {
            for (Object[] o : nativeOptions) {
                SockNative.setsockopt(fd, (Integer) o[0], (Integer) o[1], (byte[]) o[2]);
            }
        }
    }

    /**
     * Options set through the kernel (those the JDK has no SocketOption for) on a stream
     * socket, whose channel changes at bind, listen and connect: set again on each new one.
     */
    private final java.util.List<Object[]> nativeOptions = new java.util.ArrayList<>();

    /**
     * setsockopt(2) of an option the JDK does not know, on the channel's kernel descriptor.
     * A stream socket without its channel yet checks it on a new socket of its kind (so that
     * the kernel's error comes now, as on Linux) and keeps it for the channel to come.
     * ENOPROTOOPT when the kernel descriptor cannot be had (see {@link SockNative}).
     */
    synchronized void setNativeOption(int level, int opt, byte[] raw) throws IOException {
        int fd = kernelFd();
        SocketChannel probe = null;
        try {
            if (fd < 0 && ch == null && SockNative.usable()) {
                probe = SocketChannel.open(protocolFamily());
                fd = SockNative.fd(probe);
            }
            if (fd < 0) {
                throw OsErrors.of(92); // ENOPROTOOPT
            }
            org.pyvm.modules.posix.Libc.Result r = SockNative.setsockopt(fd, level, opt, raw);
            if (r.value() < 0) {
                throw OsErrors.of(r.errno());
            }
        } finally {
            if (probe != null) {
                probe.close();
            }
        }
        if (type == SOCK_STREAM) {
            nativeOptions.add(new Object[] {level, opt, raw.clone()});
        }
    }

    /**
     * getsockopt(2) of LEVEL/OPT on the kernel descriptor: an int when BUFLEN is 0, else up
     * to BUFLEN bytes. A stream socket without its channel asks a new socket of its kind
     * with the options set so far. Compare socketmodule.c: sock_getsockopt.
     */
    synchronized org.pyvm.runtime.PyObject nativeOption(int level, int opt, int buflen) throws IOException {
        int fd = kernelFd();
        SocketChannel probe = null;
        try {
            if (fd < 0 && ch == null && SockNative.usable()) {
                probe = SocketChannel.open(protocolFamily());
                fd = SockNative.fd(probe);
                for (Object[] o : nativeOptions) {
                    SockNative.setsockopt(fd, (Integer) o[0], (Integer) o[1], (byte[]) o[2]);
                }
            }
            if (fd < 0) {
                if (buflen == 0) {
                    throw OsErrors.of(92); // ENOPROTOOPT
                }
                throw org.pyvm.runtime.PyErr.notSupported("socket.getsockopt with a buffer length without the "
                    + "socket's kernel descriptor (pyvm: java.base/sun.nio.ch is not opened to it)");
            }
            int[] errno = new int[1];
            byte[] b = SockNative.getsockopt(fd, level, opt, buflen == 0 ? 4 : buflen, errno);
            if (b == null) {
                throw OsErrors.of(errno[0]);
            }
            if (buflen == 0) {
                byte[] four = new byte[4];
                System.arraycopy(b, 0, four, 0, Math.min(4, b.length));
                return org.pyvm.runtime.PyInt.of(ByteBuffer.wrap(four).order(java.nio.ByteOrder.nativeOrder()).getInt());
            }
            return new org.pyvm.runtime.PyBytes(b);
        } finally {
            if (probe != null) {
                probe.close();
            }
        }
    }

    private int interest() {
        if (ch instanceof ServerSocketChannel) {
            return SelectionKey.OP_ACCEPT;
        }
        if (ch instanceof SocketChannel c && c.isConnectionPending()) {
            return SelectionKey.OP_CONNECT;
        }
        return SelectionKey.OP_READ | SelectionKey.OP_WRITE;
    }

    private synchronized Selector selector(int which) throws IOException {
        Selector s = selectors[which];
        if (s == null) {
            s = Selector.open();
            ch.register(s, 0);
            selectors[which] = s;
        }
        return s;
    }

    /**
     * Waits until the channel is ready for OP (a SelectionKey op), at most until DEADLINE
     * (System.nanoTime; Long.MAX_VALUE: no limit). False when the time passed. The GIL is
     * released meanwhile; a signal runs its handler, and the wait goes on (PEP 475).
     */
    boolean await(int op, long deadline) throws IOException {
        if (kernel != null) {
            return awaitKernel(op == SelectionKey.OP_READ ? 1 : 4, deadline);
        }
        if (op == SelectionKey.OP_READ && peekReady()) {
            return true;
        }
        Selector s = selector(op == SelectionKey.OP_WRITE || op == SelectionKey.OP_CONNECT ? 1 : 0);
        SelectionKey key = ch.keyFor(s);
        key.interestOps(op);
        while (true) {
            if (closed || !ch.isOpen()) {
                throw OsErrors.of(OsErrors.EBADF);
            }
            long left = deadline == Long.MAX_VALUE ? 0 : deadline - System.nanoTime();
            if (deadline != Long.MAX_VALUE && left <= 0) {
                return false;
            }
            int n;
            boolean released = Gil.release();
            Interrupts.beginWait();
            try {
                s.selectedKeys().clear();
                n = deadline == Long.MAX_VALUE ? s.select() : s.select(Math.max(1, left / 1_000_000L));
            } catch (java.nio.channels.ClosedSelectorException e) {
                n = 0;
            } finally {
                Interrupts.endWait();
                Gil.reacquire(released);
            }
            if (Thread.currentThread().isInterrupted()) {
                Interrupts.afterInterruptedWait();
            }
            if (n > 0) {
                return true;
            }
        }
    }

    /**
     * await for a kernel socket: poll(2) for EVENTS in slices (the GIL released), so that a
     * close from another thread and a signal's handler are seen between them (PEP 475).
     */
    private boolean awaitKernel(int events, long deadline) {
        while (true) {
            if (closed) {
                throw OsErrors.of(OsErrors.EBADF);
            }
            long left = deadline == Long.MAX_VALUE ? 50 : (deadline - System.nanoTime()) / 1_000_000L;
            if (deadline != Long.MAX_VALUE && deadline - System.nanoTime() <= 0) {
                return false;
            }
            int rev;
            boolean released = Gil.release();
            try {
                rev = kernel.pollFor(events, (int) Math.max(1, Math.min(50, left)));
            } finally {
                Gil.reacquire(released);
            }
            if (rev != 0) {
                return true;
            }
            if (Interrupts.tripped && Interrupts.isMainThread()) {
                org.pyvm.runtime.PyBaseException e = Interrupts.runPending();
                if (e != null) {
                    throw e;
                }
            }
        }
    }

    @Override
    public int read(java.nio.ByteBuffer dst, boolean blocking) throws IOException {
        if (kernel != null) {
            return kernel.read(dst, blocking);
        }
        while (true) {
            if (ch instanceof SocketChannel c) {
                if (!c.isConnected()) {
                    throw OsErrors.of(107); // ENOTCONN
                }
                int taken = peekReady() && dst.hasRemaining() ? takePeeked(dst) : 0;
                if (taken > 0) {
                    int more = dst.hasRemaining() ? c.read(dst) : 0;
                    return taken + Math.max(more, 0);
                }
                int k = c.read(dst);
                if (k != 0 || !dst.hasRemaining()) {
                    return k;
                }
            } else if (ch instanceof java.nio.channels.DatagramChannel d) {
                int before = dst.position();
                if (peeked != null) {
                    ByteBuffer p = peeked;
                    peeked = null;
                    peekedFrom = null;
                    p.limit(p.position() + Math.min(p.remaining(), dst.remaining()));
                    dst.put(p);
                    return dst.position() - before;
                }
                if (d.receive(dst) != null) {
                    return dst.position() - before;
                }
            } else {
                throw OsErrors.of(107);
            }
            if (!blocking) {
                return 0;
            }
            await(SelectionKey.OP_READ, Long.MAX_VALUE);
        }
    }

    @Override
    public int write(java.nio.ByteBuffer src, boolean blocking) throws IOException {
        if (kernel != null) {
            return kernel.write(src, blocking);
        }
        while (true) {
            int k;
            if (ch instanceof SocketChannel c && c.isConnected()) {
                k = c.write(src);
            } else if (ch instanceof java.nio.channels.DatagramChannel d && d.isConnected()) {
                k = d.write(src);
            } else {
                throw OsErrors.of(type == SOCK_STREAM ? 32 : 89); // EPIPE; EDESTADDRREQ
            }
            if (k > 0 || !src.hasRemaining() || !blocking) {
                return k;
            }
            await(SelectionKey.OP_WRITE, Long.MAX_VALUE);
        }
    }

    @Override
    public synchronized int pollEvents(int events) {
        if (closed) {
            return 32;
        }
        if (kernel != null) {
            return kernel.pollEvents(events);
        }
        if (ch == null || ch instanceof SocketChannel c && !c.isConnected() && !c.isConnectionPending()) {
            // An unconnected stream socket (bound or not): Linux says writable and hung up.
            return 4 | 16;
        }
        try {
            if (peekReady()) {
                // Bytes read ahead by MSG_PEEK: readable (and writable if it is).
                Selector s = selector(2);
                SelectionKey key = ch.keyFor(s);
                key.interestOps(SelectionKey.OP_WRITE);
                s.selectedKeys().clear();
                s.selectNow();
                return 1 | (s.selectedKeys().contains(key) ? 4 : 0);
            }
            Selector s = selector(2);
            SelectionKey key = ch.keyFor(s);
            key.interestOps(interest());
            s.selectedKeys().clear();
            s.selectNow();
            if (!s.selectedKeys().contains(key)) {
                return 0;
            }
            int ops = key.readyOps();
            int out = 0;
            if ((ops & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
                out |= 1;
            }
            if ((ops & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
                out |= 4;
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return 8;
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        Selector[] sels;
        synchronized (this) {
            sels = selectors.clone();
        }
        for (Selector s : sels) {
            if (s != null) {
                s.wakeup();
            }
        }
        if (ch != null) {
            ch.close();
        }
        if (kernel != null) {
            kernel.close();
        }
        synchronized (this) {
            for (int i = 0; i < selectors.length; i++) {
                if (selectors[i] != null) {
                    selectors[i].close();
                    selectors[i] = null;
                }
            }
        }
    }

    boolean isClosed() {
        return closed;
    }
}
