package org.pyvm.modules.socket;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pyvm.modules.corelib.Types;
import org.pyvm.runtime.Abstract;
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
import org.pyvm.runtime.PyModule;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyRuntime;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;
import org.pyvm.runtime.PyType;

/**
 * The {@code _socket} module, so far without sockets: the constants of Linux's socket
 * interface, the exception classes, the default timeout and the conversions that need no
 * network (byte order, {@code inet_aton}/{@code inet_ntoa}/{@code inet_pton}/
 * {@code inet_ntop}), {@code gethostname}, {@code gethostbyname}, {@code getaddrinfo},
 * and the socket type ({@link PySocket}: TCP and UDP over IPv4/IPv6, AF_UNIX streams, over
 * Java NIO channels; AF_UNIX datagrams and seqpackets as kernel sockets, SockChannel.kernel). The name
 * service functions that are not built raise NotImplementedError.
 * Compare CPython Modules/socketmodule.c.
 */
public final class SocketModule {

    private SocketModule() {}

    /**
     * Linux's values (sys/socket.h, netinet/in.h, netdb.h), as CPython 3.12 exports them, less
     * the families pyvm cannot open (CAN, TIPC, packet, netlink, VSOCK, ALG...) and their
     * options, so that code looking for them sees the feature is absent. The ancillary data
     * names (SCM_RIGHTS, SCM_CREDENTIALS, IPV6_HOPLIMIT...) are there: sendmsg/recvmsg pass
     * ancillary data on the socket's kernel descriptor ({@link SockNative}).
     */
    private static final Object[] CONSTANTS = {
        "AF_ALG", 38, "AF_APPLETALK", 5, "AF_ASH", 18, "AF_ATMPVC", 8, "AF_ATMSVC", 20, "AF_AX25", 3,
        "AF_BRIDGE", 7, "AF_CAN", 29, "AF_ECONET", 19, "AF_INET", 2, "AF_INET6", 10, "AF_IPX", 4, "AF_IRDA", 23,
        "AF_KEY", 15, "AF_LLC", 26, "AF_NETBEUI", 13, "AF_NETLINK", 16, "AF_NETROM", 6, "AF_PACKET", 17,
        "AF_PPPOX", 24, "AF_QIPCRTR", 42, "AF_RDS", 21, "AF_ROSE", 11, "AF_ROUTE", 16, "AF_SECURITY", 14,
        "AF_SNA", 22, "AF_TIPC", 30, "AF_UNIX", 1, "AF_UNSPEC", 0, "AF_VSOCK", 40, "AF_WANPIPE", 25, "AF_X25", 9,
        "AI_ADDRCONFIG", 32, "AI_ALL", 16, "AI_CANONNAME", 2, "AI_NUMERICHOST", 4, "AI_NUMERICSERV", 1024,
        "AI_PASSIVE", 1, "AI_V4MAPPED", 8, "EAI_ADDRFAMILY", -9, "EAI_AGAIN", -3, "EAI_BADFLAGS", -1,
        "EAI_FAIL", -4, "EAI_FAMILY", -6, "EAI_MEMORY", -10, "EAI_NODATA", -5, "EAI_NONAME", -2,
        "EAI_OVERFLOW", -12, "EAI_SERVICE", -8, "EAI_SOCKTYPE", -7, "EAI_SYSTEM", -11,
        "INADDR_ALLHOSTS_GROUP", 3758096385L, "INADDR_ANY", 0, "INADDR_BROADCAST", 4294967295L,
        "INADDR_LOOPBACK", 2130706433, "INADDR_MAX_LOCAL_GROUP", 3758096639L, "INADDR_NONE", 4294967295L,
        "INADDR_UNSPEC_GROUP", 3758096384L, "IPPROTO_AH", 51, "IPPROTO_DSTOPTS", 60, "IPPROTO_EGP", 8,
        "IPPROTO_ESP", 50, "IPPROTO_FRAGMENT", 44, "IPPROTO_GRE", 47, "IPPROTO_HOPOPTS", 0, "IPPROTO_ICMP", 1,
        "IPPROTO_ICMPV6", 58, "IPPROTO_IDP", 22, "IPPROTO_IGMP", 2, "IPPROTO_IP", 0, "IPPROTO_IPIP", 4,
        "IPPROTO_IPV6", 41, "IPPROTO_MPTCP", 262, "IPPROTO_NONE", 59, "IPPROTO_PIM", 103, "IPPROTO_PUP", 12,
        "IPPROTO_RAW", 255, "IPPROTO_ROUTING", 43, "IPPROTO_RSVP", 46, "IPPROTO_SCTP", 132, "IPPROTO_TCP", 6,
        "IPPROTO_TP", 29, "IPPROTO_UDP", 17, "IPPROTO_UDPLITE", 136, "IPV6_CHECKSUM", 7, "IPV6_DONTFRAG", 62,
        "IPV6_DSTOPTS", 59, "IPV6_HOPOPTS", 54, "IPV6_JOIN_GROUP", 20, "IPV6_LEAVE_GROUP", 21,
        "IPV6_MULTICAST_HOPS", 18, "IPV6_MULTICAST_IF", 17, "IPV6_MULTICAST_LOOP", 19, "IPV6_NEXTHOP", 9,
        "IPV6_HOPLIMIT", 52, "IPV6_PATHMTU", 61, "IPV6_PKTINFO", 50, "IPV6_RECVDSTOPTS", 58,
        "IPV6_RECVHOPLIMIT", 51, "IPV6_RECVHOPOPTS", 53, "IPV6_RECVPATHMTU", 60, "IPV6_RECVPKTINFO", 49, "IPV6_RECVRTHDR", 56,
        "IPV6_RECVTCLASS", 66, "IPV6_RTHDR", 57, "IPV6_RTHDRDSTOPTS", 55, "IPV6_RTHDR_TYPE_0", 0, "IPV6_TCLASS", 67,
        "IPV6_UNICAST_HOPS", 16, "IPV6_V6ONLY", 26, "IP_ADD_MEMBERSHIP", 35, "IP_ADD_SOURCE_MEMBERSHIP", 39,
        "IP_BIND_ADDRESS_NO_PORT", 24, "IP_BLOCK_SOURCE", 38, "IP_DEFAULT_MULTICAST_LOOP", 1,
        "IP_DEFAULT_MULTICAST_TTL", 1, "IP_DROP_MEMBERSHIP", 36, "IP_DROP_SOURCE_MEMBERSHIP", 40, "IP_HDRINCL", 3,
        "IP_MAX_MEMBERSHIPS", 20, "IP_MULTICAST_IF", 32, "IP_MULTICAST_LOOP", 34, "IP_MULTICAST_TTL", 33,
        "IP_OPTIONS", 4, "IP_PKTINFO", 8, "IP_RECVOPTS", 6, "IP_RECVRETOPTS", 7, "IP_RECVTOS", 13, "IP_RETOPTS", 7,
        "IP_TOS", 1, "IP_TRANSPARENT", 19, "IP_TTL", 2, "IP_UNBLOCK_SOURCE", 37, "MSG_CMSG_CLOEXEC", 1073741824,
        "MSG_CONFIRM", 2048, "MSG_CTRUNC", 8, "MSG_DONTROUTE", 4, "MSG_DONTWAIT", 64, "MSG_EOR", 128,
        "MSG_ERRQUEUE", 8192, "MSG_FASTOPEN", 536870912, "MSG_MORE", 32768, "MSG_NOSIGNAL", 16384, "MSG_OOB", 1,
        "MSG_PEEK", 2, "MSG_TRUNC", 32, "MSG_WAITALL", 256, "NI_DGRAM", 16, "NI_MAXHOST", 1025, "NI_MAXSERV", 32,
        "NI_NAMEREQD", 8, "NI_NOFQDN", 4, "NI_NUMERICHOST", 1, "NI_NUMERICSERV", 2,
        "SCM_CREDENTIALS", 2, "SCM_J1939_DEST_ADDR", 1, "SCM_J1939_DEST_NAME", 2, "SCM_J1939_ERRQUEUE", 4, "SCM_J1939_PRIO", 3, "SCM_RIGHTS", 1,
        "SHUT_RD", 0, "SHUT_RDWR", 2, "SHUT_WR", 1, "SOCK_CLOEXEC", 524288, "SOCK_DGRAM", 2,
        "SOCK_NONBLOCK", 2048, "SOCK_RAW", 3, "SOCK_RDM", 4, "SOCK_SEQPACKET", 5, "SOCK_STREAM", 1, "SOL_ALG", 279,
        "SOL_CAN_BASE", 100, "SOL_CAN_RAW", 101, "SOL_IP", 0, "SOL_RDS", 276, "SOL_SOCKET", 1, "SOL_TCP", 6,
        "SOL_TIPC", 271, "SOL_UDP", 17, "SOMAXCONN", 4096, "SO_ACCEPTCONN", 30, "SO_BINDTODEVICE", 25,
        "SO_BROADCAST", 6, "SO_DEBUG", 1, "SO_DOMAIN", 39, "SO_DONTROUTE", 5, "SO_ERROR", 4, "SO_INCOMING_CPU", 49,
        "SO_J1939_ERRQUEUE", 4, "SO_J1939_FILTER", 1, "SO_J1939_PROMISC", 2, "SO_J1939_SEND_PRIO", 3,
        "SO_KEEPALIVE", 9, "SO_LINGER", 13, "SO_MARK", 36, "SO_OOBINLINE", 10, "SO_PASSCRED", 16, "SO_PASSSEC", 34,
        "SO_PEERCRED", 17, "SO_PEERSEC", 31, "SO_PRIORITY", 12, "SO_PROTOCOL", 38, "SO_RCVBUF", 8,
        "SO_RCVLOWAT", 18, "SO_RCVTIMEO", 20, "SO_REUSEADDR", 2, "SO_REUSEPORT", 15, "SO_SNDBUF", 7,
        "SO_SNDLOWAT", 19, "SO_SNDTIMEO", 21, "SO_TYPE", 3, "SO_VM_SOCKETS_BUFFER_MAX_SIZE", 2,
        "SO_VM_SOCKETS_BUFFER_MIN_SIZE", 1, "SO_VM_SOCKETS_BUFFER_SIZE", 0, "TCP_CC_INFO", 26, "TCP_CONGESTION", 13,
        "TCP_CORK", 3, "TCP_DEFER_ACCEPT", 9, "TCP_FASTOPEN", 23, "TCP_FASTOPEN_CONNECT", 30,
        "TCP_FASTOPEN_KEY", 33, "TCP_FASTOPEN_NO_COOKIE", 34, "TCP_INFO", 11, "TCP_INQ", 36, "TCP_KEEPCNT", 6,
        "TCP_KEEPIDLE", 4, "TCP_KEEPINTVL", 5, "TCP_LINGER2", 8, "TCP_MAXSEG", 2, "TCP_MD5SIG", 14,
        "TCP_MD5SIG_EXT", 32, "TCP_NODELAY", 1, "TCP_NOTSENT_LOWAT", 25, "TCP_QUEUE_SEQ", 21, "TCP_QUICKACK", 12,
        "TCP_REPAIR", 19, "TCP_REPAIR_OPTIONS", 22, "TCP_REPAIR_QUEUE", 20, "TCP_REPAIR_WINDOW", 29,
        "TCP_SAVED_SYN", 28, "TCP_SAVE_SYN", 27, "TCP_SYNCNT", 7, "TCP_THIN_DUPACK", 17,
        "TCP_THIN_LINEAR_TIMEOUTS", 16, "TCP_TIMESTAMP", 24, "TCP_TX_DELAY", 37, "TCP_ULP", 31,
        "TCP_USER_TIMEOUT", 18, "TCP_WINDOW_CLAMP", 10, "TCP_ZEROCOPY_RECEIVE", 35,
    };

