# AF_UNIX datagram sockets (SOCK_DGRAM), which the JDK has no channel for: pyvm makes them
# with socket(2)/socketpair(2) and every call is the kernel's. Compare socketmodule.c.
import array
import os
import select
import socket
import struct
import tempfile

d = tempfile.mkdtemp()
a_path = os.path.join(d, "a")
b_path = os.path.join(d, "b")


def name(addr):
    return os.path.basename(addr) if isinstance(addr, str) and addr else addr


s1 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s2 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
print("new:", s1.family, s1.type, s1.proto, repr(s1.getsockname()))
s1.bind(a_path)
s2.bind(b_path)
print("bound:", name(s1.getsockname()), name(s2.getsockname()))
try:
    s1.bind(a_path)
except OSError as e:
    print("bind again:", type(e).__name__, e.errno)
print("sendto:", s2.sendto(b"hello", a_path))
print("select:", select.select([s1], [], [], 5)[0] == [s1])
data, addr = s1.recvfrom(100)
print("recvfrom:", data, name(addr))

s2.connect(a_path)
print("peer:", name(s2.getpeername()))
try:
    s1.getpeername()
except OSError as e:
    print("no peer:", e.errno)
s2.send(b"x" * 10)
print("truncated:", s1.recv(4))

s1.settimeout(0.1)
try:
    s1.recv(10)
except TimeoutError as e:
    print("timeout:", e)
s1.setblocking(False)
try:
    s1.recv(10)
except BlockingIOError as e:
    print("non-blocking:", e.errno)
s1.settimeout(5)

s2.send(b"peek")
print("peek:", s1.recv(10, socket.MSG_PEEK), s1.recv(10))
s2.send(b"msg")
data, anc, flags, addr = s1.recvmsg(2)
print("recvmsg:", data, anc, flags == socket.MSG_TRUNC, name(addr))
buf = bytearray(5)
s2.send(b"into")
print("recv_into:", s1.recv_into(buf), buf)
s2.sendall(b"into2")
n, addr = s1.recvfrom_into(buf)
print("recvfrom_into:", n, buf, name(addr))
print("SO_TYPE:", s1.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE),
      "SO_RCVBUF > 0:", s1.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF) > 0)
try:
    s1.listen()
except OSError as e:
    print("listen:", e)

# An unbound sender has no name; a datagram to nobody fails.
s3 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s3.sendto(b"anon", a_path)
print("anonymous:", s1.recvfrom(10))
try:
    s3.sendto(b"x", os.path.join(d, "nobody"))
except OSError as e:
    print("to nobody:", type(e).__name__, e.errno)
try:
    s3.send(b"x")
except OSError as e:
    print("not connected:", type(e).__name__, e.errno)

# Linux's abstract namespace.
s4 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
abstract = b"\0pyvm-golden-dgram-%d" % os.getpid()
s4.bind(abstract)
print("abstract:", s4.getsockname() == abstract)
s3.sendto(b"abs", abstract)
print("abstract recv:", s4.recv(10))

# dup, fileno= and os.read share the socket.
s5 = s1.dup()
s2.send(b"dup")
print("dup:", s5.recv(10), s5.family, s5.type)
s6 = socket.socket(fileno=os.dup(s1.fileno()))
print("fileno=:", s6.family, s6.type)
s2.send(b"os")
print("os.read:", os.read(s1.fileno(), 10))

# socketpair, SCM_RIGHTS and SCM_CREDENTIALS.
p, q = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
print("pair:", p.type, repr(p.getsockname()), repr(p.getpeername()))
p.send(b"one")
p.send(b"two")
print("pair recv:", q.recv(10), q.recv(10))
r, w = os.pipe()
p.sendmsg([b"fd"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [w]))])
msg, anc, flags, addr = q.recvmsg(10, socket.CMSG_SPACE(4))
fds = array.array("i")
fds.frombytes(anc[0][2][:4])
os.write(fds[0], b"via fd")
print("SCM_RIGHTS:", msg, os.read(r, 10), flags, addr)
q.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
print("SO_PASSCRED:", q.getsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED))
p.send(b"cred")
msg, anc, flags, addr = q.recvmsg(10, socket.CMSG_SPACE(12))
print("SCM_CREDENTIALS:", msg, [(lv, t, struct.unpack("iII", data) == (os.getpid(), os.getuid(), os.getgid()))
                                for lv, t, data in anc])
# A datagram socket passed as SCM_RIGHTS is a socket at the other end.
sp, sq = socket.socketpair()
sp.sendmsg([b"s"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [q.fileno()]))])
msg, anc, flags, addr = sq.recvmsg(1, socket.CMSG_SPACE(4))
got = array.array("i")
got.frombytes(anc[0][2][:4])
z = socket.socket(fileno=got[0])
print("passed socket:", z.family, z.type)
p.send(b"to z")
print("passed recv:", z.recv(10))
z.send(b"from z")
print("passed send:", p.recv(10))
for s in (sp, sq, z):
    s.close()
p.shutdown(socket.SHUT_WR)
try:
    p.send(b"x")
except OSError as e:
    print("after shutdown:", type(e).__name__, e.errno)

for s in (s1, s2, s3, s4, s5, s6, p, q):
    s.close()
for fd in (r, w, fds[0]):
    os.close(fd)
try:
    s1.recv(1)
except OSError as e:
    print("closed:", e.errno)
os.unlink(a_path)
os.unlink(b_path)
os.rmdir(d)
