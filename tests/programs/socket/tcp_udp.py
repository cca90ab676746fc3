# Sockets over loopback: TCP echo, socketpair, timeouts, non-blocking, select, UDP, refused connect, socketserver.
import socket, threading, select
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
port = srv.getsockname()[1]
print(port > 0, srv.family == socket.AF_INET, srv.type == socket.SOCK_STREAM)
def server():
    c, a = srv.accept()
    data = c.recv(100)
    c.sendall(data.upper())
    c.close()
t = threading.Thread(target=server); t.start()
cl = socket.create_connection(('127.0.0.1', port), timeout=5)
cl.sendall(b'hello')
print(cl.recv(100))
print(cl.recv(100))
cl.close(); t.join(); srv.close()
a, b = socket.socketpair()
a.sendall(b'x'); print(b.recv(1), a.family)
b.settimeout(0.2)
try:
    b.recv(1)
except TimeoutError as e:
    print('timeout', e)
b.setblocking(False)
try:
    b.recv(1)
except BlockingIOError as e:
    print(e)
print(select.select([b], [], [], 0)[0] == [])
a.send(b'y'); print(select.select([b], [], [], 1)[0] == [b])
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(('127.0.0.1', 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.sendto(b'dgram', u.getsockname())
d, addr = u.recvfrom(100); print(d, addr[0])
s = socket.socket()
try:
    s.connect(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(e)
print(s.connect_ex(('127.0.0.1', port)))
print(socket.getaddrinfo('127.0.0.1', 80, type=socket.SOCK_STREAM))
import socketserver
class H(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline().upper())
with socketserver.ThreadingTCPServer(('127.0.0.1', 0), H) as ss:
    th = threading.Thread(target=ss.serve_forever, kwargs={'poll_interval': 0.05}); th.start()
    c = socket.create_connection(ss.server_address)
    f = c.makefile('rwb')
    f.write(b'line one\n'); f.flush()
    print(f.readline())
    f.close(); c.close()
    ss.shutdown(); th.join()
s = socket.socket()
print(s.gettimeout(), s.getblocking(), s.getsockname())
s.settimeout(1.5); print(s.gettimeout(), s.timeout)
for bad in (-1, 'x'):
    try: s.settimeout(bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
try: s.getpeername()
except OSError as e: print(e.errno, e.strerror)
try: s.bind(('127.0.0.1', 70000))
except OverflowError as e: print(e)
try: s.bind('x')
except TypeError as e: print(e)
s.close()
try: s.recv(1)
except OSError as e: print(e)
print(s.fileno())
s2 = socket.socket()
print(s2.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s2.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s2.bind(('127.0.0.1', 0))
print(s2.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
s2.close()
