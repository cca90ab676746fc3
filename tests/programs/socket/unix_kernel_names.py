# AF_UNIX names the JDK's UnixDomainSocketAddress cannot hold, bound and connected through
# the kernel: Linux's abstract namespace (bytes, str, bytearray), autobind with '', and a
# path whose bytes are not UTF-8.
import os
import re
import socket
import tempfile

name = b"\0pyvm-golden-%d\0x" % os.getpid()
s = socket.socket(socket.AF_UNIX)
s.bind(name)
s.listen()
c = socket.socket(socket.AF_UNIX)
c.connect(name)
a, addr = s.accept()
print(s.getsockname() == name, c.getpeername() == name, a.getsockname() == name, repr(addr))
c.sendall(b"over an abstract name")
print(a.recv(100))
a.sendall(b"and back")
print(c.recv(100))
try:
    socket.socket(socket.AF_UNIX).connect(name + b"-nobody")
except OSError as e:
    print(type(e).__name__, e.errno)
for x in (s, c, a):
    x.close()

t = socket.socket(socket.AF_UNIX)
t.bind("\0pyvm-golden-str-%d" % os.getpid())
print(t.getsockname() == ("\0pyvm-golden-str-%d" % os.getpid()).encode())
t.close()
t = socket.socket(socket.AF_UNIX)
t.bind(bytearray(b"\0pyvm-golden-ba-%d" % os.getpid()))
print(type(t.getsockname()).__name__)
t.close()

# Autobind: five hex digits in the abstract namespace, a different name each time.
p1, p2 = socket.socket(socket.AF_UNIX), socket.socket(socket.AF_UNIX)
p1.bind("")
p2.bind("")
print(bool(re.fullmatch(b"\0[0-9a-f]{5}", p1.getsockname())), p1.getsockname() != p2.getsockname())
p1.close()
p2.close()

d = tempfile.mkdtemp()
path = os.path.join(d, "sock\udcff")
u = socket.socket(socket.AF_UNIX)
u.bind(path)
print(u.getsockname() == path, os.path.exists(path))
u.listen()
v = socket.socket(socket.AF_UNIX)
v.connect(path)
w, _ = u.accept()
v.sendall(b"a path that is not UTF-8")
print(w.recv(100), v.getpeername() == path)
for x in (u, v, w):
    x.close()
os.unlink(path)
os.rmdir(d)
