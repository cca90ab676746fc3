package org.pyvm.modules.socket;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.pyvm.modules.posix.FdTable;
import org.pyvm.modules.posix.PassedFds;
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
 * Ancillary data and socket addresses in the kernel's byte forms, for {@link SockNative}:
 * the control block sendmsg builds from (level, type, data) items, the (level, type, data)
 * tuples recvmsg makes of a received block, and struct sockaddr to and from Python's address
 * forms. SCM_RIGHTS data is translated between pyvm's descriptor numbers and the kernel's
 * ({@link PassedFds}; a received socket becomes one of pyvm's, {@link SockAdopt}), so a
 * program packs and unpacks the numbers os.* knows.
 * Compare CPython Modules/socketmodule.c: sock_sendmsg, sock_recvmsg_guts,
 * get_cmsg_data_len, makesockaddr, getsockaddrarg.
 */
final class Cmsg {

    private Cmsg() {}

    static final int SOL_SOCKET = 1, SCM_RIGHTS = 1, MSG_CMSG_CLOEXEC = 0x40000000;
    private static final long SOCKLEN_T_LIMIT = 0x7fffffffL;
    private static final int HDR = SockNative.CMSG_HDR;

    private static long align(long n) {
        return (n + 7) & ~7L;
    }

    /** One item to send: level, type and its data. */
    record Item(int level, int type, byte[] data) {}

    /**
     * The control block for ITEMS: each CMSG_SPACE(len) long, cmsg_len CMSG_LEN(len), zero
     * padding; with OSError "ancillary data item too large" / "too much ancillary data" as
     * CPython. SCM_RIGHTS items carry pyvm's numbers, replaced by the kernel's (a number that
     * is not open becomes -1, which the kernel refuses with EBADF as it would the number).
     */
    static byte[] build(List<Item> items) {
        long total = 0;
        for (Item it : items) {
            long len = it.data().length;
            if (len > SOCKLEN_T_LIMIT - (HDR + 8)) {
                throw PyErr.of(PyExc.OSError, PyStr.of("ancillary data item too large"));
            }
            total += HDR + align(len);
            if (total > SOCKLEN_T_LIMIT) {
                throw PyErr.of(PyExc.OSError, PyStr.of("too much ancillary data"));
            }
        }
        ByteBuffer b = ByteBuffer.allocate((int) total).order(ByteOrder.nativeOrder());
        int off = 0;
        for (Item it : items) {
            byte[] data = it.data();
            if (it.level() == SOL_SOCKET && it.type() == SCM_RIGHTS) {
                data = toKernel(data);
            }
            b.putLong(off, HDR + data.length);
            b.putInt(off + 8, it.level());
            b.putInt(off + 12, it.type());
            b.put(off + HDR, data);
            off += HDR + (int) align(data.length);
        }
        return b.array();
    }

    /** SCM_RIGHTS data: each whole int a pyvm number made the kernel's; a partial int stays as it is. */
    private static byte[] toKernel(byte[] data) {
        byte[] out = data.clone();
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.nativeOrder());
        for (int i = 0; i + 4 <= out.length; i += 4) {
            b.putInt(i, kernelFd(b.getInt(i)));
        }
        return out;
    }

    /** The kernel descriptor behind pyvm's FD: a socket's channel's, else the table's ({@link PassedFds}). */
    private static int kernelFd(int fd) {
        if (fd < 0) {
            return -1;
        }
        FdTable.Entry e;
        try {
            e = FdTable.get(fd);
        } catch (org.pyvm.runtime.PyBaseException ex) {
            return -1;
        }
        if (e.pollable instanceof SockChannel sc) {
            int k = sc.kernelFd();
            if (k < 0) {
                throw PyErr.of(PyExc.OSError, PyInt.of(95),
                    PyStr.of("pyvm: a socket that is not bound, connected or listening has no kernel socket to pass yet"));
            }
            return k;
        }
        return PassedFds.kernelFd(fd);
    }

    /**
     * recvmsg's list of (level, type, data) for the control block CONTROL, walked as glibc's
     * CMSG_FIRSTHDR/CMSG_NXTHDR and CPython's get_cmsg_data_len do: an item cut short is given
     * as far as it came, with RuntimeWarning "received malformed or improperly-truncated
     * ancillary data", and ends the list. Received SCM_RIGHTS descriptors enter pyvm's table
     * (inheritable unless FLAGS has MSG_CMSG_CLOEXEC) and their data names pyvm's numbers.
     */
    static PyList parse(byte[] control, int flags) {
        ByteBuffer b = ByteBuffer.wrap(control).order(ByteOrder.nativeOrder());
        long clen = control.length;
        long off = 0;
        java.util.List<Item> items = new java.util.ArrayList<>();
        boolean malformed = false;
        while (clen >= HDR && off + HDR <= clen) {
            long len = b.getLong((int) off);
            if (len < HDR) {
                malformed = true;
                break;
            }
            long want = len - HDR;
            long space = clen - (off + HDR);
            int dlen = (int) Math.min(want, space);
            byte[] data = new byte[dlen];
            b.get((int) off + HDR, data);
            items.add(new Item(b.getInt((int) off + 8), b.getInt((int) off + 12), data));
            if (space < want) {
                malformed = true;
                break;
            }
            // CMSG_NXTHDR: the next header must fit, and so must the data it announces.
            long next = off + align(len);
            if (next + HDR > clen || next + align(b.getLong((int) next)) > clen) {
                break;
            }
            off = next;
        }
        if (malformed) {
            try {
                Abstract.warn(PyExc.RuntimeWarning, "received malformed or improperly-truncated ancillary data");
            } catch (RuntimeException e) {
                // As CPython's err_closefds: the descriptors received are not leaked.
                closeRights(items);
                throw e;
            }
        }
        PyList out = new PyList();
        for (Item it : items) {
            byte[] data = it.data();
            if (it.level() == SOL_SOCKET && it.type() == SCM_RIGHTS) {
                ByteBuffer d = ByteBuffer.wrap(data).order(ByteOrder.nativeOrder());
                for (int i = 0; i + 4 <= data.length; i += 4) {
                    int k = d.getInt(i);
                    boolean inheritable = (flags & MSG_CMSG_CLOEXEC) == 0;
                    int n = SockAdopt.adopt(k, inheritable);
                    d.putInt(i, n >= 0 ? n : PassedFds.adopt(k, inheritable));
                }
            }
            out.append(PyTuple.of(PyInt.of(it.level()), PyInt.of(it.type()), new PyBytes(data)));
        }
        return out;
    }

    /** Closes the kernel descriptors of received SCM_RIGHTS ITEMS (a call failed after receiving them). */
    static void closeRights(List<Item> items) {
        for (Item it : items) {
            if (it.level() == SOL_SOCKET && it.type() == SCM_RIGHTS) {
                ByteBuffer d = ByteBuffer.wrap(it.data()).order(ByteOrder.nativeOrder());
                for (int i = 0; i + 4 <= it.data().length; i += 4) {
                    org.pyvm.modules.posix.Libc.close(d.getInt(i));
                }
            }
        }
    }

    // ---- struct sockaddr ----

    /**
     * sockaddr bytes for Python's ADDR on a socket of FAMILY (after SockAddr.parse has checked
     * it and made TO): sockaddr_in, sockaddr_in6 (an IPv4 address of an IPv6 socket as
     * ::ffff:a.b.c.d, flowinfo and scope_id as given) or sockaddr_un.
     */
    static byte[] sockaddr(int family, PyObject addr, SocketAddress to) {
        if (to instanceof SockAddr.KernelName ab) {
            return ab.sockaddr();
        }
        if (to instanceof UnixDomainSocketAddress u) {
            byte[] path = org.pyvm.modules.posix.Fs.bytes(u.getPath());
            ByteBuffer b = ByteBuffer.allocate(2 + path.length + 1).order(ByteOrder.nativeOrder());
            b.putShort((short) SockChannel.AF_UNIX);
            b.put(path);
            return b.array();
        }
        InetSocketAddress in = (InetSocketAddress) to;
        InetAddress a = in.getAddress();
        if (family == SockChannel.AF_INET6) {
            byte[] ip = a.getAddress();
            if (ip.length == 4) {
                byte[] m = new byte[16];
                m[10] = -1;
                m[11] = -1;
                System.arraycopy(ip, 0, m, 12, 4);
                ip = m;
            }
            long flow = 0;
            long scope = a instanceof Inet6Address a6 ? a6.getScopeId() : 0;
            if (addr instanceof PyTuple t) {
                if (t.size() > 2) {
                    flow = Abstract.index(t.get(2)).bigValue().longValue() & 0xfffffL;
                }
                if (t.size() > 3) {
                    scope = Abstract.index(t.get(3)).bigValue().longValue() & 0xffffffffL;
                }
            }
            ByteBuffer b = ByteBuffer.allocate(28).order(ByteOrder.nativeOrder());
            b.putShort((short) SockChannel.AF_INET6);
            b.order(ByteOrder.BIG_ENDIAN).putShort((short) in.getPort()).putInt((int) flow);
            b.put(ip);
            b.order(ByteOrder.nativeOrder()).putInt((int) scope);
            return b.array();
        }
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
        b.putShort((short) SockChannel.AF_INET);
        b.order(ByteOrder.BIG_ENDIAN).putShort((short) in.getPort());
        b.put(a instanceof Inet4Address ? a.getAddress() : new byte[4]);
        return b.array();
    }

    /** Python's form of received sockaddr bytes NAME (None when empty). Compare makesockaddr. */
    static PyObject address(byte[] name) {
        if (name.length < 2) {
            return PyNone.NONE;
        }
        ByteBuffer b = ByteBuffer.wrap(name).order(ByteOrder.nativeOrder());
        int family = b.getShort(0) & 0xffff;
        switch (family) {
            case SockChannel.AF_INET -> {
                if (name.length < 8) {
                    break;
                }
                int port = ((name[2] & 0xff) << 8) | (name[3] & 0xff);
                return PyTuple.of(PyStr.of(Inet.ntoa4(java.util.Arrays.copyOfRange(name, 4, 8))), PyInt.of(port));
            }
            case SockChannel.AF_INET6 -> {
                if (name.length < 28) {
                    break;
                }
                int port = ((name[2] & 0xff) << 8) | (name[3] & 0xff);
                long flow = b.order(ByteOrder.BIG_ENDIAN).getInt(4) & 0xffffffffL;
                long scope = b.order(ByteOrder.nativeOrder()).getInt(24) & 0xffffffffL;
                String host = Inet.ntop6(java.util.Arrays.copyOfRange(name, 8, 24));
                return PyTuple.of(PyStr.of(host), PyInt.of(port), PyInt.of(flow), PyInt.of(scope));
            }
            case SockChannel.AF_UNIX -> {
                byte[] path = java.util.Arrays.copyOfRange(name, 2, name.length);
                if (path.length > 0 && path[0] == 0) {
                    return new PyBytes(path); // Linux's abstract namespace
                }
                int end = 0;
                while (end < path.length && path[end] != 0) {
                    end++;
                }
                byte[] p = java.util.Arrays.copyOf(path, end);
                if (p.length == 0) {
                    return PyStr.of("");
                }
                String text = org.pyvm.modules.posix.Fs.decode(p);
                try {
                    // A relative name pyvm made absolute is given back as it was bound.
                    return SockAddr.make(SockChannel.AF_UNIX, UnixDomainSocketAddress.of(text));
                } catch (RuntimeException e) {
                    return PyStr.of(text);
                }
            }
            default -> {
                // below
            }
        }
        // Compare makesockaddr's default: (family, raw data).
        return PyTuple.of(PyInt.of(family), new PyBytes(java.util.Arrays.copyOfRange(name, 2, name.length)));
    }
}
