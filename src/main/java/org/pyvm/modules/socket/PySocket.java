package org.pyvm.modules.socket;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.corelib.Types;
import org.pyvm.modules.io.IOBase;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.ExposedGetter;
import org.pyvm.runtime.ExposedMethod;
import org.pyvm.runtime.HasDict;
import org.pyvm.runtime.PyBaseException;
import org.pyvm.runtime.PyBool;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyDict;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyFloat;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The {@code _socket.socket} type: a descriptor of pyvm's table whose entry holds a
 * {@link SockChannel}. Timeouts follow CPython: None blocks, 0 is non-blocking (EAGAIN
 * as BlockingIOError), a positive number raises TimeoutError('timed out') when it passes.
 * Compare CPython Modules/socketmodule.c (sock_* functions).
 */
public final class PySocket implements PyObject, HasDict {

    // A heap type in CPython (socketmodule.c: sock_spec through PyType_FromModuleAndSpec).
    static final PyType TYPE = Types.finish(Types.builtin("_socket", "socket", PySocket.class, PySocket.class)).markFromSpec();

    private static final int SOCK_NONBLOCK = 2048, SOCK_CLOEXEC = 524288;
    private static final int EINPROGRESS = 115, ENOTCONN = 107, EAFNOSUPPORT = 97, ENOTSOCK = 88,
        ENOPROTOOPT = 92, EPROTONOSUPPORT = 93, EISCONN = 106;

    private final PyType type;
    private PyDict dict;
    int fd = -1;
    SockChannel sock;
    /** Seconds; negative: None (blocking). */
    double timeout = -1;
    /**
     * family, type and proto passed with fileno= (-1: not given, asked of the descriptor):
     * CPython takes them as they are, without checking them (sock_initobj).
     */
    private final int[] given = {-1, -1, -1};
    /** Runs __del__ (warn "unclosed", close) once this is unreachable. */
    private final org.pyvm.runtime.Finalization.Trigger finalizer;

    private PySocket(PyType type) {
        this.type = type;
        this.finalizer = org.pyvm.runtime.Finalization.watch(this);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @ExposedMethod
    static PyObject __new__(PyType cls, PyObject[] args, String[] kw) {
        return new PySocket(cls);
    }

    /** socket(family=-1, type=-1, proto=-1, fileno=None). Compare sock_initobj. */
    @ExposedMethod
    static void __init__(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("socket", args, kw, 0, 4, "family", "type", "proto", "fileno");
        PySocket s = (PySocket) self;
        int family = a[0] == null ? -1 : (int) Abstract.index(a[0]).longValue();
        int stype = a[1] == null ? -1 : (int) Abstract.index(a[1]).longValue();
        int proto = a[2] == null ? -1 : (int) Abstract.index(a[2]).longValue();
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("socket.__new__", s, PyInt.of(family), PyInt.of(stype), PyInt.of(proto));
        }
        s.timeout = SocketModule.defaultTimeout;
        if (a[3] != null && a[3] != PyNone.NONE) {
            int fd = (int) Abstract.index(a[3]).longValue();
            if (fd < 0) {
                throw PyErr.valueError("negative file descriptor");
            }
            FdTable.Entry e = FdTable.get(fd);
            if (!(e.pollable instanceof SockChannel sc)) {
                throw OsErrors.of(ENOTSOCK);
            }
            s.fd = fd;
            s.sock = sc;
            s.given[0] = family;
            s.given[1] = stype;
            // Not given: SO_PROTOCOL's answer, the protocol the kernel chose for 0.
            s.given[2] = proto != -1 ? proto : sc.family == SockChannel.AF_UNIX ? 0
                : sc.type == SockChannel.SOCK_STREAM ? 6 : sc.type == SockChannel.SOCK_DGRAM ? 17 : sc.proto;
            return;
        }
        family = family == -1 ? SockChannel.AF_INET : family;
        stype = stype == -1 ? SockChannel.SOCK_STREAM : stype;
        proto = proto == -1 ? 0 : proto;
        if ((stype & SOCK_NONBLOCK) != 0) {
            s.timeout = 0;
        }
        stype &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (family != SockChannel.AF_INET && family != SockChannel.AF_INET6 && family != SockChannel.AF_UNIX) {
            throw OsErrors.of(EAFNOSUPPORT);
        }
        boolean kernel = family == SockChannel.AF_UNIX && SockChannel.kernelType(stype);
        if (stype != SockChannel.SOCK_STREAM && stype != SockChannel.SOCK_DGRAM && !kernel
            || kernel && !SockNative.usable()) {
            // The JVM has no raw sockets, and no datagram or seqpacket sockets of AF_UNIX
            // (those are the kernel's own below, when the C library can be called).
            throw PyErr.of(PyExc.OSError, PyInt.of(EPROTONOSUPPORT),
                PyStr.of("Protocol not supported (pyvm: the JVM has no such sockets)"));
        }
        if (family == SockChannel.AF_UNIX ? proto != 0
            : stype == SockChannel.SOCK_STREAM ? proto != 0 && proto != 6 : proto != 0 && proto != 17 && proto != 136) {
            // Linux: EPROTONOSUPPORT for a protocol the type has not (SCTP is not offered;
            // UDP-Lite with its default full checksum coverage is UDP to the program).
            throw OsErrors.of(EPROTONOSUPPORT);
        }
        if (kernel) {
            // socket(2) itself, non-blocking (waits are poll(2)'s: SockChannel.kernel).
            org.pyvm.modules.posix.Libc.Result r = SockNative.socket(family, stype | SOCK_NONBLOCK | SOCK_CLOEXEC, proto);
            if (r.value() < 0) {
                throw OsErrors.of(r.errno());
            }
            s.install(SockChannel.ofKernel((int) r.value(), family, stype, proto));
            return;
        }
        SockChannel sc = new SockChannel(family, stype, proto);
        if (stype == SockChannel.SOCK_DGRAM) {
            try {
                sc.openDatagram();
            } catch (IOException e) {
                throw OsErrors.from(e, null);
            }
        }
        s.install(sc);
    }

    void install(SockChannel sc) {
        FdTable.Entry e = new FdTable.Entry();
        e.pollable = sc;
        sock = sc;
        fd = FdTable.add(e);
        syncBlocking();
    }

    static PySocket wrap(SockChannel sc) {
        PySocket s = new PySocket(TYPE);
        s.timeout = SocketModule.defaultTimeout;
        s.install(sc);
        return s;
    }

    private SockChannel open() {
        if (fd < 0 || sock == null || sock.isClosed()) {
            throw OsErrors.of(OsErrors.EBADF);
        }
        return sock;
    }

    private long deadline() {
        return timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
    }

