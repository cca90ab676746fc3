# posix: files and directories (mkdir, open/read/write/lseek, stat, listdir, scandir, rename, errors), in a temp folder
import posix, _stat

base = '/tmp/pyvm_posix_files_%d' % posix.getpid()

def show(e):
    print(type(e).__name__, e.errno, e.strerror, str(e).replace(base, 'BASE'))

posix.mkdir(base)
try:
    posix.mkdir(base)
except FileExistsError as e:
    show(e)

fd = posix.open(base + '/a.txt', posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
print(posix.write(fd, b'hello world\n'), posix.write(fd, bytearray(b'second line\n')))
posix.close(fd)
try:
    posix.close(fd)
except OSError as e:
    show(e)

st = posix.stat(base + '/a.txt')
print(st.st_size, st[6], len(st), _stat.S_ISREG(st.st_mode), _stat.S_ISDIR(st.st_mode))
print(_stat.filemode(st.st_mode), oct(_stat.S_IMODE(st.st_mode)))
print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8])
print(posix.stat(base).st_mode & 0o170000 == _stat.S_IFDIR)

fd = posix.open(base + '/a.txt', posix.O_RDWR)
print(posix.read(fd, 5), posix.lseek(fd, 0, 1), posix.read(fd, 100), posix.read(fd, 100))
print(posix.lseek(fd, -5, 2), posix.read(fd, 100))
posix.lseek(fd, 0, 0)
posix.write(fd, b'HELLO')
posix.ftruncate(fd, 8)
print(posix.fstat(fd).st_size)
posix.close(fd)
fd = posix.open(base + '/a.txt', posix.O_RDONLY)
print(posix.read(fd, 100))
posix.close(fd)

fd = posix.open(base + '/b.txt', posix.O_WRONLY | posix.O_CREAT | posix.O_APPEND)
posix.write(fd, b'one ')
posix.close(fd)
fd = posix.open(base + '/b.txt', posix.O_WRONLY | posix.O_APPEND)
posix.write(fd, b'two')
posix.close(fd)
fd = posix.open(base + '/b.txt', posix.O_RDONLY)
print(posix.read(fd, 100))
posix.close(fd)
try:
    posix.open(base + '/b.txt', posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL)
except FileExistsError as e:
    show(e)

posix.mkdir(base + '/sub')
print(sorted(posix.listdir(base)), sorted(posix.listdir(base.encode())))
with posix.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path.replace(base, 'BASE'), e.is_file(), e.is_dir(), e.is_symlink())
print(entries[0].stat().st_size, posix.fspath(entries[0]).replace(base, 'BASE'))

posix.rename(base + '/b.txt', base + '/c.txt')
posix.replace(base + '/c.txt', base + '/a.txt')
print(sorted(posix.listdir(base)))
posix.symlink('a.txt', base + '/link')
print(posix.readlink(base + '/link'), posix.lstat(base + '/link').st_mode & 0o170000 == _stat.S_IFLNK)
print(posix.stat(base + '/link').st_size, posix.access(base + '/a.txt', posix.R_OK), posix.access(base + '/zz', posix.F_OK))
posix.truncate(base + '/a.txt', 3)
print(posix.stat(base + '/a.txt').st_size)
posix.chmod(base + '/a.txt', 0o600)
print(oct(posix.stat(base + '/a.txt').st_mode & 0o777))
posix.utime(base + '/a.txt', (1000000000, 1200000000))
st = posix.stat(base + '/a.txt')
print(st.st_atime, st.st_mtime, st[8])
posix.utime(base + '/a.txt', ns=(5 * 10**18, 6 * 10**18 + 123))
print(posix.stat(base + '/a.txt').st_mtime_ns)

for f, args in [(posix.stat, ('/nonexistent/x',)), (posix.rmdir, (base,)), (posix.rmdir, (base + '/a.txt',)),
                (posix.unlink, (base + '/sub',)), (posix.rename, (base + '/zz', base + '/yy')),
                (posix.listdir, (base + '/a.txt',)), (posix.readlink, (base + '/a.txt',)),
                (posix.mkdir, (base + '/no/such',)), (posix.chdir, (base + '/zz',))]:
    try:
        f(*args)
        print('no error')
    except OSError as e:
        show(e)

for bad in [None, 1.5, [1]]:
    try:
        posix.stat(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    posix.stat('a\0b')
except ValueError as e:
    print('ValueError', e)

old = posix.getcwd()
posix.chdir(base)
print(posix.getcwd() == base, sorted(posix.listdir()), posix.stat('a.txt').st_size)
posix.chdir(old)

posix.unlink(base + '/link')
posix.remove(base + '/a.txt')
posix.rmdir(base + '/sub')
posix.rmdir(base)
print(posix.access(base, posix.F_OK))
