# sendto's argument errors, in CPython's order and words.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('', 0)); sn = s.getsockname()
for args in [('\u2620', sn), (5j, sn), (b'foo', None), ('\u2620', 0, sn), (b'foo', 0, None), (b'foo', 'bar', sn), (b'foo', None, None), (b'foo',), (b'foo', 0, sn, 4)]:
    try:
        s.sendto(*args); print('no error', args)
    except TypeError as e:
        print(e)
s.close()
