# sendmsg without ancillary data: gathered buffers on a stream, a datagram to an address,
# and CPython's argument errors; asyncio's sock_sendall path asks os.sysconf('SC_IOV_MAX').
import array
import os
import socket
import time


def tr(f, *a):
    try:
        print("ok", f(*a))
    except Exception as e:
        print(type(e).__name__, e)


print(os.sysconf('SC_IOV_MAX') >= 16)
l = socket.socket()
l.bind(("127.0.0.1", 0))
l.listen()
c = socket.create_connection(l.getsockname())
a, _ = l.accept()
tr(c.sendmsg, [b"ab", b"cd", array.array("B", b"ef"), memoryview(b"gh")])
time.sleep(0.1)
tr(a.recv, 100)
tr(c.sendmsg, b"x")
tr(c.sendmsg, [b"x"], [], 0, None)
tr(c.sendmsg, [b"x"], [(0, 0)])
tr(c.sendmsg, [b"x"], [object()])
tr(c.sendmsg, [b"x"], 5)
tr(c.sendmsg, [b"x"], [], object())
tr(c.sendmsg, [1])
tr(c.sendmsg)
time.sleep(0.1)
tr(a.recv, 100)
u = socket.socket(type=socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
v = socket.socket(type=socket.SOCK_DGRAM)
tr(v.sendmsg, [b"hello", b"world"], [], 0, u.getsockname())
r = u.recvmsg(100)
print(r[0], r[1], r[2], r[3] == v.getsockname())
c.close()
tr(c.sendmsg, [b"x"])
a.close()
l.close()
u.close()
v.close()
