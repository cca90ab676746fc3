# if_nameindex/if_nametoindex/if_indextoname, CMSG_LEN/CMSG_SPACE, and IPv6 scope ids in
# getaddrinfo ("%ifname" or "%number") and getnameinfo (the "%scope" suffix). Interface
# names and numbers differ between machines: only their agreement is printed.
import socket, sys
ni = socket.if_nameindex()
print(type(ni).__name__, len(ni) > 0, all(isinstance(i, int) and i > 0 and isinstance(n, str) for i, n in ni))
print(all(socket.if_nametoindex(n) == i and socket.if_indextoname(i) == n for i, n in ni))
print(socket.if_nametoindex(ni[0][1].encode()) == ni[0][0], [i for i, n in ni] == sorted(i for i, n in ni))
for bad in (0, -1, 2**64, 2**1000, '_X', 1.5):
    try:
        print(repr(bad)[:12], socket.if_indextoname(bad))
    except Exception as e:
        print(repr(bad)[:12], type(e).__name__, e)
for bad in (0, '_DEADBEEF', b'_DEADBEEF', None):
    try:
        print(repr(bad), socket.if_nametoindex(bad))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
print(socket.CMSG_LEN(0), socket.CMSG_LEN(1), socket.CMSG_LEN(13), socket.CMSG_SPACE(0), socket.CMSG_SPACE(1), socket.CMSG_SPACE(9))
for f in (socket.CMSG_LEN, socket.CMSG_SPACE):
    for v in (-1, 0x7fffffff - 16, 0x7fffffff - 15, 0x7fffffff - 24, 0x7fffffff - 23, sys.maxsize, 2**64, 'x', 2.0):
        try:
            print(f.__name__, v, f(v))
        except Exception as e:
            print(f.__name__, v, type(e).__name__, e)
idx, name = ni[0]
print(socket.getaddrinfo('ff02::1de:c0:face:8D%' + name, 1234, socket.AF_INET6, socket.SOCK_DGRAM, socket.IPPROTO_UDP)[0][4] == ('ff02::1de:c0:face:8d', 1234, 0, idx))
print(socket.getnameinfo(('ff02::1de:c0:face:8D', 1234, 0, idx), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV) == ('ff02::1de:c0:face:8d%' + name, '1234'))
print(socket.getnameinfo(('fe80::1', 80, 0, idx), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV) == ('fe80::1%' + name, '80'))
print(socket.getnameinfo(('2001:db8::1', 80, 0, 7), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(('fe80::1', 80, 0, 0), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getaddrinfo('fe80::1%7', 80, socket.AF_INET6, socket.SOCK_STREAM)[0][4])
for h in ('2001:db8::1%' + name, '2001:db8::1%5', 'fe80::1%00012', 'ff01::1%' + name, 'fe80::1%4294967296', 'fe80::1%', 'fe80::1%1x', 'fe80::1%nosuchif0'):
    try:
        print(h.replace(name, 'IF'), socket.getaddrinfo(h, 80, socket.AF_INET6, socket.SOCK_STREAM)[0][4][3] in (idx, 5, 12))
    except Exception as e:
        print(h.replace(name, 'IF'), type(e).__name__, e)
