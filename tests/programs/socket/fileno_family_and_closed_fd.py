# socket(fileno=fd) takes family/type/proto as given (unknown numbers included, and then
# has no address format); without them it asks the descriptor. setblocking/settimeout on
# a closed descriptor fail with EBADF.
import socket

sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
fd = sock.detach()
with socket.socket(family=44, type=11, proto=23, fileno=fd) as s:
    print(s.family, s.type, s.proto)
    print(repr(s).split(" ", 2)[2])
    try:
        s.getsockname()
    except OSError as e:
        print("getsockname:", e)

a = socket.socket()
b = socket.socket(fileno=a.fileno())
print(b.family == socket.AF_INET, b.type == socket.SOCK_STREAM, b.proto)
b.detach()
a.close()

s = socket.socket()
s.close()
for f in (lambda: s.setblocking(False), lambda: s.settimeout(1), lambda: s.settimeout(None)):
    try:
        f()
        print("no error")
    except OSError as e:
        print(type(e).__name__, e.errno)

s0 = socket.socket()
s1 = socket.socket(fileno=s0.fileno())
s0.close()
try:
    s1.setblocking(False)
except OSError as e:
    print(type(e).__name__, e.errno)
s1.detach()
