# _socket without sockets: constants, byte order, inet_aton/ntoa/pton/ntop, timeouts, errors.
import _socket as socket
print(socket.AF_INET, socket.SOCK_STREAM, socket.AF_INET6, socket.SOL_SOCKET, socket.SO_REUSEADDR)
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
for bad in (-1, 70000):
    try: socket.htons(bad)
    except OverflowError as e: print("OverflowError", e)
try: socket.htonl(2**32)
except OverflowError as e: print("OverflowError", e)
print(socket.inet_aton("1.2.3.4"), socket.inet_aton("127.1"), socket.inet_aton("0x7f.1"), socket.inet_aton("10"))
for bad in ("1.2.3.4.5", "256.1.1.1", "abc", ""):
    try: print(socket.inet_aton(bad))
    except OSError as e: print("OSError", e)
print(socket.inet_ntoa(b"\x7f\x00\x00\x01"))
try: socket.inet_ntoa(b"12345")
except OSError as e: print("OSError", e)
for a in ("::", "::1", "1::", "fe80::1:2", "2001:db8::ff00:42:8329", "::ffff:1.2.3.4", "1:0:0:1:0:0:0:1", "1:2:3:4:5:6:7:8", "::1.2.3.4"):
    p = socket.inet_pton(socket.AF_INET6, a)
    print(a, p.hex(), socket.inet_ntop(socket.AF_INET6, p))
for bad in (":::", "1:2:3:4:5:6:7:8:9", "12345::", "1::2::3", "01.2.3.4"):
    try: print(socket.inet_pton(socket.AF_INET6 if ":" in bad else socket.AF_INET, bad))
    except OSError as e: print("OSError", e)
print(socket.inet_pton(socket.AF_INET, "10.0.0.255").hex(), socket.inet_ntop(socket.AF_INET, b"\x0a\x00\x00\xff"))
try: socket.inet_ntop(socket.AF_INET, b"123")
except ValueError as e: print("ValueError", e)
print(socket.getdefaulttimeout()); socket.setdefaulttimeout(2.5); print(socket.getdefaulttimeout()); socket.setdefaulttimeout(None)
try: socket.setdefaulttimeout(-1)
except ValueError as e: print("ValueError", e)
print(isinstance(socket.gethostname(), str), socket.gethostbyname("127.0.0.1"))
print(issubclass(socket.gaierror, OSError), socket.timeout is TimeoutError, socket.error is OSError, socket.herror.__module__)
print(socket.SocketType is socket.socket, socket.socket.__name__)