    /** Waits for OP, or raises what CPython does when it cannot (EAGAIN at timeout 0, TimeoutError later). */
    private void await(SockChannel sc, int op, long deadline) throws IOException {
        if (timeout == 0) {
            throw OsErrors.of(OsErrors.EAGAIN);
        }
        if (!sc.await(op, deadline)) {
            throw PyErr.of(PyExc.TimeoutError, PyStr.of("timed out"));
        }
    }

    private static PyBaseException error(IOException e) {
        return OsErrors.from(e, null);
    }

    // ---- for _ssl (org.pyvm.modules.ssl), which moves a TLS connection's bytes itself ----

    /** The timeout in seconds; negative: None (blocking). */
    public double timeoutSeconds() {
        return timeout;
    }

    /** Whether the descriptor is closed (fileno() is -1 or the channel is gone). */
    public boolean isClosedSocket() {
        return fd < 0 || sock == null || sock.isClosed();
    }

    /** read(2) without waiting: bytes into DST, -1 at the end of the stream, 0 when none are there. */
    public int readNow(ByteBuffer dst) throws IOException {
        return open().read(dst, false);
    }

    /** write(2) without waiting: how many bytes of SRC went (0: none could). */
    public int writeNow(ByteBuffer src) throws IOException {
        return open().write(src, false);
    }

    /** Waits (GIL released) until readable, or writable when WRITE, at most until DEADLINE (nanoTime); false when it passed. */
    public boolean awaitReady(boolean write, long deadline) throws IOException {
        return open().await(write ? SelectionKey.OP_WRITE : SelectionKey.OP_READ, deadline);
    }

    // ---- attributes ----

    @ExposedGetter
    static PyObject family(PySocket self) {
        return PyInt.of(self.given[0] != -1 ? self.given[0] : self.sock == null ? -1 : self.sock.family);
    }

    @ExposedGetter
    static PyObject type(PySocket self) {
        return PyInt.of(self.given[1] != -1 ? self.given[1] : self.sock == null ? -1 : self.sock.type);
    }

    @ExposedGetter
    static PyObject proto(PySocket self) {
        return PyInt.of(self.given[2] != -1 ? self.given[2] : self.sock == null ? -1 : self.sock.proto);
    }

    @ExposedGetter
    static PyObject timeout(PySocket self) {
        return self.timeout < 0 ? PyNone.NONE : PyFloat.of(self.timeout);
    }

    /** Compare socketmodule.c: sock_repr (the _socket.socket itself; socket.socket has its own). */
    @ExposedMethod
    static String __repr__(PySocket self) {
        SockChannel sc = self.sock;
        return "<socket object, fd=" + self.fd + ", family=" + (sc == null ? -1 : sc.family) + ", type="
            + (sc == null ? -1 : sc.type) + ", proto=" + (sc == null ? 0 : sc.proto) + ">";
    }

    @ExposedMethod
    static long fileno(PySocket self) {
        return self.fd;
    }

    @ExposedMethod
    static PyObject gettimeout(PySocket self) {
        return timeout(self);
    }

    @ExposedMethod
    static void settimeout(PySocket self, PyObject t) {
        self.timeout = SocketModule.parseTimeout(t);
        self.setBlockingChecked();
    }

    @ExposedMethod
    static void setblocking(PySocket self, PyObject flag) {
        self.timeout = Abstract.isTrue(flag) ? -1 : 0;
        self.setBlockingChecked();
    }

    /** syncBlocking for setblocking/settimeout: EBADF when the descriptor is closed, as fcntl fails there. */
    private void setBlockingChecked() {
        if (fd < 0 || !FdTable.isOpen(fd)) {
            throw OsErrors.of(OsErrors.EBADF);
        }
        syncBlocking();
    }

    /**
     * The descriptor's O_NONBLOCK as CPython leaves it: set whenever the socket has a
     * timeout (CPython waits with poll itself), so os.get_blocking, os.read/os.write and
     * signal.set_wakeup_fd see it. Compare socketmodule.c: internal_setblocking.
     */
    private void syncBlocking() {
        if (fd >= 0 && FdTable.isOpen(fd) && FdTable.get(fd).pollable == sock) {
            FdTable.setBlocking(fd, timeout < 0);
        }
    }

    @ExposedMethod
    static PyObject getblocking(PySocket self) {
        self.open();
        return PyBool.of(self.timeout != 0);
    }

    @ExposedMethod
    static void close(PySocket self) {
        int fd = self.fd;
        if (fd >= 0) {
            self.fd = -1;
            // Its descriptor closed by other means (socket.close(fd), another socket object
            // over the same fd): close(2) would fail with EBADF. Compare socketmodule.c: sock_close.
            if (!FdTable.isOpen(fd)) {
                throw OsErrors.of(OsErrors.EBADF);
            }
            if (FdTable.get(fd).pollable == self.sock) {
                FdTable.close(fd);
            }
        }
    }

    /**
     * A socket still open when it dies: ResourceWarning "unclosed <repr>", then its
     * descriptor is closed. Compare socketmodule.c: sock_finalize.
     */
    @ExposedMethod
    static void __del__(PySocket self) {
        int fd = self.fd;
        if (fd < 0) {
            return;
        }
        try {
            org.pyvm.modules.warnings.WarningsModule.warnWithSource(PyExc.ResourceWarning,
                "unclosed " + Abstract.repr(self), 1, self);
        } catch (PyBaseException e) {
            // Spurious errors can appear at shutdown; a warning made an error is reported.
            if (e.matches(PyExc.Warning)) {
                org.pyvm.runtime.Unraisable.report(e, self);
            }
        }
        self.fd = -1;
        if (FdTable.isOpen(fd) && FdTable.get(fd).pollable == self.sock) {
            FdTable.close(fd);
        }
    }

    @ExposedMethod
    static long detach(PySocket self) {
        int fd = self.fd;
        self.fd = -1;
        return fd;
    }

    // ---- addresses ----

