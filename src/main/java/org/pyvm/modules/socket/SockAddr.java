package org.pyvm.modules.socket;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import org.pyvm.runtime.Abstract;
import org.pyvm.runtime.PyByteArray;
import org.pyvm.runtime.PyBytes;
import org.pyvm.runtime.PyErr;
import org.pyvm.runtime.PyInt;
import org.pyvm.runtime.PyNone;
import org.pyvm.runtime.PyObject;
import org.pyvm.runtime.PyStr;
import org.pyvm.runtime.PyTuple;

/**
 * Socket addresses between Python's forms ((host, port) for AF_INET, (host, port,
 * flowinfo, scope_id) for AF_INET6, a path for AF_UNIX) and Java's.
 * Compare CPython Modules/socketmodule.c: getsockaddrarg, makesockaddr, setipaddr.
 */
final class SockAddr {

    private SockAddr() {}

    /**
     * The relative AF_UNIX paths given to bind or connect that pyvm had to make absolute (see
     * parse), by the absolute path: getsockname/getpeername answer with the name as given,
     * as Linux does.
     */
    private static final java.util.Map<java.nio.file.Path, String> BOUND_AS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The Java address for Python's ADDR of FAMILY, for the call named CALLER (bind, connect...). */
    static SocketAddress parse(int family, PyObject addr, String caller) {
        if (family == SockChannel.AF_UNIX) {
            // Compare socketmodule.c: getsockaddrarg (AF_UNIX): a str is encoded with the
            // file system encoding (UTF-8, surrogateescape), a bytes-like object taken as is.
            byte[] raw;
            if (addr instanceof PyStr s) {
                raw = org.pyvm.modules.posix.Fs.encode(s.toString());
            } else if (addr instanceof PyBytes || addr instanceof PyByteArray
                || addr instanceof org.pyvm.runtime.BufferExporter || addr instanceof org.pyvm.runtime.PyMemoryView) {
                raw = org.pyvm.modules.io.IOBase.bytesLike(addr);
            } else {
                throw PyErr.typeError("a bytes-like object is required, not '" + addr.type().getName() + "'");
            }
            if (raw.length > 108) {
                throw PyErr.of(org.pyvm.runtime.PyExc.OSError, PyStr.of("AF_UNIX path too long"));
            }
            if (raw.length == 0 || raw[0] == 0) {
                // Linux's abstract namespace (and '', autobind there): the JDK's
                // UnixDomainSocketAddress names files only, so the kernel is asked directly.
                if (!SockNative.canMark()) {
                    throw unsupported("AF_UNIX abstract namespace addresses");
                }
                return new KernelName(raw);
            }
            String path = org.pyvm.modules.posix.Fs.decode(raw);
            try {
                java.nio.file.Path p = java.nio.file.Path.of(path);
                if (!path.isEmpty() && !p.isAbsolute()) {
                    // The kernel resolves a relative path against the process's working
                    // directory; the JVM's is not pyvm's (os.chdir moves only pyvm's).
                    java.nio.file.Path abs = org.pyvm.modules.posix.Fs.cwd().resolve(p);
                    if (!abs.equals(java.nio.file.Path.of("").toAbsolutePath().resolve(p))) {
                        BOUND_AS.put(abs, path);
                        return UnixDomainSocketAddress.of(abs);
                    }
                }
                return UnixDomainSocketAddress.of(path);
            } catch (java.nio.file.InvalidPathException e) {
                // A NUL inside, or bytes that are not UTF-8 (the JVM names files in UTF-8):
                // the kernel takes the bytes (up to a NUL, as C's string ends there).
                if (!SockNative.canMark()) {
                    throw unsupported("an AF_UNIX path with a NUL byte or bytes that are not UTF-8");
                }
                if (raw[0] != '/' && !org.pyvm.modules.posix.Fs.cwd().equals(java.nio.file.Path.of("").toAbsolutePath())) {
                    // Relative to pyvm's working directory, which the kernel does not know.
                    byte[] dir = org.pyvm.modules.posix.Fs.bytes(org.pyvm.modules.posix.Fs.cwd());
                    byte[] abs = java.util.Arrays.copyOf(dir, dir.length + 1 + raw.length);
                    abs[dir.length] = '/';
                    System.arraycopy(raw, 0, abs, dir.length + 1, raw.length);
                    raw = abs;
                }
                return new KernelName(java.util.Arrays.copyOf(raw, raw.length + 1));
            }
        }
        String fam = family == SockChannel.AF_INET6 ? "AF_INET6" : "AF_INET";
        if (!(addr instanceof PyTuple t)) {
            throw PyErr.typeError(caller + "(): " + fam + " address must be tuple, not " + addr.type().getName());
        }
        int max = family == SockChannel.AF_INET6 ? 4 : 2;
        if (t.size() < 2 || t.size() > max) {
            throw PyErr.typeError(family == SockChannel.AF_INET6
                ? "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                : "AF_INET address must be a pair (host, port)");
        }
        PyObject h = t.get(0);
        String host;
        if (h instanceof PyStr s) {
            host = s.toString();
        } else if (h instanceof PyBytes b) {
            host = new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw PyErr.typeError("str, bytes or bytearray expected, not " + h.type().getName());
        }
        if (!(t.get(1) instanceof PyInt)) {
            throw PyErr.typeError("'" + t.get(1).type().getName() + "' object cannot be interpreted as an integer");
        }
        PyInt p = (PyInt) t.get(1);
        if (p.isBig() || p.longValue() < 0 || p.longValue() > 65535) {
            throw PyErr.overflowError(caller + "(): port must be 0-65535.");
        }
        if (t.size() > 2) {
            // flowinfo and scope_id are C unsigned ints ("I": masked to 32 bits); the JVM
            // cannot set a flow label, so only the range is checked. Compare getsockaddrarg.
            long flow = Abstract.index(t.get(2)).bigValue().longValue() & 0xffffffffL;
            if (flow > 0xfffffL) {
                throw PyErr.overflowError(caller + "(): flowinfo must be 0-1048575.");
            }
            if (t.size() > 3) {
                Abstract.index(t.get(3));
            }
        }
        return new InetSocketAddress(resolve(host, family), (int) p.longValue());
    }

    /**
     * An AF_UNIX address java.net.UnixDomainSocketAddress cannot hold, bound and connected
     * through the kernel ({@link SockNative}): a name in Linux's abstract namespace (a NUL
     * first), '' (bind: the kernel picks an abstract name), or a path whose bytes are not
     * UTF-8 (RAW then ends with the NUL that CPython's getsockaddrarg adds).
     */
    static final class KernelName extends SocketAddress {
        final byte[] raw;

        KernelName(byte[] raw) {
            this.raw = raw;
        }

        /** struct sockaddr_un of this name: the family and the name's bytes, no NUL added. */
        byte[] sockaddr() {
            byte[] b = new byte[2 + raw.length];
            java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.nativeOrder()).putShort((short) SockChannel.AF_UNIX);
            System.arraycopy(raw, 0, b, 2, raw.length);
            return b;
        }
    }