    static double defaultTimeout = -1;

    public static PyModule create() {
        defaultTimeout = -1;
        PyModule m = new PyModule("_socket");
        m.addFunctions(SocketModule.class);
        m.addFunctions(Interfaces.class);
        PyDict d = m.getDict();
        d.setStr("__doc__", PyStr.of("Implementation module for socket operations.\n\nSee the socket module for documentation."));
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            d.setStr((String) CONSTANTS[i], PyInt.of(((Number) CONSTANTS[i + 1]).longValue()));
        }
        d.setStr("has_ipv6", PyBool.TRUE);
        d.setStr("error", PyExc.OSError);
        d.setStr("timeout", PyExc.TimeoutError);
        d.setStr("herror", exceptionClass("herror"));
        d.setStr("gaierror", exceptionClass("gaierror"));
        d.setStr("socket", PySocket.TYPE);
        d.setStr("SocketType", PySocket.TYPE);
        return m;
    }

    private static PyObject exceptionClass(String name) {
        PyDict ns = new PyDict();
        ns.setStr("__module__", PyStr.of("socket"));
        return Abstract.call(PyType.TYPE, PyStr.of(name), PyTuple.of(PyExc.OSError), ns);
    }

    static PyBaseException gaierror(long code, String msg) {
        PyType t = (PyType) PyRuntime.builtinModule("_socket").getDict().getStr("gaierror");
        return PyErr.of(t, PyInt.of(code), PyStr.of(msg));
    }

    @ExposedMethod
    static PyObject getdefaulttimeout() {
        return defaultTimeout < 0 ? PyNone.NONE : PyFloat.of(defaultTimeout);
    }

    /** setdefaulttimeout(timeout): None or a non-negative number of seconds. */
    @ExposedMethod
    static void setdefaulttimeout(PyObject timeout) {
        defaultTimeout = parseTimeout(timeout);
    }

    /** A timeout in seconds, -1 for None. Compare socketmodule.c: socket_parse_timeout. */
    static double parseTimeout(PyObject timeout) {
        if (timeout == PyNone.NONE) {
            return -1;
        }
        if (!(timeout instanceof PyInt) && !(timeout instanceof PyFloat)
            && Abstract.lookupAttr(timeout, "__float__") == null && Abstract.lookupAttr(timeout, "__index__") == null) {
            throw PyErr.typeError("'" + timeout.type().getName() + "' object cannot be interpreted as an integer");
        }
        double t = Abstract.toDouble(timeout);
        if (Double.isNaN(t)) {
            throw PyErr.valueError("Invalid value NaN (not a number)");
        }
        if (t < 0) {
            throw PyErr.valueError("Timeout value out of range");
        }
        return t;
    }

    /**
     * sethostname(name): the kernel's sethostname(2) (EPERM without CAP_SYS_ADMIN), the name
     * bytes or a str/os.PathLike in the file system encoding. Compare socketmodule.c:
     * socket_sethostname.
     */
    @ExposedMethod
    static void sethostname(PyObject name) {
        byte[] b = name instanceof PyBytes pb ? pb.bytes() : org.pyvm.modules.posix.Fs.fsConvert(name);
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("socket.sethostname", new PyBytes(b));
        }
        org.pyvm.modules.posix.Libc.Result r = SockNative.sethostname(b);
        if (r.value() < 0) {
            throw org.pyvm.modules.posix.OsErrors.of(r.errno());
        }
    }

    @ExposedMethod
    static PyObject gethostname() {
        if (org.pyvm.runtime.Audit.on()) {
            org.pyvm.runtime.Audit.event("socket.gethostname");
        }
        try {
            return PyStr.of(Files.readString(Path.of("/proc/sys/kernel/hostname")).strip());
        } catch (java.io.IOException | RuntimeException e) {
            try {
                return PyStr.of(InetAddress.getLocalHost().getHostName());
            } catch (UnknownHostException u) {
                throw PyErr.of(PyExc.OSError, PyStr.of(u.getMessage()));
            }
        }
    }

    /** gethostbyname(name): the first IPv4 address of NAME. */
    @ExposedMethod
    static PyObject gethostbyname(PyObject name) {
        String host = Abstract.strArg(name, "gethostbyname");
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (a instanceof Inet4Address) {
                    return PyStr.of(a.getHostAddress());
                }
            }
        } catch (UnknownHostException e) {
            // Below: as glibc's EAI_NONAME.
        } catch (SecurityException e) {
            throw PyErr.of(PyExc.OSError, PyStr.of(e.getMessage()));
        }
        throw gaierror(-2, "Name or service not known");
    }

    private static long unsigned(PyObject x, String fn, int bits) {
        PyInt v = Abstract.index(x);
        if (v.signum() < 0) {
            throw PyErr.overflowError(fn + ": can't convert negative Python int to C " + bits + "-bit unsigned integer");
        }
        if (v.bigValue().bitLength() > bits) {
            throw PyErr.overflowError(bits == 16 ? fn + ": Python int too large to convert to C 16-bit unsigned integer"
                : "int larger than 32 bits");
        }
        return v.longValue();
    }

    /** sizeof(struct cmsghdr) on Linux x86-64: a size_t length and two ints, 8-aligned. */
    private static final long CMSG_HDR = 16;
    /** socketmodule.c's SOCKLEN_T_LIMIT: the largest ancillary length it passes on (INT_MAX). */
    private static final long SOCKLEN_T_LIMIT = 0x7fffffffL;

    /**
     * CMSG_LEN(length): the length of an ancillary data item with LENGTH bytes of data,
     * without trailing padding, as sendmsg/recvmsg lay items out ({@link Cmsg}). Compare socketmodule.c:
     * socket_CMSG_LEN, get_CMSG_LEN.
     */
    @ExposedMethod
    static long CMSG_LEN(PyObject length) {
        long n = Abstract.ssizeArg(length);
        if (n < 0 || n > SOCKLEN_T_LIMIT - CMSG_HDR) {
            throw PyErr.overflowError("CMSG_LEN() argument out of range");
        }
        return CMSG_HDR + n;
    }

    /**
     * CMSG_SPACE(length): the buffer space such an item takes, with the padding before the
     * next one (data rounded up to 8). Compare socketmodule.c: socket_CMSG_SPACE,
     * get_CMSG_SPACE, which bounds LENGTH by CMSG_SPACE(1) to count padding on both sides.
     */
    @ExposedMethod
    static long CMSG_SPACE(PyObject length) {
        long n = Abstract.ssizeArg(length);
        if (n < 0 || n > SOCKLEN_T_LIMIT - (CMSG_HDR + 8)) {
            throw PyErr.overflowError("CMSG_SPACE() argument out of range");
        }
        return CMSG_HDR + ((n + 7) & ~7L);
    }

    @ExposedMethod
    static long htons(PyObject x) {
        return Short.reverseBytes((short) unsigned(x, "htons", 16)) & 0xffff;
    }

    @ExposedMethod
    static long ntohs(PyObject x) {
        return Short.reverseBytes((short) unsigned(x, "ntohs", 16)) & 0xffff;
    }

    @ExposedMethod
    static long htonl(PyObject x) {
        return Integer.reverseBytes((int) unsigned(x, "htonl", 32)) & 0xffffffffL;
    }

    @ExposedMethod
    static long ntohl(PyObject x) {
        return Integer.reverseBytes((int) unsigned(x, "ntohl", 32)) & 0xffffffffL;
    }

    /** inet_aton(string): the 4 packed bytes, with the forms glibc's inet_aton accepts (a, a.b, a.b.c, a.b.c.d). */
    @ExposedMethod
    static PyObject inet_aton(PyObject s) {
        long[] v = Inet.aton(Abstract.strArg(s, "inet_aton"));
        if (v == null) {
            throw PyErr.of(PyExc.OSError, PyStr.of("illegal IP address string passed to inet_aton"));
        }
        return new PyBytes(Inet.pack4(v[0]));
    }

    @ExposedMethod
    static PyObject inet_ntoa(PyObject packed) {
        byte[] b = Inet.bytes(packed, "inet_ntoa");
        if (b.length != 4) {
            throw PyErr.of(PyExc.OSError, PyStr.of("packed IP wrong length for inet_ntoa"));
        }
        return PyStr.of(Inet.ntoa4(b));
    }

    @ExposedMethod
    static PyObject inet_pton(PyObject af, PyObject s) {
        long family = Abstract.index(af).longValue();
        String text = Abstract.strArg(s, "inet_pton");
        byte[] out = family == 2 ? Inet.pton4(text) : family == 10 ? Inet.pton6(text) : null;
        if (family != 2 && family != 10) {
            throw PyErr.of(PyExc.OSError, PyInt.of(97), PyStr.of("Address family not supported by protocol"));
        }
        if (out == null) {
            throw PyErr.of(PyExc.OSError, PyStr.of("illegal IP address string passed to inet_pton"));
        }
        return new PyBytes(out);
    }

    @ExposedMethod
    static PyObject inet_ntop(PyObject af, PyObject packed) {
        long family = Abstract.index(af).longValue();
        byte[] b = Inet.bytes(packed, "inet_ntop");
        if (family == 2) {
            if (b.length != 4) {
                throw PyErr.valueError("invalid length of packed IP address string");
            }
            return PyStr.of(Inet.ntoa4(b));
        }
        if (family == 10) {
            if (b.length != 16) {
                throw PyErr.valueError("invalid length of packed IP address string");
            }
            return PyStr.of(Inet.ntop6(b));
        }
        throw PyErr.valueError("unknown address family " + family);
    }

    @ExposedMethod
    static PyObject getaddrinfo(PyObject[] args, String[] kw) {
        return NameService.getaddrinfo(args, kw);
    }

    /** socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0): two connected sockets. */
    @ExposedMethod
    static PyObject socketpair(PyObject[] args, String[] kw) {
        return NameService.socketpair(args, kw);
    }

    /** dup(fd): a new descriptor of the same socket. */
    @ExposedMethod
    static long dup(PyObject fd) {
        return org.pyvm.modules.posix.FdTable.dup((int) Abstract.index(fd).longValue());
    }

    /** close(fd): closes a socket descriptor. */
    @ExposedMethod
    static void close(PyObject fd) {
        org.pyvm.modules.posix.FdTable.close((int) Abstract.index(fd).longValue());
    }

    @ExposedMethod
    static PyObject getnameinfo(PyObject[] args, String[] kw) {
        return Services.getnameinfo(args, kw);
    }

    /** gethostbyaddr(ip_or_name): (hostname, aliases, addresses) by a reverse lookup. */
    @ExposedMethod
    static PyObject gethostbyaddr(PyObject name) {
        String host = Abstract.strArg(name, "gethostbyaddr");
        InetAddress a = SockAddr.resolve(host, host.indexOf(':') >= 0 ? 10 : 2);
        String canon = a.getCanonicalHostName();
        String text = SockAddr.text(a);
        if (canon.equals(text) || canon.equals(a.getHostAddress())) {
            PyType t = (PyType) PyRuntime.builtinModule("_socket").getDict().getStr("herror");
            throw PyErr.of(t, PyInt.of(1), PyStr.of("Unknown host"));
        }
        return PyTuple.of(PyStr.of(canon), new org.pyvm.runtime.PyList(), new org.pyvm.runtime.PyList(new PyObject[] {PyStr.of(text)}));
    }

    @ExposedMethod
    static PyObject gethostbyname_ex(PyObject[] args, String[] kw) {
        return Services.gethostbyname_ex(args, kw);
    }

    @ExposedMethod
    static PyObject getservbyname(PyObject[] args, String[] kw) {
        return Services.getservbyname(args, kw);
    }

    @ExposedMethod
    static PyObject getservbyport(PyObject[] args, String[] kw) {
        return Services.getservbyport(args, kw);
    }

    @ExposedMethod
    static PyObject getprotobyname(PyObject[] args, String[] kw) {
        return Services.getprotobyname(args, kw);
    }
}
