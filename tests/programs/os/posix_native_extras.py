# posix.lockf, posix_fallocate, posix_fadvise, mkfifo, mknod, getresuid/getresgid and
# pipe2, with their errors.
import os
import stat
import tempfile

folder = tempfile.mkdtemp()
fn = os.path.join(folder, 'data')
fd = os.open(fn, os.O_RDWR | os.O_CREAT)
os.write(fd, b'test')
os.lseek(fd, 0, os.SEEK_SET)
os.lockf(fd, os.F_LOCK, 4)
os.lockf(fd, os.F_TEST, 4)
os.lockf(fd, os.F_ULOCK, 4)
os.lseek(fd, 2, os.SEEK_SET)
os.lockf(fd, os.F_TLOCK, 2)
os.lockf(fd, os.F_ULOCK, 2)
print('lockf done', os.lseek(fd, 0, os.SEEK_CUR))
os.posix_fallocate(fd, 0, 100)
print('fallocate', os.fstat(fd).st_size)
os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
os.close(fd)
for f, args in [(os.posix_fallocate, (-42, 0, 10)), (os.posix_fadvise, (-42, 0, 0, os.POSIX_FADV_WILLNEED)),
                (os.lockf, (99, os.F_LOCK, 4)), (os.pipe2, ('x',)), (os.pipe2, (0, 0)), (os.pipe2, (1.5,))]:
    try:
        f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

fifo = os.path.join(folder, 'fifo')
os.mkfifo(fifo, stat.S_IRUSR | stat.S_IWUSR)
print('fifo', stat.S_ISFIFO(os.stat(fifo).st_mode), oct(stat.S_IMODE(os.stat(fifo).st_mode)))
try:
    os.mkfifo(fifo)
except OSError as e:
    print(type(e).__name__, e)
node = os.path.join(folder, 'node')
os.mknod(path=node, mode=stat.S_IFIFO | 0o640, device=0, dir_fd=None)
print('mknod', stat.S_ISFIFO(os.stat(node).st_mode), oct(stat.S_IMODE(os.stat(node).st_mode)))
dfd = os.open(folder, os.O_RDONLY)
os.mkfifo('fifo2', dir_fd=dfd)
print('dir_fd', sorted(os.listdir(folder)))
os.close(dfd)
try:
    os.mkfifo(os.path.join(folder, 'missing', 'x'))
except OSError as e:
    print(type(e).__name__, e)

print(len(os.getresuid()), len(os.getresgid()), os.getresuid()[0] == os.getuid(), os.getresgid()[1] == os.getegid())
r, w = os.pipe2(0)
print('pipe2(0)', os.get_inheritable(r), os.get_blocking(w))
os.close(r)
os.close(w)
r, w = os.pipe2(os.O_CLOEXEC | os.O_NONBLOCK)
print('pipe2 flags', os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r), os.get_blocking(w))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print(e)
os.close(r)
os.close(w)
for name in ['data', 'fifo', 'node', 'fifo2']:
    os.unlink(os.path.join(folder, name))
os.rmdir(folder)
