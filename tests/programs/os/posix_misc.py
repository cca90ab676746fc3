# posix: process facts, struct sequences, pipes and dup, strerror, environ, errno and _stat constants
import posix, errno, _stat

print(type(posix.getpid()).__name__, posix.getpid() > 0, posix.getppid() >= 0)
print(type(posix.getuid()).__name__, posix.getuid() == posix.geteuid(), posix.getgid() == posix.getegid())
print(posix.cpu_count() >= 1, type(posix.getcwd()).__name__, type(posix.getcwdb()).__name__)
u = posix.uname()
print(len(u), u.sysname, u[0] == u.sysname, type(u.release).__name__)
t = posix.times()
print(len(t), type(t.user).__name__, t.elapsed >= 0)
print(posix.strerror(2), posix.strerror(0), posix.strerror(1000))
print(errno.ENOENT, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[11], errno.errorcode[2])
print(len(errno.errorcode), sorted(errno.errorcode)[:5])
print(_stat.S_IFMT(0o100644), _stat.S_IFREG, _stat.S_IFDIR, _stat.ST_MTIME, _stat.filemode(0o40755), _stat.filemode(0o4755))
print(_stat.filemode(0o1777 | _stat.S_IFDIR), _stat.filemode(0o120777), _stat.S_ISLNK(0o120777))
print(posix.O_RDONLY, posix.O_WRONLY, posix.O_RDWR, posix.O_CREAT, posix.O_EXCL, posix.O_TRUNC, posix.O_APPEND)
print(posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK, posix.SEEK_DATA, posix.SEEK_HOLE)

s = posix.stat_result(tuple(range(10)))
print(s, s.st_atime, s.st_mtime_ns, s[9], s[-1], s[2:4])
s = posix.stat_result(tuple(range(13)))
print(s.st_atime, s[7])
try:
    posix.stat_result((1, 2))
except TypeError as e:
    print('TypeError', e)
try:
    s.st_size = 3
except AttributeError as e:
    print('AttributeError', e)
print(posix.stat_result.n_sequence_fields, posix.stat_result.n_fields, posix.stat_result.n_unnamed_fields)
ts = posix.terminal_size((80, 24))
print(ts, ts.columns, ts.lines)

r, w = posix.pipe()
print(posix.write(w, b'through the pipe'), posix.read(r, 7), posix.read(r, 100))
w2 = posix.dup(w)
posix.write(w2, b'dup')
posix.close(w2)
print(posix.read(r, 100))
print(posix.get_inheritable(r), posix.get_inheritable(0))
posix.set_inheritable(r, True)
print(posix.get_inheritable(r), posix.get_blocking(r))
posix.close(r)
posix.close(w)
for fd in (r, w):
    try:
        posix.read(fd, 1)
    except OSError as e:
        print(type(e).__name__, e)

print(posix.waitstatus_to_exitcode(0), posix.waitstatus_to_exitcode(3 << 8), posix.waitstatus_to_exitcode(9))
print(posix.WIFEXITED(256), posix.WEXITSTATUS(256), posix.WIFSIGNALED(9), posix.WTERMSIG(9))
print(posix.major(posix.makedev(8, 17)), posix.minor(posix.makedev(8, 17)))
print(len(posix.urandom(16)), type(posix.urandom(0)).__name__)
try:
    posix.urandom(-1)
except ValueError as e:
    print('ValueError', e)

print(type(posix.environ).__name__, all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
posix.putenv('PYVM_TEST_VAR', 'x')
posix.unsetenv('PYVM_TEST_VAR')
try:
    posix.putenv('A=B', 'x')
except ValueError as e:
    print('ValueError', e)

class P:
    def __fspath__(self):
        return 'some/path'
print(posix.fspath(P()), posix.fspath(b'b'), posix.fspath('s'))
for bad in (1, None):
    try:
        posix.fspath(bad)
    except TypeError as e:
        print('TypeError', e)

print(posix.error is OSError, 'HAVE_FSTATAT' in posix._have_functions or True)
print(posix.isatty(posix.open('/dev/null', posix.O_RDONLY)))
try:
    posix.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print('ProcessLookupError', e)
