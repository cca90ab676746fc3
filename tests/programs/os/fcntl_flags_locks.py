# fcntl on pyvm's descriptors: descriptor and status flags, F_DUPFD, record locks,
# flock and lockf (a second open file description conflicts), pipe sizes, FIONREAD,
# F_NOTIFY on a directory, and the argument errors of fcntl, ioctl, flock and lockf.
import errno
import fcntl
import os
import socket
import struct
import tempfile

names = [n for n in dir(fcntl) if n.isupper()]
print(len(names), names[:4], fcntl.F_SETLKW, fcntl.LOCK_NB, fcntl.F_OFD_SETLK)

folder = tempfile.mkdtemp()
fn = os.path.join(folder, 'data')
f = open(fn, 'wb+')
fd = f.fileno()
print('F_GETFL', oct(fcntl.fcntl(fd, fcntl.F_GETFL)), 'F_GETFD', fcntl.fcntl(fd, fcntl.F_GETFD))
fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_NONBLOCK)
print('nonblocking', oct(fcntl.fcntl(fd, fcntl.F_GETFL)), os.get_blocking(fd))
fcntl.fcntl(f, fcntl.F_SETFL, 0)
print('blocking again', os.get_blocking(fd))
fcntl.fcntl(fd, fcntl.F_SETFD, 0)
print('inheritable', os.get_inheritable(fd))
fcntl.fcntl(fd, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
print('inheritable', os.get_inheritable(fd))
d = fcntl.fcntl(fd, fcntl.F_DUPFD, 20)
d2 = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 20)
print('F_DUPFD', d, os.get_inheritable(d), d2, os.get_inheritable(d2))
os.close(d)
os.close(d2)

lock = struct.pack('hhqqhh', fcntl.F_WRLCK, 0, 0, 0, 0, 0)
print('F_SETLKW echoes', fcntl.fcntl(fd, fcntl.F_SETLKW, lock) == lock)
got = fcntl.fcntl(fd, fcntl.F_GETLK, lock)
print('F_GETLK by the owner', struct.unpack('hhqqhh', got)[0] == fcntl.F_UNLCK)
fcntl.fcntl(fd, fcntl.F_SETLK, struct.pack('hhqqhh', fcntl.F_UNLCK, 0, 0, 0, 0, 0))

fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
f2 = open(fn, 'rb')
try:
    fcntl.flock(f2, fcntl.LOCK_SH | fcntl.LOCK_NB)
except BlockingIOError as e:
    print('flock held elsewhere:', e.errno == errno.EAGAIN)
dup = os.dup(fd)
fcntl.flock(dup, fcntl.LOCK_EX | fcntl.LOCK_NB)
print('a dup shares the lock')
os.close(dup)
fcntl.flock(fd, fcntl.LOCK_UN)
fcntl.flock(f2, fcntl.LOCK_SH | fcntl.LOCK_NB)
fcntl.flock(f2, fcntl.LOCK_UN)
f2.close()
fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB, 10, 5)
fcntl.lockf(f, fcntl.LOCK_SH, 3, 0, os.SEEK_END)
fcntl.lockf(f, fcntl.LOCK_UN)
print('lockf done')

r, w = os.pipe()
print('pipe F_GETFL', fcntl.fcntl(r, fcntl.F_GETFL), fcntl.fcntl(w, fcntl.F_GETFL), fcntl.fcntl(r, fcntl.F_GETFD))
size = fcntl.fcntl(w, fcntl.F_GETPIPE_SZ)
print('pipe size', size, fcntl.fcntl(w, fcntl.F_SETPIPE_SZ, size // 2), fcntl.fcntl(r, fcntl.F_GETPIPE_SZ))
print('rounded up', fcntl.fcntl(w, fcntl.F_SETPIPE_SZ, 5000))
os.write(w, b'abc')
buf = bytearray(4)
print('FIONREAD', fcntl.ioctl(r, 0x541B, buf), struct.unpack('i', buf))
print('FIONREAD bytes', fcntl.ioctl(r, 0x541B, b'\0\0\0\0'))
arr = bytearray(4)
print('no mutate', fcntl.ioctl(r, 0x541B, arr, False), arr)
try:
    fcntl.ioctl(r, 0x5413, bytearray(8))   # TIOCGWINSZ
except OSError as e:
    print('TIOCGWINSZ on a pipe:', e)
try:
    fcntl.fcntl(w, fcntl.F_SETFL, os.O_NONBLOCK)
    os.write(w, b'x' * 100000)
except BlockingIOError as e:
    print('full pipe:', e)
os.close(r)
os.close(w)
try:
    fcntl.fcntl(w, fcntl.F_GETFD)
except OSError as e:
    print('closed:', e)

dfd = os.open(folder, os.O_RDONLY)
print('F_NOTIFY', fcntl.fcntl(dfd, fcntl.F_NOTIFY, fcntl.DN_MULTISHOT))
print('dir F_GETFL', oct(fcntl.fcntl(dfd, fcntl.F_GETFL)))
os.close(dfd)

s = socket.socket()
print('socket F_GETFL', fcntl.fcntl(s, fcntl.F_GETFL))
s.settimeout(2)
print('with a timeout', fcntl.fcntl(s, fcntl.F_GETFL) & os.O_NONBLOCK == os.O_NONBLOCK)
s.close()


class BadFile:
    def __init__(self, fn):
        self.fn = fn

    def fileno(self):
        return self.fn


for args in [('x', 1), (BadFile(-1), 1), (BadFile('x'), 1), (-1, 1), (fd, 1, 1.5), (fd, 1, 'a' * 1025),
             (fd, 1, []), (fd, 2 ** 40), (2 ** 40, 1)]:
    try:
        fcntl.fcntl(*args)
    except Exception as e:
        print('fcntl', type(e).__name__, e)
print('masked arg', fcntl.fcntl(fd, fcntl.F_GETFD, 2 ** 40))
for args in [(fd, 1, []), (fd, 1, 'a' * 1025), (fd, 1.5), (fd, 0x5421, 2 ** 40)]:
    try:
        fcntl.ioctl(*args)
    except Exception as e:
        print('ioctl', type(e).__name__, e)
for args in [(fd, 0), (fd, 'x'), (-1, 1), (fd, fcntl.LOCK_SH, 2 ** 70), (fd, fcntl.LOCK_SH, 'x')]:
    try:
        fcntl.lockf(*args)
    except Exception as e:
        print('lockf', type(e).__name__, e)
for args in [(-1, fcntl.LOCK_SH), ('spam', fcntl.LOCK_SH), (fd, 2 ** 40)]:
    try:
        fcntl.flock(*args)
    except Exception as e:
        print('flock', type(e).__name__, e)
try:
    fcntl.fcntl(fd, fcntl.F_GETFD, arg=1)
except TypeError as e:
    print(e)
f.close()
os.unlink(fn)
os.rmdir(folder)
