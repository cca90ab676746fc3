# SO_OOBINLINE and SO_LINGER: set and read back on a connected pair and on a fresh socket
# (asyncore-based servers such as test_ftplib's set SO_OOBINLINE on every connection).
import socket, struct
a, b = socket.socketpair()
s = socket.socket()
for sock in (a, s):
    print(sock.getsockopt(socket.SOL_SOCKET, socket.SO_OOBINLINE))
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_OOBINLINE, 1)
    print(sock.getsockopt(socket.SOL_SOCKET, socket.SO_OOBINLINE))
    print(sock.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER))
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    print(sock.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER))
