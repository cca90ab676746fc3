# os (Lib/os.py over posix): makedirs, listdir, stat helpers, rename, removedirs, environ, supports_* sets, scandir
import os, io, sys, stat
print(os.name, os.sep, os.getcwd() == os.path.abspath('.'))
d = '/tmp/iopos10_%d' % os.getpid()
os.makedirs(os.path.join(d, 'a', 'b'))
os.makedirs(os.path.join(d, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(d, 'a'))
except FileExistsError as e:
    print('FileExistsError', e.errno)
with open(os.path.join(d, 'a', 'b', 'f.txt'), 'w') as f:
    f.write('hello\n')
print(sorted(os.listdir(os.path.join(d, 'a'))))
print(os.path.getsize(os.path.join(d, 'a', 'b', 'f.txt')), stat.S_ISDIR(os.stat(d).st_mode), os.path.isfile(d))
print(os.path.exists(d), os.path.islink(d), os.path.realpath(d) == d, os.path.samefile(d, d + '/a/..'))
os.rename(os.path.join(d, 'a', 'b', 'f.txt'), os.path.join(d, 'g.txt'))
print(open(os.path.join(d, 'g.txt')).read(), os.access(d, os.W_OK))
os.removedirs(os.path.join(d, 'a', 'b'))
os.remove(os.path.join(d, 'g.txt'))
os.rmdir(d)
print(os.path.exists(d))
os.removedirs
b = io.BytesIO(b'abc')
print(isinstance(b, io.IOBase), isinstance(sys.stdout, io.TextIOBase), io.open is open)
class R(io.RawIOBase):
    def readinto(self, b):
        return 0
    def readable(self):
        return True
print(R().read(), isinstance(R(), io.RawIOBase), issubclass(io.FileIO, io.RawIOBase))
print(os.environ.get('HOME'), os.fsencode('x'), os.fsdecode(b'y'), os.get_terminal_size.__name__)
os.environ['PYVM_X'] = '1'
print(os.environ['PYVM_X'], os.getenv('PYVM_X'), os.environb[b'PYVM_X'])
del os.environ['PYVM_X']
print(os.getenv('PYVM_X'))
print(sorted(os.supports_dir_fd & {os.stat, os.open, os.unlink, os.rmdir}, key=lambda f: f.__name__))
print(os.scandir in os.supports_fd, os.stat in os.supports_follow_symlinks)
with os.scandir('/') as it:
    print(any(e.name == 'tmp' and e.is_dir() for e in it))
print(io.TextIOWrapper, io.DEFAULT_BUFFER_SIZE, io.UnsupportedOperation)