    @ExposedMethod
    static void bind(PySocket self, PyObject addr) {
        SockChannel sc = self.open();
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("socket.bind", self, addr);
        }
        SocketAddress sa = SockAddr.parse(sc.family, addr, "bind");
        if (sc.kernel != null) {
            org.pyvm.modules.posix.Libc.Result r = SockNative.call(0, sc.kernelFd(), Cmsg.sockaddr(sc.family, addr, sa), 0);
            if (r.value() < 0) {
                throw OsErrors.of(r.errno());
            }
            return;
        }
        try {
            if (sc.ch instanceof DatagramChannel d) {
                d.bind(sa);
            } else if (sc.ch != null) {
                throw OsErrors.of(OsErrors.EINVAL);
            } else {
                sc.bindStream(sa);
            }
        } catch (java.nio.channels.AlreadyBoundException e) {
            throw OsErrors.of(OsErrors.EINVAL);
        } catch (IOException e) {
            throw error(e);
        }
    }

    /** A C int argument (PyArg_Parse "i"): an index that fits, else OverflowError. */
    private static int cInt(PyObject o) {
        PyInt v = Abstract.index(o);
        if (v.isBig() || v.longValue() > Integer.MAX_VALUE) {
            throw PyErr.overflowError("signed integer is greater than maximum");
        }
        if (v.longValue() < Integer.MIN_VALUE) {
            throw PyErr.overflowError("signed integer is less than minimum");
        }
        return (int) v.longValue();
    }

    @ExposedMethod
    static void listen(PySocket self, PyObject[] args, String[] kw) {
        Args.parse("listen", args, kw, 0, 1, "backlog");
        SockChannel sc = self.open();
        // CPython: backlog defaults to min(SOMAXCONN, 128); a negative one counts as 0.
        int backlog = args.length > 0 ? Math.max(0, cInt(args[0])) : 128;
        if (sc.kernel != null) {
            org.pyvm.modules.posix.Libc.Result r = SockNative.call(2, sc.kernelFd(), null, backlog);
            if (r.value() < 0) {
                throw OsErrors.of(r.errno());
            }
            return;
        }
        if (sc.type != SockChannel.SOCK_STREAM || sc.ch == null && sc.family == SockChannel.AF_UNIX) {
            // Linux: EOPNOTSUPP for a datagram socket; EINVAL for an unbound AF_UNIX one.
            throw OsErrors.of(sc.type != SockChannel.SOCK_STREAM ? 95 : OsErrors.EINVAL);
        }
        try {
            sc.listenStream(backlog);
        } catch (IOException e) {
            throw error(e);
        }
    }

    @ExposedMethod
    static PyObject _accept(PySocket self) {
        SockChannel sc = self.open();
        if (sc.kernel != null) {
            // accept4(2), the new socket non-blocking and close-on-exec as this one.
            SockNative.Accepted a = self.sockCall(sc, SelectionKey.OP_READ, 0, SockNative::accept,
                r -> r.fd() >= 0 ? -1 : r.errno());
            SockChannel nc = SockChannel.ofKernel(a.fd(), sc.family, sc.type, sc.proto);
            FdTable.Entry e = new FdTable.Entry();
            e.pollable = nc;
            return PyTuple.of(PyInt.of(FdTable.add(e)), Cmsg.address(a.name()));
        }
        if (!(sc.ch instanceof ServerSocketChannel server)) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        long deadline = self.deadline();
        try {
            while (true) {
                SocketChannel c = server.accept();
                if (c != null) {
                    SockChannel nc = new SockChannel(sc.family, sc.type, sc.proto, c);
                    sc.inheritOptions(nc);
                    FdTable.Entry e = new FdTable.Entry();
                    e.pollable = nc;
                    int fd = FdTable.add(e);
                    return PyTuple.of(PyInt.of(fd), SockAddr.make(sc.family, c.getRemoteAddress()));
                }
                self.await(sc, SelectionKey.OP_ACCEPT, deadline);
            }
        } catch (IOException e) {
            throw error(e);
        }
    }

    private int doConnect(PyObject addr, boolean raise) {
        SockChannel sc = open();
        SocketAddress sa = SockAddr.parse(sc.family, addr, "connect");
        if (sc.kernel != null) {
            // connect(2) of a datagram socket completes at once (it names the peer).
            org.pyvm.modules.posix.Libc.Result r = SockNative.call(1, sc.kernelFd(), Cmsg.sockaddr(sc.family, addr, sa), 0);
            return r.value() < 0 ? fail(r.errno(), raise) : 0;
        }
        try {
            if (sc.ch instanceof DatagramChannel d) {
                if (d.isConnected()) {
                    d.disconnect();
                }
                d.connect(sa);
                return 0;
            }
            if (sc.ch instanceof ServerSocketChannel) {
                return fail(EISCONN, raise);
            }
            SocketChannel c = sc.clientChannel();
            if (c.isConnected()) {
                return fail(EISCONN, raise);
            }
            if (sa instanceof SockAddr.KernelName ab) {
                // An abstract AF_UNIX name: connect(2) here (it completes at once or fails),
                // then the JDK is told the channel is connected.
                org.pyvm.modules.posix.Libc.Result r = SockNative.call(1, SockNative.fd(c), ab.sockaddr(), 0);
                if (r.value() < 0) {
                    return fail(r.errno(), raise);
                }
                SockNative.markConnected(c);
                return 0;
            }
            if (c.isConnectionPending() || !c.connect(sa)) {
                if (timeout == 0) {
                    return fail(c.isConnectionPending() && !c.finishConnect() ? 114 : EINPROGRESS, raise);
                }
                long deadline = deadline();
                while (!c.finishConnect()) {
                    if (!sc.await(SelectionKey.OP_CONNECT, deadline)) {
                        if (raise) {
                            throw PyErr.of(PyExc.TimeoutError, PyStr.of("timed out"));
                        }
                        return 11;
                    }
                }
            }
            return 0;
        } catch (java.nio.channels.UnresolvedAddressException e) {
            throw SocketModule.gaierror(-2, "Name or service not known");
        } catch (IOException e) {
            // Java closes a channel whose connection failed; the socket may try again, as on Linux.
            sc.dropClosedStream();
            if (raise) {
                throw error(e);
            }
            return OsErrors.errnoOf(e);
        }
    }

    private static int fail(int errno, boolean raise) {
        if (raise) {
            throw OsErrors.of(errno);
        }
        return errno;
    }

    @ExposedMethod
    static void connect(PySocket self, PyObject addr) {
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("socket.connect", self, addr);
        }
        self.doConnect(addr, true);
    }

    @ExposedMethod
    static long connect_ex(PySocket self, PyObject addr) {
        return self.doConnect(addr, false);
    }

    @ExposedMethod
    static PyObject getsockname(PySocket self) {
        SockChannel sc = self.open();
        int fam = self.given[0];
        if (fam != -1 && fam != SockChannel.AF_INET && fam != SockChannel.AF_INET6 && fam != SockChannel.AF_UNIX) {
            // A family given with fileno= that no address format is known for. Compare getsockaddrlen.
            throw PyErr.of(PyExc.OSError, PyStr.of("getsockaddrlen: bad family"));
        }
        if (sc.family == SockChannel.AF_UNIX) {
            // The kernel's answer: an abstract name is one the JDK cannot hold.
            int kfd = sc.kernelFd();
            byte[] name = kfd < 0 ? null : SockNative.getsockname(kfd);
            if (name != null) {
                return Cmsg.address(name);
            }
        }
        try {
            SocketAddress a = sc.ch instanceof ServerSocketChannel s ? s.getLocalAddress()
                : sc.ch instanceof SocketChannel c ? c.getLocalAddress()
                : sc.ch instanceof DatagramChannel d ? d.getLocalAddress() : null;
            if (a == null && sc.ch instanceof DatagramChannel d) {
                // The kernel binds a datagram socket at its first sendmsg(2) (SockNative),
                // which the JDK does not see.
                int kfd = SockNative.fd(d);
                byte[] name = kfd < 0 ? null : SockNative.getsockname(kfd);
                if (name != null) {
                    return Cmsg.address(name);
                }
            }
            return a == null ? SockAddr.unbound(sc.family) : SockAddr.make(sc.family, a);
        } catch (IOException e) {
            throw error(e);
        }
    }

    @ExposedMethod
    static PyObject getpeername(PySocket self) {
        SockChannel sc = self.open();
        if (sc.family == SockChannel.AF_UNIX) {
            int kfd = sc.kernelFd();
            if (kfd >= 0) {
                int[] errno = new int[1];
                byte[] name = SockNative.getpeername(kfd, errno);
                if (name == null) {
                    throw OsErrors.of(errno[0]);
                }
                return Cmsg.address(name);
            }
        }
        if (sc.ch instanceof SocketChannel) {
            // The JDK answers with the address it connected to even after the peer reset the
            // connection; the kernel then says ENOTCONN, which ssl.py's SSLSocket._create
            // tests for ("Closed before TLS handshake with data in recv buffer").
            int kfd = SockNative.fd(sc.ch);
            if (kfd >= 0) {
                int[] errno = new int[1];
                if (SockNative.getpeername(kfd, errno) == null) {
                    throw OsErrors.of(errno[0]);
                }
            }
        }
        try {
            SocketAddress a = sc.ch instanceof SocketChannel c ? c.getRemoteAddress()
                : sc.ch instanceof DatagramChannel d ? d.getRemoteAddress() : null;
            if (a == null) {
                throw OsErrors.of(ENOTCONN);
            }
            return SockAddr.make(sc.family, a);
        } catch (IOException e) {
            throw error(e);
        }
    }

    // ---- data ----

    static final int MSG_PEEK = 2, MSG_TRUNC = 0x20, MSG_DONTWAIT = 0x40;

    /** The flags argument of recv/send and the like: a C int. */
    private static int flags(PyObject o) {
        return o == null ? 0 : cInt(o);
    }

    /**
     * Receives up to N bytes: {data, sender (datagrams), the datagram's whole length}.
     * FLAGS: MSG_PEEK leaves the bytes to be read again (kept in SockChannel.peeked, as the
     * JDK has no MSG_PEEK); MSG_DONTWAIT does not wait on a blocking socket (EAGAIN); other
     * flags are passed over, as before. Compare socketmodule.c: sock_recv_guts.
     */
    private Object[] receive(int n, int flags, String fn) {
        SockChannel sc = open();
        if (n < 0) {
            throw PyErr.valueError("negative buffersize in " + fn);
        }
        boolean peek = (flags & MSG_PEEK) != 0;
        if (sc.kernel != null) {
            // recvmsg(2) itself: MSG_PEEK and the sender's name are the kernel's.
            SockNative.Received r = recvNative(sc, new int[] {n}, 0, flags);
            return new Object[] {r.data(), Cmsg.address(r.name()), r.data().length};
        }
        long deadline = deadline();
        try {
            while (true) {
                if (sc.ch instanceof DatagramChannel d) {
                    ByteBuffer got = sc.peeked;
                    SocketAddress src = sc.peekedFrom;
                    if (got == null) {
                        // Room for any datagram, so that a truncated one is known (MSG_TRUNC).
                        ByteBuffer b = ByteBuffer.allocate(65536);
                        src = d.receive(b);
                        if (src != null) {
                            got = b.flip();
                        }
                    }
                    if (got != null) {
                        if (peek) {
                            sc.peeked = got;
                            sc.peekedFrom = src;
                        } else {
                            sc.peeked = null;
                            sc.peekedFrom = null;
                        }
                        byte[] out = new byte[Math.min(n, got.remaining())];
                        got.duplicate().get(out);
                        return new Object[] {out, src, got.remaining()};
                    }
                } else if (sc.ch instanceof SocketChannel c) {
                    if (!c.isConnected()) {
                        throw OsErrors.of(ENOTCONN);
                    }
                    if (n == 0) {
                        return new Object[] {new byte[0], null, 0};
                    }
                    ByteBuffer buf = ByteBuffer.allocate(n);
                    int k = sc.takePeeked(buf);
                    if (buf.hasRemaining()) {
                        // As much more as is there now, as one recv(2) takes what is queued.
                        int more = c.read(buf);
                        k = more > 0 ? k + more : k > 0 ? k : more;
                    }
                    if (k != 0) {
                        byte[] out = java.util.Arrays.copyOf(buf.array(), Math.max(k, 0));
                        if (peek && k > 0) {
                            // Put back in front of what may still be read ahead.
                            ByteBuffer rest = sc.peeked;
                            ByteBuffer all = ByteBuffer.allocate(k + (rest == null ? 0 : rest.remaining()));
                            all.put(out);
                            if (rest != null) {
                                all.put(rest);
                            }
                            sc.peeked = all.flip();
                        }
                        return new Object[] {out, null, out.length};
                    }
                } else {
                    throw OsErrors.of(ENOTCONN);
                }
                if ((flags & MSG_DONTWAIT) != 0 && timeout < 0) {
                    throw OsErrors.of(OsErrors.EAGAIN);
                }
                await(sc, SelectionKey.OP_READ, deadline);
            }
        } catch (IOException e) {
            throw error(e);
        }
    }

    private static int size(PyObject o) {
        return (int) Abstract.index(o).longValue();
    }

    @ExposedMethod
    static PyObject recv(PySocket self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("recv", args, kw, 1, 2, "bufsize", "flags");
        return new PyBytes((byte[]) self.receive(size(a[0]), flags(a[1]), "recv")[0]);
    }

    @ExposedMethod
    static PyObject recvfrom(PySocket self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("recvfrom", args, kw, 1, 2, "bufsize", "flags");
        Object[] r = self.receive(size(a[0]), flags(a[1]), "recvfrom");
        return PyTuple.of(new PyBytes((byte[]) r[0]), self.address(r[1]));
    }

    /** A sender from {@link #receive}: the JDK's address, or the kernel's already in Python's form. */
    private PyObject address(Object a) {
        return a instanceof PyObject o ? o : SockAddr.make(sock.family, (SocketAddress) a);
    }

    private int receiveInto(PyObject buffer, PyObject nbytes, PyObject flags, String fn, Object[] addr) {
        byte[] dst = IOBase.writableBuffer(fn, buffer);
        int len = IOBase.bufferLength(buffer);
        int n = nbytes == null || Abstract.index(nbytes).longValue() == 0 ? len : size(nbytes);
        if (n < 0) {
            throw PyErr.valueError("negative buffersize in " + fn);
        }
        if (n > len) {
            throw PyErr.valueError("buffer too small for requested bytes");
        }
        Object[] r = receive(n, flags(flags), fn);
        IOBase.store(buffer, dst, (byte[]) r[0]);
        if (addr != null) {
            addr[0] = r[1];
        }
        return ((byte[]) r[0]).length;
    }

    @ExposedMethod
    static long recv_into(PySocket self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("recv_into", args, kw, 1, 3, "buffer", "nbytes", "flags");
        return self.receiveInto(a[0], a[1], a[2], "recv_into", null);
    }

    @ExposedMethod
    static PyObject recvfrom_into(PySocket self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("recvfrom_into", args, kw, 1, 3, "buffer", "nbytes", "flags");
        Object[] addr = new Object[1];
        int n = self.receiveInto(a[0], a[1], a[2], "recvfrom_into", addr);
        return PyTuple.of(PyInt.of(n), self.address(addr[0]));
    }

    /** Sends what it can of DATA (waiting until some can go), to TO when not null. */
    private int sendSome(ByteBuffer data, SocketAddress to, long deadline) {
        return sendSome(data, to, deadline, 0);
    }

    /** sendSome with FLAGS: MSG_DONTWAIT does not wait on a blocking socket (EAGAIN). */
    private int sendSome(ByteBuffer data, SocketAddress to, long deadline, int flags) {
        SockChannel sc = open();
        if (sc.kernel != null) {
            byte[] part = new byte[data.remaining()];
            data.duplicate().get(part);
            int k = (int) sendNative(sc, new byte[][] {part}, null, flags, to == null ? null : Cmsg.sockaddr(sc.family, null, to));
            data.position(data.position() + k);
            return k;
        }
        try {
            while (true) {
                int k;
                if (sc.ch instanceof DatagramChannel d) {
                    if (to == null && !d.isConnected()) {
                        throw OsErrors.of(89); // EDESTADDRREQ
                    }
                    k = to == null ? d.write(data) : d.send(data, to);
                } else if (sc.ch instanceof SocketChannel c && c.isConnected()) {
                    if (to != null && sc.family == SockChannel.AF_UNIX) {
                        // Linux: unix_stream_sendmsg refuses an address; TCP ignores it.
                        throw OsErrors.of(EISCONN);
                    }
                    k = c.write(data);
                } else {
                    throw OsErrors.of(sc.type == SockChannel.SOCK_STREAM ? 32 : ENOTCONN);
                }
                if (k > 0 || !data.hasRemaining()) {
                    return k;
                }
                if ((flags & MSG_DONTWAIT) != 0 && timeout < 0) {
                    throw OsErrors.of(OsErrors.EAGAIN);
                }
                await(sc, SelectionKey.OP_WRITE, deadline);
            }
        } catch (java.nio.channels.UnresolvedAddressException e) {
            throw SocketModule.gaierror(-2, "Name or service not known");
        } catch (IOException e) {
            throw error(e);
        }
    }

    @ExposedMethod
    static long send(PySocket self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("send", args, kw, 1, 2, "data", "flags");
        return self.sendSome(ByteBuffer.wrap(IOBase.bytesLike(a[0])), null, self.deadline(), flags(a[1]));
    }

    @ExposedMethod
    static void sendall(PySocket self, PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("sendall", args, kw, 1, 2, "data", "flags");
        ByteBuffer data = ByteBuffer.wrap(IOBase.bytesLike(a[0]));
        long deadline = self.deadline();
        while (data.hasRemaining()) {
            self.sendSome(data, null, deadline);
        }
    }

    @ExposedMethod
    static long sendto(PySocket self, PyObject[] args, String[] kw) {
        Args.noKeywords("sendto", kw);
        // Compare socketmodule.c: sock_sendto (its own count message; flags, when given, an int).
        if (args.length < 2 || args.length > 3) {
            throw PyErr.typeError("sendto() takes 2 or 3 arguments (" + args.length + " given)");
        }
        PyObject addr = args[args.length - 1];
        SockChannel sc = self.open();
        ByteBuffer data = ByteBuffer.wrap(IOBase.bytesLike(args[0]));
        if (args.length == 3) {
            Abstract.index(args[1]);
        }
        return self.sendSome(data, SockAddr.parse(sc.family, addr, "sendto"), self.deadline());
    }

    // ---- sendmsg / recvmsg: the data part; the JDK passes no ancillary data ----

    /** An iterable as a list, or TypeError MSG. Compare PySequence_Fast. */
    private static java.util.List<PyObject> iterable(PyObject o, String msg) {
        PyObject it;
        try {
            it = Abstract.iter(o);
        } catch (PyBaseException e) {
            if (e.matches(PyExc.TypeError)) {
                throw PyErr.typeError(msg);
            }
            throw e;
        }
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            out.add(x);
        }
        return out;
    }

    /**
     * sendmsg(buffers[, ancdata[, flags[, address]]]) -> count. On the socket's kernel
     * descriptor ({@link SockNative}): sendmsg(2) with the buffers gathered and the ancillary
     * items as CPython builds them ({@link Cmsg#build}: SCM_RIGHTS names pyvm's descriptors).
     * Without one (a stream socket not yet bound or connected, whose errors the JDK path
     * gives; or the JDK's internals closed to pyvm) the buffers go as one send, and ancillary
     * data is OSError(EOPNOTSUPP) saying why. Compare socketmodule.c: sock_sendmsg.
     */
    @ExposedMethod
    static long sendmsg(PySocket self, PyObject[] args, String[] kw) {
        Args.noKeywords("sendmsg", kw);
        if (args.length < 1) {
            throw PyErr.typeError("sendmsg() takes at least 1 argument (0 given)");
        }
        if (args.length > 4) {
            throw PyErr.typeError("sendmsg() takes at most 4 arguments (" + args.length + " given)");
        }
        java.util.List<PyObject> bufs = iterable(args[0], "sendmsg() argument 1 must be an iterable");
        byte[][] parts = new byte[bufs.size()][];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = IOBase.bytesLike(bufs.get(i));
        }
        java.util.List<Cmsg.Item> items = new java.util.ArrayList<>();
        if (args.length > 1 && args[1] != PyNone.NONE) {
            for (PyObject item : iterable(args[1], "sendmsg() argument 2 must be an iterable")) {
                if (!(item instanceof PyTuple) && !(item instanceof org.pyvm.runtime.PyList)) {
                    throw PyErr.typeError("[sendmsg() ancillary data items]() argument must be 3-item sequence, not "
                        + item.type().getName());
                }
                long len = Abstract.len(item);
                if (len != 3) {
                    throw PyErr.typeError("[sendmsg() ancillary data items]() argument must be sequence of length 3, not "
                        + len);
                }
                int level = cInt(Abstract.getItem(item, PyInt.of(0)));
                int type = cInt(Abstract.getItem(item, PyInt.of(1)));
                items.add(new Cmsg.Item(level, type, IOBase.bytesLike(Abstract.getItem(item, PyInt.of(2)))));
            }
        }
        int fl = args.length > 2 ? cInt(args[2]) : 0;
        SockChannel sc = self.open();
        PyObject addr = args.length > 3 && args[3] != PyNone.NONE ? args[3] : null;
        SocketAddress to = addr != null ? SockAddr.parse(sc.family, addr, "sendmsg") : null;
        if (sc.kernelFd() >= 0) {
            byte[] control = items.isEmpty() ? null : Cmsg.build(items);
            return self.sendNative(sc, parts, control, fl, to == null ? null : Cmsg.sockaddr(sc.family, addr, to));
        }
        if (!items.isEmpty() && sc.ch != null) {
            throw PyErr.of(PyExc.OSError, PyInt.of(95), PyStr.of("pyvm: sendmsg() ancillary data needs the socket's "
                + "kernel descriptor, which the JDK shows only with java.base/sun.nio.ch opened to pyvm (as bin/pyvm does)"));
        }
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            data.writeBytes(part);
        }
        return self.sendSome(ByteBuffer.wrap(data.toByteArray()), to, self.deadline(), fl);
    }

    private static final int EINTR = 4, MSG_NOSIGNAL = 0x4000;

    /**
     * sendmsg(2) on the kernel descriptor, waiting as {@link #sockCall} does; MSG_NOSIGNAL:
     * EPIPE, not SIGPIPE.
     */
    private long sendNative(SockChannel sc, byte[][] parts, byte[] control, int flags, byte[] name) {
        return sockCall(sc, SelectionKey.OP_WRITE, flags,
            kfd -> SockNative.sendmsg(kfd, parts, control, flags | MSG_NOSIGNAL, name),
            r -> r.value() >= 0 ? -1 : r.errno()).value();
    }

    /** recvmsg(2) on the kernel descriptor into buffers of LENS, waiting as {@link #sockCall} does. */
    private SockNative.Received recvNative(SockChannel sc, int[] lens, int ancbufsize, int flags) {
        return sockCall(sc, SelectionKey.OP_READ, flags,
            kfd -> SockNative.recvmsg(kfd, lens, ancbufsize, flags),
            r -> r.n() >= 0 ? -1 : r.errno());
    }

    /**
     * A system call on the channel's kernel descriptor, as socketmodule.c's sock_call runs
     * one: CALL's result when ERRNO gives -1 for it (success); EINTR retries; EAGAIN waits
     * for INTEREST on the channel's selector (a timeout, or the GIL released) and retries,
     * unless the socket is non-blocking or MSG_DONTWAIT in FLAGS asks a blocking one not to
     * wait; any other errno is raised.
     */
    private <T> T sockCall(SockChannel sc, int interest, int flags, java.util.function.IntFunction<T> call,
                           java.util.function.ToIntFunction<T> errno) {
        long deadline = deadline();
        try {
            while (true) {
                int kfd = sc.kernelFd();
                if (kfd < 0) {
                    throw OsErrors.of(OsErrors.EBADF);
                }
                T r = call.apply(kfd);
                int err = errno.applyAsInt(r);
                if (err == -1) {
                    return r;
                }
                if (err == EINTR) {
                    continue;
                }
                if (err != OsErrors.EAGAIN || (flags & MSG_DONTWAIT) != 0 && timeout < 0) {
                    throw OsErrors.of(err);
                }
                await(sc, interest, deadline);
            }
        } catch (IOException e) {
            throw error(e);
        }
    }

    /** Whether recvmsg goes to the kernel: a kernel descriptor, and no bytes read ahead by an emulated MSG_PEEK. */
    private static boolean kernelRecv(SockChannel sc) {
        return !sc.peekReady() && sc.kernelFd() >= 0;
    }

    /** recvmsg's (first, ancdata, msg_flags, address) from the kernel's answer R. */
    private static PyObject msgResult(PyObject first, SockNative.Received r, int flags) {
        return PyTuple.of(first, Cmsg.parse(r.control(), flags), PyInt.of(r.flags()), Cmsg.address(r.name()));
    }

    /** recvmsg's (data..., ancdata, msg_flags, address) after RECEIVE's result R. */
    private PyObject msgResult(PyObject first, Object[] r, int asked) {
        SockChannel sc = open();
        int msgFlags = sc.type != SockChannel.SOCK_STREAM && (Integer) r[2] > asked ? MSG_TRUNC : 0;
        PyObject addr = r[1] == null ? PyNone.NONE : SockAddr.make(sc.family, (SocketAddress) r[1]);
        return PyTuple.of(first, new org.pyvm.runtime.PyList(), PyInt.of(msgFlags), addr);
    }

    private static int ancBufSize(PyObject o) {
        PyInt v = o == null ? PyInt.ZERO : Abstract.index(o);
        if (v.isBig()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        long n = v.longValue();
        if (n < 0 || n > 0x7fffffffL) {
            throw PyErr.valueError("invalid ancillary data buffer length");
        }
        return (int) n;
    }

    /**
     * recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address): the
     * kernel's recvmsg(2) (ancillary data included, SCM_RIGHTS descriptors entered in pyvm's
     * table); without a kernel descriptor the JDK's read, with no ancillary data and MSG_TRUNC
     * when a datagram was longer than bufsize. Compare socketmodule.c: sock_recvmsg.
     */
    @ExposedMethod
    static PyObject recvmsg(PySocket self, PyObject[] args, String[] kw) {
        Args.noKeywords("recvmsg", kw);
        Args.positional("recvmsg", args.length, 1, 3);
        int n = size(args[0]);
        if (n < 0) {
            throw PyErr.valueError("negative buffer size in recvmsg()");
        }
        int flags = args.length > 2 ? cInt(args[2]) : 0;
        int anc = ancBufSize(args.length > 1 ? args[1] : null);
        SockChannel sc = self.open();
        if (kernelRecv(sc)) {
            SockNative.Received r = self.recvNative(sc, new int[] {n}, anc, flags);
            return msgResult(new PyBytes(r.data()), r, flags);
        }
        Object[] r = self.receive(n, flags, "recvmsg");
        return self.msgResult(new PyBytes((byte[]) r[0]), r, n);
    }

    /** recvmsg_into(buffers[, ancbufsize[, flags]]) -> (nbytes, ancdata, msg_flags, address). */
    @ExposedMethod
    static PyObject recvmsg_into(PySocket self, PyObject[] args, String[] kw) {
        Args.noKeywords("recvmsg_into", kw);
        Args.positional("recvmsg_into", args.length, 1, 3);
        java.util.List<PyObject> bufs = iterable(args[0], "recvmsg_into() argument 1 must be an iterable");
        byte[][] dsts = new byte[bufs.size()][];
        int[] lens = new int[bufs.size()];
        long total = 0;
        for (int i = 0; i < dsts.length; i++) {
            PyObject b = bufs.get(i);
            try {
                dsts[i] = IOBase.writableBuffer("recvmsg_into", b);
            } catch (PyBaseException e) {
                if (e.matches(PyExc.TypeError)) {
                    throw PyErr.typeError("recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers");
                }
                throw e;
            }
            lens[i] = IOBase.bufferLength(b);
            total += lens[i];
        }
        if (total > Integer.MAX_VALUE) {
            throw PyErr.overflowError("total buffer size too large");
        }
        int anc = ancBufSize(args.length > 1 ? args[1] : null);
        int flags = args.length > 2 ? cInt(args[2]) : 0;
        SockChannel sc = self.open();
        byte[] got;
        SockNative.Received nr = null;
        Object[] r = null;
        if (kernelRecv(sc)) {
            nr = self.recvNative(sc, lens, anc, flags);
            got = nr.data();
        } else {
            r = self.receive((int) total, flags, "recvmsg_into");
            got = (byte[]) r[0];
        }
        int off = 0;
        for (int i = 0; i < dsts.length && off < got.length; i++) {
            int k = Math.min(lens[i], got.length - off);
            IOBase.store(bufs.get(i), dsts[i], java.util.Arrays.copyOfRange(got, off, off + k));
            off += k;
        }
        return nr != null ? msgResult(PyInt.of(nr.n()), nr, flags) : self.msgResult(PyInt.of(got.length), r, (int) total);
    }

    @ExposedMethod
    static void shutdown(PySocket self, PyObject how) {
        SockChannel sc = self.open();
        // CPython: _PyLong_AsInt(how).
        PyInt hv = Abstract.index(how);
        if (hv.isBig() || hv.longValue() != (int) hv.longValue()) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        int h = (int) hv.longValue();
        if (h < 0 || h > 2) {
            throw OsErrors.of(OsErrors.EINVAL);
        }
        if (sc.kernel != null) {
            org.pyvm.modules.posix.Libc.Result r = SockNative.shutdown(sc.kernelFd(), h);
            if (r.value() < 0) {
                throw OsErrors.of(r.errno());
            }
            return;
        }
        if (!(sc.ch instanceof SocketChannel c) || !c.isConnected()) {
            throw OsErrors.of(ENOTCONN);
        }
        try {
            if (h != 1) {
                c.shutdownInput();
            }
            if (h != 0) {
                c.shutdownOutput();
            }
        } catch (IOException e) {
            throw error(e);
        }
    }

    // ---- options ----

    private static final int SOL_SOCKET = 1, SO_REUSEADDR = 2, SO_TYPE = 3, SO_ERROR = 4, SO_BROADCAST = 6,
        SO_SNDBUF = 7, SO_RCVBUF = 8, SO_KEEPALIVE = 9, SO_OOBINLINE = 10, SO_LINGER = 13, SO_REUSEPORT = 15, SO_ACCEPTCONN = 30, SO_DOMAIN = 39,
        SO_PROTOCOL = 38, IPPROTO_TCP = 6, TCP_NODELAY = 1, IPPROTO_IPV6 = 41, IPV6_V6ONLY = 26;

    @ExposedMethod
    static void setsockopt(PySocket self, PyObject[] args, String[] kw) {
        Args.noKeywords("setsockopt", kw);
        Args.positional("setsockopt", args.length, 3, 4);
        SockChannel sc = self.open();
        int level = size(args[0]);
        int opt = size(args[1]);
        int v;
        if (args[2] instanceof PyInt i) {
            v = (int) i.longValue();
        } else if (args[2] == PyNone.NONE) {
            throw PyErr.typeError("setsockopt() takes exactly 4 arguments (3 given)");
        } else {
            byte[] b = IOBase.bytesLike(args[2]);
            v = b.length >= 4 ? java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.nativeOrder()).getInt() : 0;
        }
        try {
            if (sc.kernel != null) {
                // A kernel socket: every option is setsockopt(2)'s.
                sc.setNativeOption(level, opt, args[2] instanceof PyInt ? java.nio.ByteBuffer.allocate(4)
                    .order(java.nio.ByteOrder.nativeOrder()).putInt(v).array() : IOBase.bytesLike(args[2]));
                return;
            }
            if (level == SOL_SOCKET && opt == SO_REUSEADDR) {
                sc.reuseAddr = v != 0;
                if (sc.ch != null && sc.family != SockChannel.AF_UNIX) {
                    sc.ch.getClass();
                    ((java.nio.channels.NetworkChannel) sc.ch).setOption(StandardSocketOptions.SO_REUSEADDR, v != 0);
                }
                return;
            }
            if (level == IPPROTO_IPV6 && opt == IPV6_V6ONLY) {
                if (sc.family != SockChannel.AF_INET6) {
                    throw OsErrors.of(ENOPROTOOPT);
                }
                sc.v6only = v != 0;
                return;
            }
            if (level == SOL_SOCKET && opt == SO_OOBINLINE) {
                // Not a java.net.SocketOption: set through the channel's socket adaptor (a
                // listening socket only records it).
                sc.oobInline = v != 0;
                if (sc.ch instanceof java.nio.channels.SocketChannel c && sc.family != SockChannel.AF_UNIX) {
                    c.socket().setOOBInline(v != 0);
                }
                return;
            }
            if (level == SOL_SOCKET && opt == SO_LINGER) {
                // struct linger {int l_onoff; int l_linger;}: off is the JDK's -1.
                if (!(args[2] instanceof PyInt)) {
                    byte[] b = IOBase.bytesLike(args[2]);
                    if (b.length < 8) {
                        throw OsErrors.of(22);
                    }
                    java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.nativeOrder());
                    int onoff = bb.getInt();
                    int secs = bb.getInt();
                    v = onoff != 0 ? Math.max(secs, 0) : -1;
                } else {
                    throw OsErrors.of(22);
                }
            }
            java.net.SocketOption<?> o = javaOption(level, opt);
            if (o == null) {
                // An option the JDK has no SocketOption for: the kernel's setsockopt(2).
                byte[] raw = args[2] instanceof PyInt ? java.nio.ByteBuffer.allocate(4)
                    .order(java.nio.ByteOrder.nativeOrder()).putInt(v).array() : IOBase.bytesLike(args[2]);
                sc.setNativeOption(level, opt, raw);
                return;
            }
            if (sc.ch == null) {
                // Before bind/connect there is no channel yet: kept, and set on the channel made later.
                sc.pending.put(o, o.type() == Boolean.class ? (Object) (v != 0) : (Object) v);
                return;
            }
            java.nio.channels.NetworkChannel nc = (java.nio.channels.NetworkChannel) sc.ch;
            if (sc.ch instanceof ServerSocketChannel && !nc.supportedOptions().contains(o)) {
                // A listener's SO_LINGER, SO_KEEPALIVE, TCP_NODELAY...: the JDK's listener has no
                // such option, Linux keeps it and the accepted sockets inherit it; so kept here.
                sc.pending.put(o, o.type() == Boolean.class ? (Object) (v != 0) : (Object) v);
                return;
            }
            if (sc.ch instanceof SocketChannel c && sc.type == SockChannel.SOCK_STREAM && c.getRemoteAddress() == null) {
                // Bound, not yet connected: listen() makes a new channel, which takes it too.
                sc.pending.put(o, o.type() == Boolean.class ? (Object) (v != 0) : (Object) v);
            }
            if (o.type() == Boolean.class) {
                @SuppressWarnings("unchecked")
                java.net.SocketOption<Boolean> bo = (java.net.SocketOption<Boolean>) o;
                nc.setOption(bo, v != 0);
            } else {
                @SuppressWarnings("unchecked")
                java.net.SocketOption<Integer> io = (java.net.SocketOption<Integer>) o;
                nc.setOption(io, v);
            }
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw OsErrors.of(ENOPROTOOPT);
        } catch (IOException e) {
            throw error(e);
        }
    }

    private static java.net.SocketOption<?> javaOption(int level, int opt) {
        if (level == SOL_SOCKET) {
            return switch (opt) {
                case SO_BROADCAST -> StandardSocketOptions.SO_BROADCAST;
                case SO_SNDBUF -> StandardSocketOptions.SO_SNDBUF;
                case SO_RCVBUF -> StandardSocketOptions.SO_RCVBUF;
                case SO_KEEPALIVE -> StandardSocketOptions.SO_KEEPALIVE;
                case SO_REUSEPORT -> StandardSocketOptions.SO_REUSEPORT;
                case SO_LINGER -> StandardSocketOptions.SO_LINGER;
                default -> null;
            };
        }
        if (level == IPPROTO_TCP && opt == TCP_NODELAY) {
            return StandardSocketOptions.TCP_NODELAY;
        }
        return null;
    }

    private static PyObject nativeOpt(SockChannel sc, int level, int opt, int buflen) {
        try {
            return sc.nativeOption(level, opt, buflen);
        } catch (IOException e) {
            throw error(e);
        }
    }

    @ExposedMethod
    static PyObject getsockopt(PySocket self, PyObject[] args, String[] kw) {
        Args.noKeywords("getsockopt", kw);
        Args.positional("getsockopt", args.length, 2, 3);
        SockChannel sc = self.open();
        int level = size(args[0]);
        int opt = size(args[1]);
        if (args.length == 3) {
            // getsockopt(level, option, buflen): the kernel's bytes. Compare sock_getsockopt.
            int buflen = cInt(args[2]);
            if (buflen == 0) {
                return nativeOpt(sc, level, opt, 0);
            }
            if (buflen < 0 || buflen > 1024) {
                throw PyErr.of(PyExc.OSError, PyStr.of("getsockopt buflen out of range"));
            }
            return nativeOpt(sc, level, opt, buflen);
        }
        if (sc.kernel != null) {
            return nativeOpt(sc, level, opt, 0);
        }
        if (level == SOL_SOCKET) {
            switch (opt) {
                case SO_TYPE:
                    return PyInt.of(sc.type);
                case SO_DOMAIN:
                    return PyInt.of(sc.family);
                case SO_PROTOCOL:
                    return PyInt.of(sc.proto != 0 ? sc.proto : sc.family == SockChannel.AF_UNIX ? 0
                        : sc.type == SockChannel.SOCK_STREAM ? 6 : 17);
                case SO_ACCEPTCONN:
                    return PyInt.of(sc.ch instanceof ServerSocketChannel ? 1 : 0);
                case SO_ERROR:
                    return PyInt.of(sc.takeError());
                case SO_OOBINLINE:
                    try {
                        return PyInt.of((sc.ch instanceof java.nio.channels.SocketChannel c && sc.family != SockChannel.AF_UNIX
                            ? c.socket().getOOBInline() : sc.oobInline) ? 1 : 0);
                    } catch (IOException e) {
                        throw error(e);
                    }
                case SO_REUSEADDR:
                    if (sc.ch == null || sc.family == SockChannel.AF_UNIX) {
                        return PyInt.of(sc.reuseAddr ? 1 : 0);
                    }
                    break;
                default:
                    break;
            }
        }
        if (level == IPPROTO_IPV6 && opt == IPV6_V6ONLY && sc.family == SockChannel.AF_INET6) {
            return PyInt.of(sc.v6only ? 1 : 0);
        }
        java.net.SocketOption<?> o = level == SOL_SOCKET && opt == SO_REUSEADDR ? StandardSocketOptions.SO_REUSEADDR
            : javaOption(level, opt);
        if (o == null) {
            return nativeOpt(sc, level, opt, 0);
        }
        try {
            Object v = sc.ch == null || sc.ch instanceof ServerSocketChannel s && !s.supportedOptions().contains(o)
                ? sc.pendingOption(o) : ((java.nio.channels.NetworkChannel) sc.ch).getOption(o);
            if (o == StandardSocketOptions.SO_LINGER) {
                // An int-sized read of struct linger gives l_onoff.
                return PyInt.of(((Integer) v) >= 0 ? 1 : 0);
            }
            return PyInt.of(v instanceof Boolean b ? (b ? 1 : 0) : ((Integer) v).longValue());
        } catch (UnsupportedOperationException e) {
            throw OsErrors.of(ENOPROTOOPT);
        } catch (IOException e) {
            throw error(e);
        }
    }
}
