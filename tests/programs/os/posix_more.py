# posix: system, process groups, statvfs, pread/pwrite, readv/writev, chown, register_at_fork, ctermid
import posix
print(posix.system('exit 3'), posix.system('true'))
print(type(posix.getgroups()).__name__, posix.getpgrp() > 0, posix.getsid(0) >= 0, len(posix.sched_getaffinity(0)) >= 1)
s = posix.statvfs('/tmp')
print(len(s), s.f_bsize > 0, s.f_namemax)
p = '/tmp/iopos6_%d' % posix.getpid()
fd = posix.open(p, posix.O_RDWR | posix.O_CREAT)
print(posix.pwrite(fd, b'hello world', 0), posix.pread(fd, 5, 6), posix.lseek(fd, 0, 1))
print(posix.writev(fd, [b'ab', bytearray(b'cd')]), posix.lseek(fd, 0, 0))
a, b = bytearray(3), bytearray(4)
print(posix.readv(fd, [a, b]), a, b)
posix.close(fd)
posix.chown(p, -1, -1)
posix.unlink(p)
try:
    posix.register_at_fork()
except TypeError as e:
    print(e)
try:
    posix.register_at_fork(before=1)
except TypeError as e:
    print(e)
posix.register_at_fork(before=print)
print(posix.ctermid())
