package org.pyvm.modules.socket;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.modules.corelib.Args;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyExc;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyList;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * The services and protocols databases (/etc/services, /etc/protocols, read as glibc's
 * files backend does: first match wins, aliases count) and the functions over them:
 * getservbyname, getservbyport, getprotobyname, getnameinfo, gethostbyname_ex, and the
 * service names getaddrinfo accepts. Compare CPython Modules/socketmodule.c.
 */
final class Services {

    private Services() {}

    /** One line of /etc/services: name, port, protocol, aliases. */
    private record Service(String name, int port, String proto, List<String> aliases) {
        boolean named(String n) {
            return name.equals(n) || aliases.contains(n);
        }
    }

    private static volatile List<Service> services;

    private static List<String[]> lines(String file) {
        List<String[]> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of(file), StandardCharsets.ISO_8859_1)) {
                int hash = line.indexOf('#');
                String s = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (!s.isEmpty()) {
                    out.add(s.split("\\s+"));
                }
            }
        } catch (IOException e) {
            // No database: every lookup misses, as with an empty file.
        }
        return out;
    }

    private static List<Service> services() {
        List<Service> s = services;
        if (s == null) {
            s = new ArrayList<>();
            for (String[] f : lines("/etc/services")) {
                int slash = f.length < 2 ? -1 : f[1].indexOf('/');
                if (slash < 0) {
                    continue;
                }
                try {
                    int port = Integer.parseInt(f[1].substring(0, slash));
                    s.add(new Service(f[0], port, f[1].substring(slash + 1), List.of(f).subList(2, f.length)));
                } catch (NumberFormatException e) {
                    // a malformed line is skipped
                }
            }
            services = s;
        }
        return s;
    }

    /** The port of service NAME for PROTO (null: any), or -1. */
    static int port(String name, String proto) {
        for (Service s : services()) {
            if (s.named(name) && (proto == null || s.proto.equals(proto))) {
                return s.port;
            }
        }
        return -1;
    }

    private static String serviceName(int port, String proto) {
        for (Service s : services()) {
            if (s.port == port && (proto == null || s.proto.equals(proto))) {
                return s.name;
            }
        }
        return null;
    }

    private static String optProto(PyObject[] a, int i, String fn) {
        return a[i] == null ? null : Abstract.strArg(a[i], fn);
    }

    /** getservbyname(servicename[, protocolname]). */
    static PyObject getservbyname(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("getservbyname", args, kw, 1, 2, "servicename", "protocolname");
        int p = port(Abstract.strArg(a[0], "getservbyname"), optProto(a, 1, "getservbyname"));
        if (p < 0) {
            throw PyErr.of(PyExc.OSError, PyStr.of("service/proto not found"));
        }
        return PyInt.of(p);
    }

    /** getservbyport(port[, protocolname]). */
    static PyObject getservbyport(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("getservbyport", args, kw, 1, 2, "port", "protocolname");
        long port = Abstract.index(a[0]).longValue();
        if (port < 0 || port > 0xffff) {
            throw PyErr.overflowError("getservbyport: port must be 0-65535.");
        }
        String name = serviceName((int) port, optProto(a, 1, "getservbyport"));
        if (name == null) {
            throw PyErr.of(PyExc.OSError, PyStr.of("port/proto not found"));
        }
        return PyStr.of(name);
    }

    /** getprotobyname(name). */
    static PyObject getprotobyname(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("getprotobyname", args, kw, 1, 1, "name");
        String name = Abstract.strArg(a[0], "getprotobyname");
        for (String[] f : lines("/etc/protocols")) {
            if (f.length >= 2 && (f[0].equals(name) || List.of(f).subList(2, f.length).contains(name))) {
                try {
                    return PyInt.of(Integer.parseInt(f[1]));
                } catch (NumberFormatException e) {
                    // malformed
                }
            }
        }
        throw PyErr.of(PyExc.OSError, PyStr.of("protocol not found"));
    }

    private static final int NI_NUMERICHOST = 1, NI_NUMERICSERV = 2, NI_NOFQDN = 4, NI_NAMEREQD = 8, NI_DGRAM = 16;

    /**
     * getnameinfo(sockaddr, flags): the address must be numeric (CPython resolves it with
     * AI_NUMERICHOST first); the host is looked up in reverse unless NI_NUMERICHOST, the
     * port in the services database unless NI_NUMERICSERV. Compare socketmodule.c:
     * socket_getnameinfo.
     */
    /**
     * What glibc's getnameinfo appends to a numeric IPv6 host for scope id SCOPE: nothing for
     * 0; "%" and the interface's name for a link-local unicast or multicast address whose
     * interface exists; "%" and the number otherwise. Compare glibc inet/getnameinfo.c.
     */
    private static String scopeSuffix(byte[] raw, long scope) {
        if (scope == 0) {
            return "";
        }
        boolean linkLocal = (raw[0] & 0xff) == 0xfe && (raw[1] & 0xc0) == 0x80;
        boolean mcLinkLocal = (raw[0] & 0xff) == 0xff && (raw[1] & 0x0f) == 0x02;
        String name = linkLocal || mcLinkLocal ? Interfaces.nameOf(scope) : null;
        return "%" + (name != null ? name : Long.toString(scope));
    }

    static PyObject getnameinfo(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("getnameinfo", args, kw, 2, 2, "sockaddr", "flags");
        if (!(a[0] instanceof PyTuple t)) {
            throw PyErr.typeError("getnameinfo() argument 1 must be a tuple");
        }
        if (t.size() < 2 || t.size() > 4 || !(t.get(0) instanceof PyStr)) {
            throw PyErr.typeError("getnameinfo(): illegal sockaddr argument");
        }
        String host = t.get(0).toString();
        long portArg = Abstract.index(t.get(1)).longValue();
        int flags = (int) Abstract.index(a[1]).longValue();
        if (t.size() >= 3 && (Abstract.index(t.get(2)).longValue() & 0xffffffffL) > 0xfffff) {
            throw PyErr.overflowError("getnameinfo(): flowinfo must be 0-1048575.");
        }
        int port = (int) (portArg & 0xffff);
        byte[] raw = Inet.pton4(host);
        if (raw == null && host.indexOf(':') >= 0) {
            raw = Inet.pton6(host);
        }
        if (raw == null) {
            throw SocketModule.gaierror(-2, "Name or service not known");
        }
        if (raw.length == 4 && t.size() != 2) {
            throw PyErr.of(PyExc.OSError, PyStr.of("IPv4 sockaddr must be 2 tuple"));
        }
        String hostOut;
        String numeric = raw.length == 4 ? Inet.ntoa4(raw) : Inet.ntop6(raw);
        if (raw.length == 16 && t.size() == 4) {
            numeric += scopeSuffix(raw, Abstract.index(t.get(3)).longValue() & 0xffffffffL);
        }
        if ((flags & NI_NUMERICHOST) != 0) {
            hostOut = numeric;
        } else {
            String name = null;
            try {
                InetAddress ia = InetAddress.getByAddress(raw);
                String canon = ia.getCanonicalHostName();
                if (!canon.equals(ia.getHostAddress()) && !canon.equals(numeric)) {
                    name = canon;
                }
            } catch (IOException | SecurityException e) {
                name = null;
            }
            if (name == null && (flags & NI_NAMEREQD) != 0) {
                throw SocketModule.gaierror(-2, "Name or service not known");
            }
            if (name != null && (flags & NI_NOFQDN) != 0 && name.indexOf('.') > 0) {
                name = name.substring(0, name.indexOf('.'));
            }
            hostOut = name != null ? name : numeric;
        }
        String serv = (flags & NI_NUMERICSERV) != 0 ? null : serviceName(port, (flags & NI_DGRAM) != 0 ? "udp" : "tcp");
        return PyTuple.of(PyStr.of(hostOut), PyStr.of(serv != null ? serv : Integer.toString(port)));
    }

    /** gethostbyname_ex(hostname): (canonical name, aliases, IPv4 addresses). */
    static PyObject gethostbyname_ex(PyObject[] args, String[] kw) {
        PyObject[] a = Args.parse("gethostbyname_ex", args, kw, 1, 1, "hostname");
        String host = Abstract.strArg(a[0], "gethostbyname_ex");
        PyList addrs = new PyList();
        String canon = host;
        try {
            for (InetAddress x : InetAddress.getAllByName(host)) {
                if (x instanceof Inet4Address) {
                    addrs.append(PyStr.of(SockAddr.text(x)));
                    if (canon.equals(host) && Inet.pton4(host) == null) {
                        canon = x.getCanonicalHostName();
                        if (canon.equals(x.getHostAddress())) {
                            canon = host;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw SocketModule.gaierror(-2, "Name or service not known");
        }
        if (addrs.size() == 0) {
            throw SocketModule.gaierror(-5, "No address associated with hostname");
        }
        return PyTuple.of(PyStr.of(canon), new PyList(), addrs);
    }
}