    /** setipaddr: '' is any address, '<broadcast>' the broadcast one, else a number or a name. */
    static InetAddress resolve(String host, int family) {
        try {
            if (host.isEmpty()) {
                return InetAddress.getByAddress(family == SockChannel.AF_INET6 ? new byte[16] : new byte[4]);
            }
            if (host.equals("<broadcast>") || host.equals("255.255.255.255")) {
                return InetAddress.getByAddress(new byte[] {-1, -1, -1, -1});
            }
            byte[] n4 = Inet.pton4(host);
            if (n4 != null) {
                return InetAddress.getByAddress(n4);
            }
            byte[] n6 = host.indexOf(':') >= 0 ? Inet.pton6(host) : null;
            if (n6 != null) {
                return InetAddress.getByAddress(n6);
            }
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (family == SockChannel.AF_INET6 ? a instanceof Inet6Address : a instanceof Inet4Address) {
                    return a;
                }
            }
        } catch (UnknownHostException | SecurityException e) {
            // below, as glibc's EAI_NONAME
        }
        throw SocketModule.gaierror(-2, "Name or service not known");
    }

    /** The text form of an address, as inet_ntop writes it. */
    static String text(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 4 ? Inet.ntoa4(b) : Inet.ntop6(b);
    }

    /** Python's form of a Java address of FAMILY (None when there is none). */
    static PyObject make(int family, SocketAddress sa) {
        if (sa == null) {
            return family == SockChannel.AF_UNIX ? PyStr.of("") : PyNone.NONE;
        }
        if (sa instanceof UnixDomainSocketAddress u) {
            String relative = BOUND_AS.get(u.getPath());
            return PyStr.of(relative != null ? relative : u.getPath().toString());
        }
        InetSocketAddress in = (InetSocketAddress) sa;
        InetAddress a = in.getAddress();
        if (family == SockChannel.AF_INET6) {
            long scope = a instanceof Inet6Address a6 ? a6.getScopeId() : 0;
            return PyTuple.of(PyStr.of(text(a)), PyInt.of(in.getPort()), PyInt.ZERO, PyInt.of(scope));
        }
        return PyTuple.of(PyStr.of(text(a)), PyInt.of(in.getPort()));
    }

    /** OSError(EOPNOTSUPP) for an address form the JDK cannot express, saying so. */
    private static org.pyvm.runtime.PyBaseException unsupported(String what) {
        return PyErr.of(org.pyvm.runtime.PyExc.OSError, org.pyvm.runtime.PyInt.of(95),
            PyStr.of("pyvm: " + what + " are not supported by the JDK"));
    }

    /** An unbound socket's address: 0.0.0.0 port 0, :: port 0, or '' for AF_UNIX. */
    static PyObject unbound(int family) {
        if (family == SockChannel.AF_UNIX) {
            return PyStr.of("");
        }
        if (family == SockChannel.AF_INET6) {
            return PyTuple.of(PyStr.of("::"), PyInt.ZERO, PyInt.ZERO, PyInt.ZERO);
        }
        return PyTuple.of(PyStr.of("0.0.0.0"), PyInt.ZERO);
    }

    static int port(PyObject p) {
        return (int) Abstract.index(p).longValue();
    }
}
