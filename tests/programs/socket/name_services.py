# The services and protocols databases and name lookups: getservbyname/port, getprotobyname,
# getnameinfo, getaddrinfo with a service name, gethostbyname_ex (CPython's messages).
import socket
print(socket.getservbyname('http'), socket.getservbyname('domain','udp'), socket.getservbyport(80), socket.getservbyport(53,'udp'))
for a in [('nosuch',), ('http','xyz')]:
    try: socket.getservbyname(*a)
    except OSError as e: print(type(e).__name__, e)
for a in [(99999,), (-1,), (4,)]:
    try: print(socket.getservbyport(*a))
    except (OSError, OverflowError) as e: print(type(e).__name__, e)
print(socket.getprotobyname('tcp'), socket.getprotobyname('udp'), socket.getprotobyname('TCP'))
try: socket.getprotobyname('nosuch')
except OSError as e: print(type(e).__name__, e)
print(socket.getnameinfo(('127.0.0.1', 80), 0), socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST|socket.NI_NUMERICSERV), socket.getnameinfo(('127.0.0.1', 53), socket.NI_DGRAM))
for a in [('x', 0, 0, 0), ('127.0.0.1', 80, 0, 0), 'abc', ('127.0.0.1',), ('127.0.0.1', 70000), ('10.255.255.1', 1)]:
    try: print(socket.getnameinfo(a, socket.NI_NUMERICHOST))
    except Exception as e: print(type(e).__name__, e)
print(socket.getaddrinfo('localhost', 'http', socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('127.0.0.1', 'domain', socket.AF_INET))
print(socket.getaddrinfo('127.0.0.1', 'ssh', socket.AF_INET))
try: socket.getaddrinfo('127.0.0.1', 'nosuchsvc')
except Exception as e: print(type(e).__name__, e)
print(socket.gethostbyname_ex('localhost'))
print(socket.gethostbyname_ex('127.0.0.1'))
