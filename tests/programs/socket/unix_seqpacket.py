# AF_UNIX SOCK_SEQPACKET sockets (connected, record-preserving), which the JDK has no
# channel for: pyvm makes them with socket(2)/socketpair(2); listen and accept are
# listen(2) and accept4(2). Compare socketmodule.c: sock_listen, sock_accept.
import os
import socket
import tempfile
import threading

d = tempfile.mkdtemp()
path = os.path.join(d, "sp")
srv = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
print("new:", srv.type, "accepting:", srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
srv.bind(path)
srv.listen()
print("listening:", srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
got = []


def client():
    c = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    c.connect(path)
    c.send(b"first record")
    c.send(b"second")
    got.append(c.recv(100))
    c.close()


t = threading.Thread(target=client)
t.start()
conn, addr = srv.accept()
print("accepted:", repr(addr), conn.type, os.path.basename(conn.getsockname()), conn.gettimeout())
print("records:", conn.recv(5), conn.recv(100))
conn.send(b"reply")
t.join()
print("client got:", got)
print("end:", conn.recv(100))
conn.close()
srv.close()

srv = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
srv.settimeout(0.1)
srv.bind("")
srv.listen()
try:
    srv.accept()
except TimeoutError as e:
    print("accept:", e)
srv.close()
try:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    s.connect(path + "-none")
except OSError as e:
    print("connect nowhere:", type(e).__name__, e.errno)
s.close()

a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
a.sendall(b"r1")
a.send(b"r2")
print("pair:", b.recv(10), b.recv(10))
a.close()
print("pair end:", b.recv(10))
b.close()
os.unlink(path)
os.rmdir(d)
