# sendmsg/recvmsg with ancillary data: SCM_RIGHTS over an AF_UNIX stream (files, pipes,
# truncation, MSG_CMSG_CLOEXEC, a bad descriptor), send_fds/recv_fds, recvmsg_into, IPv6
# hop limit and traffic class over UDP, and options the kernel answers (getsockopt buflen).
import array
import os
import socket
import tempfile


def files(n):
    fds = []
    for i in range(n):
        fd, path = tempfile.mkstemp()
        os.unlink(path)
        os.write(fd, b"file %d" % i)
        fds.append(fd)
    return fds


def numbers(anc):
    out = array.array("i")
    for level, kind, data in anc:
        print("  item", level, kind, len(data))
        out.frombytes(data[:len(data) - len(data) % 4])
    return list(out)


def show(fds):
    for fd in fds:
        os.lseek(fd, 0, os.SEEK_SET)
        print("  fd reads", os.read(fd, 20), os.get_inheritable(fd))
        os.close(fd)


a, b = socket.socketpair()
sent = files(3)
rights = [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", sent))]
print("sent", a.sendmsg([b"three ", b"files"], rights))
msg, anc, flags, addr = b.recvmsg(100, socket.CMSG_SPACE(3 * 4))
print(msg, flags, addr)
show(numbers(anc))

# Two items, received into the minimum space for both.
a.sendmsg([b"two"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [sent[0]])),
                     (socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [sent[1]]))])
msg, anc, flags, addr = b.recvmsg(10, socket.CMSG_SPACE(4) + socket.CMSG_LEN(4))
print(msg, flags & socket.MSG_CTRUNC)
show(numbers(anc))

# Room for one of two descriptors: MSG_CTRUNC, the one that fit.
a.sendmsg([b"cut"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", sent[:2]))])
msg, anc, flags, addr = b.recvmsg(10, socket.CMSG_LEN(4))
print(msg, flags & socket.MSG_CTRUNC == socket.MSG_CTRUNC)
show(numbers(anc))

# No room at all: the descriptors are dropped.
a.sendmsg([b"none"], rights)
print(b.recvmsg(10))

# MSG_CMSG_CLOEXEC: not inheritable.
a.sendmsg([b"cloexec"], rights)
msg, anc, flags, addr = b.recvmsg(10, 1024, socket.MSG_CMSG_CLOEXEC)
show(numbers(anc))

# recvmsg_into scatters the data and takes the descriptors too.
a.sendmsg([b"scattered"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [sent[2]]))])
bufs = [bytearray(4), bytearray(10)]
n, anc, flags, addr = b.recvmsg_into(bufs, 1024)
print(n, bufs, flags)
show(numbers(anc))

# A descriptor that is not open.
try:
    a.sendmsg([b"bad"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [-0x5555]))])
except OSError as e:
    print("bad fd:", type(e).__name__, e.errno)

# Pipes through send_fds/recv_fds.
r, w = os.pipe()
print("send_fds", socket.send_fds(a, [b"pipe"], [r, w]))
msg, fds, flags, addr = socket.recv_fds(b, 10, 4)
print(msg, len(fds), flags)
os.write(fds[1], b"through the copy")
print(os.read(r, 100))
os.write(w, b"and back")
print(os.read(fds[0], 100))
for fd in fds + [r, w] + sent:
    os.close(fd)
a.close()
b.close()

# Options the JDK has no SocketOption for, and getsockopt with a buffer length.
t = socket.socket()
t.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 77)
print("TCP_KEEPIDLE", t.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE))
t.bind(("127.0.0.1", 0))
t.listen()
print("after listen", t.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE))
print("SO_LINGER bytes", t.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8))
try:
    t.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 2000)
except OSError as e:
    print(e)
t.close()

# IPv6 hop limit and traffic class as ancillary data.
s6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s6.bind(("::1", 0))
c6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_RECVHOPLIMIT, 1)
s6.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_RECVTCLASS, 1)
print("RECVHOPLIMIT", s6.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_RECVHOPLIMIT))
c6.sendmsg([b"hops"], [(socket.IPPROTO_IPV6, socket.IPV6_HOPLIMIT, array.array("i", [7])),
                       (socket.IPPROTO_IPV6, socket.IPV6_TCLASS, array.array("i", [32]))], 0, s6.getsockname())
data, anc, flags, addr = s6.recvmsg(100, 1024)
print(data, sorted(anc), flags, addr[0], addr[1] == c6.getsockname()[1])
c6.close()
s6.close()

# Sockets passed as descriptors: the copies are sockets (listening, connected, datagram).
a, b = socket.socketpair()
srv = socket.create_server(("127.0.0.1", 0))
cli = socket.create_connection(srv.getsockname())
acc, _ = srv.accept()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
socket.send_fds(a, [b"s"], [srv.fileno(), cli.fileno(), u.fileno()])
m, fds, fl, ad = socket.recv_fds(b, 10, 3)
s2, c2, u2 = (socket.socket(fileno=fd) for fd in fds)
print(s2.family == socket.AF_INET, s2.type == socket.SOCK_STREAM, s2.getsockname() == srv.getsockname())
print(c2.getpeername() == cli.getpeername(), c2.getsockname() == cli.getsockname())
c2.sendall(b"from the copy")
print(acc.recv(100))
acc.sendall(b"to the copy")
print(c2.recv(100))
c3 = socket.create_connection(srv.getsockname())
x, _ = s2.accept()
c3.sendall(b"accepted by the copy")
print(x.recv(100))
print(u2.getsockname() == u.getsockname(), u2.type == socket.SOCK_DGRAM)
for o in (a, b, srv, cli, acc, u, s2, c2, u2, c3, x):
    o.close()
