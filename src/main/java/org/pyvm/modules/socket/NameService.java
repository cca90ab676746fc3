package org.pyvm.modules.socket;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.modules.corelib.Args;
import org.pyvm.modules.posix.OsErrors;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * getaddrinfo over the JVM's resolver (numeric hosts and ports without it), and
 * socketpair over an AF_UNIX listener in a private temporary directory.
 * Compare CPython Modules/socketmodule.c: socket_getaddrinfo, socket_socketpair.
 */
final class NameService {

    private NameService() {}

    private static final int AI_PASSIVE = 1, SOCK_RAW = 3;

    /**
     * The port glibc's getaddrinfo reads from a numeric service text, or -1 when it takes
     * the text for a service name: strtoul's syntax (leading blanks, a sign, decimal
     * digits, the whole text; ULONG_MAX on overflow) stored into an int, refused when
     * negative, then cut to 16 bits. So "70000" is port 4464 and "-1" or 2**32-1 a name.
     * Compare glibc sysdeps/posix/getaddrinfo.c: gaih_inet_serv and its caller.
     */
    static int numericService(String t) {
        if (t.isEmpty()) {
            return 0;
        }
        int i = 0;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) >= '\t' && t.charAt(i) <= '\r')) {
            i++;
        }
        boolean neg = false;
        if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            neg = t.charAt(i) == '-';
            i++;
        }
        int digits = i;
        long v = 0;
        boolean overflow = false;
        for (; i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9'; i++) {
            long d = t.charAt(i) - '0';
            if (Long.compareUnsigned(v, Long.divideUnsigned(-1L - d, 10)) > 0) {
                overflow = true;
            }
            v = v * 10 + d;
        }
        if (i == digits || i != t.length()) {
            return -1;
        }
        if (overflow) {
            v = -1L;
        } else if (neg) {
            v = -v;
        }
        int n = (int) v;
        return n < 0 ? -1 : n & 0xffff;
    }

    /** HOST without a "%scope" suffix. */
    private static String scopeless(String host) {
        int pct = host.indexOf('%');
        return pct < 0 ? host : host.substring(0, pct);
    }

    /**
     * The scope of numeric IPv6 address RAW's "%scope" suffix: an interface's name (for a
     * link-local unicast, node-local or link-local multicast address), else a number; anything
     * else is EAI_NONAME. Compare glibc inet/inet6_scopeid_pton.c.
     */
    private static int scopeId(byte[] raw, String scope) {
        boolean named = (raw[0] & 0xff) == 0xfe && (raw[1] & 0xc0) == 0x80
            || (raw[0] & 0xff) == 0xff && ((raw[1] & 0x0f) == 0x01 || (raw[1] & 0x0f) == 0x02);
        int index = named && !scope.isEmpty() ? Interfaces.indexOf(scope) : 0;
        if (index != 0) {
            return index;
        }
        try {
            long n = Long.parseLong(scope);
            if (n >= 0 && n <= 0xffffffffL && Character.isDigit(scope.charAt(0))) {
                return (int) n;
            }
        } catch (NumberFormatException e) {
            // not a number either
        }
        throw SocketModule.gaierror(-2, "Name or service not known");
    }

    static PyObject getaddrinfo(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("getaddrinfo", args, kw, 2, 6, "host", "port", "family", "type", "proto", "flags");
        int family = a[2] == null ? 0 : (int) Abstract.index(a[2]).longValue();
        int type = a[3] == null ? 0 : (int) Abstract.index(a[3]).longValue();
        int proto = a[4] == null ? 0 : (int) Abstract.index(a[4]).longValue();
        int flags = a[5] == null ? 0 : (int) Abstract.index(a[5]).longValue();
        String host = null;
        if (a[0] instanceof PyStr s) {
            host = s.toString();
        } else if (a[0] instanceof PyBytes b) {
            host = new String(b.bytes(), java.nio.charset.StandardCharsets.US_ASCII);
        } else if (a[0] != PyNone.NONE) {
            throw PyErr.typeError("getaddrinfo() argument 1 must be string or None");
        }
        int port;
        String service = null;
        PyObject p = a[1];
        if (p instanceof PyInt && p.type() == PyInt.TYPE || p instanceof PyStr || p instanceof PyBytes) {
            // An int goes to getaddrinfo(3) as its decimal text, as CPython 3.12 passes it
            // (so a huge one is a bad service name, not an OverflowError); a str is UTF-8
            // encoded strictly (a lone surrogate raises UnicodeEncodeError).
            String t = p instanceof PyInt pi ? pi.bigValue().toString() : p instanceof PyStr ps
                ? new String(org.pyvm.runtime.codecs.Utf8.encode(ps, "strict"), java.nio.charset.StandardCharsets.UTF_8)
                : new String(((PyBytes) p).bytes(), java.nio.charset.StandardCharsets.US_ASCII);
            port = numericService(t);
            if (port < 0) {
                // A service name: its port for each socket type whose protocol has it.
                service = t;
            }
        } else if (p == PyNone.NONE) {
            port = 0;
            if (host == null) {
                throw SocketModule.gaierror(-2, "Name or service not known");
            }
        } else {
            throw PyErr.of(PyExc.OSError, PyStr.of("Int or String expected"));
        }
        if (family != 0 && family != SockChannel.AF_INET && family != SockChannel.AF_INET6) {
            throw SocketModule.gaierror(-6, "ai_family not supported");
        }
        List<InetAddress> addrs = new ArrayList<>();
        try {
            if (host == null) {
                boolean passive = (flags & AI_PASSIVE) != 0;
                if (family != SockChannel.AF_INET) {
                    addrs.add(InetAddress.getByAddress(passive ? new byte[16] : Inet.pton6("::1")));
                }
                if (family != SockChannel.AF_INET6) {
                    addrs.add(InetAddress.getByAddress(passive ? new byte[4] : new byte[] {127, 0, 0, 1}));
                }
            } else if (Inet.pton4(host) != null) {
                if (family == SockChannel.AF_INET6) {
                    throw SocketModule.gaierror(-9, "Address family for hostname not supported");
                }
                addrs.add(InetAddress.getByAddress(Inet.pton4(host)));
            } else if (host.indexOf(':') >= 0 && Inet.pton6(scopeless(host)) != null) {
                if (family == SockChannel.AF_INET) {
                    throw SocketModule.gaierror(-9, "Address family for hostname not supported");
                }
                byte[] raw = Inet.pton6(scopeless(host));
                int pct = host.indexOf('%');
                addrs.add(pct < 0 ? InetAddress.getByAddress(raw)
                    : java.net.Inet6Address.getByAddress(null, raw, scopeId(raw, host.substring(pct + 1))));
            } else {
                for (InetAddress x : InetAddress.getAllByName(host)) {
                    if (family == 0 || (family == SockChannel.AF_INET) == (x instanceof Inet4Address)) {
                        addrs.add(x);
                    }
                }
            }
        } catch (UnknownHostException e) {
            throw SocketModule.gaierror(-2, "Name or service not known");
        }
        if (addrs.isEmpty()) {
            throw SocketModule.gaierror(-5, "No address associated with hostname");
        }
        int[] types = type == 0 ? new int[] {SockChannel.SOCK_STREAM, SockChannel.SOCK_DGRAM, SOCK_RAW}
            : new int[] {type};
        int[] ports = new int[types.length];
        boolean any = false;
        for (int i = 0; i < types.length; i++) {
            ports[i] = service == null ? port : types[i] == SockChannel.SOCK_STREAM ? Services.port(service, "tcp")
                : types[i] == SockChannel.SOCK_DGRAM ? Services.port(service, "udp") : -1;
            any |= ports[i] >= 0;
        }
        if (!any) {
            throw SocketModule.gaierror(-8, "Servname not supported for ai_socktype");
        }
        PyList out = new PyList();
        for (InetAddress x : addrs) {
            int fam = x instanceof Inet6Address ? SockChannel.AF_INET6 : SockChannel.AF_INET;
            for (int i = 0; i < types.length; i++) {
                int t = types[i];
                if (ports[i] < 0) {
                    continue;
                }
                int pr = proto != 0 ? proto : t == SockChannel.SOCK_STREAM ? 6 : t == SockChannel.SOCK_DGRAM ? 17 : 0;
                PyObject sa = SockAddr.make(fam, new java.net.InetSocketAddress(x, ports[i]));
                out.append(PyTuple.of(PyInt.of(fam), PyInt.of(t), PyInt.of(pr), PyStr.of(""), sa));
            }
        }
        return out;
    }

    static PyObject socketpair(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("socketpair", args, kw, 0, 3, "family", "type", "proto");
        int family = a[0] == null ? SockChannel.AF_UNIX : (int) Abstract.index(a[0]).longValue();
        int type = a[1] == null ? SockChannel.SOCK_STREAM : (int) Abstract.index(a[1]).longValue();
        int proto = a[2] == null ? 0 : (int) Abstract.index(a[2]).longValue();
        if (family != SockChannel.AF_UNIX) {
            throw OsErrors.of(95);
        }
        if (SockChannel.kernelType(type) && SockNative.usable()) {
            // The kernel's socketpair(2): a datagram or seqpacket pair is two kernel sockets (SockChannel.kernel).
            int[] fds = new int[2];
            org.pyvm.modules.posix.Libc.Result r = SockNative.socketpair(family, type | 2048 | 524288, proto, fds);
            if (r.value() < 0) {
                throw OsErrors.of(r.errno());
            }
            return PyTuple.of(PySocket.wrap(SockChannel.ofKernel(fds[0], family, type, proto)),
                PySocket.wrap(SockChannel.ofKernel(fds[1], family, type, proto)));
        }
        if (type != SockChannel.SOCK_STREAM) {
            throw PyErr.of(PyExc.OSError, PyInt.of(93),
                PyStr.of("Protocol not supported (pyvm: only SOCK_STREAM socket pairs, and SOCK_DGRAM and "
                    + "SOCK_SEQPACKET ones with the C library)"));
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("pyvm-sp");
            UnixDomainSocketAddress addr = UnixDomainSocketAddress.of(dir.resolve("s"));
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(addr, 1);
                SocketChannel c1 = SocketChannel.open(addr);
                SocketChannel c2 = server.accept();
                PySocket s1 = PySocket.wrap(new SockChannel(family, type, proto, c1));
                PySocket s2 = PySocket.wrap(new SockChannel(family, type, proto, c2));
                return PyTuple.of(s1, s2);
            }
        } catch (IOException e) {
            throw OsErrors.from(e, null);
        } finally {
            if (dir != null) {
                try {
                    Files.deleteIfExists(dir.resolve("s"));
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // a temporary directory left behind
                }
            }
        }
    }
}
