# bind() reserves an address without listening (a connect there is refused); listen()
# makes it a listener. Also SO_ERROR of a refused connect, options kept across listen().
import socket, errno, os
def tr(f, *a):
    try:
        r = f(*a); print("ok", r if not isinstance(r, tuple) or len(r)!=2 or not isinstance(r[1],int) else "addr")
    except (OSError, OverflowError, TypeError) as e:
        if not isinstance(e, OSError): print(type(e).__name__, e); return
        print(type(e).__name__, e.errno, errno.errorcode.get(e.errno), e)
s = socket.socket(); s.bind(("127.0.0.1", 0)); addr = s.getsockname()
c = socket.socket()
tr(c.connect_ex, addr)
c.close(); c = socket.socket(); c.settimeout(2)
tr(c.connect, addr)
print("acceptconn", s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
s.setblocking(False)
tr(s.accept)
s.listen()
print("acceptconn", s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
print(s.getsockname() == addr)
tr(s.connect, addr)
tr(s.connect_ex, addr)
s.listen(5)
c = socket.socket(); tr(c.connect, addr)
a, _ = s.accept(); a.send(b"x"); print(c.recv(1))
tr(c.listen)
c.close(); a.close()
# connect after bind
b = socket.socket(); b.bind(("127.0.0.1", 0)); baddr = b.getsockname()
b.connect(addr); print(b.getsockname() == baddr)
a, peer = s.accept(); print(peer == baddr)
a.close(); b.close()
# bind twice
b = socket.socket(); b.bind(("127.0.0.1", 0)); tr(b.bind, ("127.0.0.1", 0)); b.listen(); tr(b.bind, ("127.0.0.1", 0)); b.close()
# reuseaddr double-bind non-listening
x = socket.socket(); x.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); x.bind(("127.0.0.1", 0)); xa = x.getsockname()
y = socket.socket(); y.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); tr(y.bind, xa)
tr(x.listen); tr(y.listen)
z = socket.socket(); tr(z.bind, xa)
x.close(); y.close(); z.close()
# no reuseaddr: bound, second bind fails
x = socket.socket(); x.bind(("127.0.0.1", 0)); xa = x.getsockname()
y = socket.socket(); tr(y.bind, xa); x.close(); y.close()
# poll on bound socket
import select
x = socket.socket(); x.bind(("127.0.0.1", 0))
p = select.poll(); p.register(x, select.POLLIN|select.POLLOUT); print(p.poll(0)[0][1])
tr(x.recv, 1); tr(x.send, b"x")
x.listen(); p = select.poll(); p.register(x, select.POLLIN|select.POLLOUT); print(p.poll(0))
x.close()
# unix
import tempfile
d = tempfile.mkdtemp(); path = os.path.join(d, "s")
u = socket.socket(socket.AF_UNIX); u.bind(path); print(u.getsockname() == path, os.path.exists(path))
v = socket.socket(socket.AF_UNIX); tr(v.connect_ex, path); v.close()
u.listen(); v = socket.socket(socket.AF_UNIX); tr(v.connect, path); w, _ = u.accept(); w.send(b"u"); print(v.recv(1)); print(u.getsockname() == path)
v.close(); w.close(); u.close(); os.unlink(path); os.rmdir(d)
u = socket.socket(socket.AF_UNIX); tr(u.listen); u.close()
# listen with no bind
l = socket.socket(); l.listen(); print(l.getsockname()[1] != 0); l.close()
# SO_ERROR of a refused non-blocking connect
import time
s = socket.socket(); s.bind(("127.0.0.1", 0)); addr = s.getsockname()
c = socket.socket(); c.setblocking(False)
rc = c.connect_ex(addr)
if rc == errno.EINPROGRESS:
    select.select([], [c], [], 5)
    rc = c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
print("refused", errno.errorcode.get(rc))
print("so_error again", c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
c.close(); s.close()
# options set after bind are kept by the listener
s = socket.socket(); s.bind(("127.0.0.1", 0))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.listen(3)
print("reuseport", s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT),
      "reuseaddr", s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
# two SO_REUSEPORT listeners on one port
t = socket.socket(); t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
tr(t.bind, s.getsockname()); tr(t.listen)
t.close(); s.close()
# listen's argument
s = socket.socket()
tr(s.listen, 2**40)
tr(s.listen, 1.5)
tr(s.listen, -3)
print("acceptconn", s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
s.close()
u = socket.socket(type=socket.SOCK_DGRAM); tr(u.listen); u.close()
