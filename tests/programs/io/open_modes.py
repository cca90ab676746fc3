# builtin open: text and binary modes, reprs, mode/argument errors, context managers, closed files
import _io, posix

base = '/tmp/pyvm_open_modes_%d' % posix.getpid()
posix.mkdir(base)
p = base + '/f.txt'

def show(e):
    print(type(e).__name__, str(e).replace(base, 'BASE'))

def attempt(f):
    try:
        r = f()
        print('ok', repr(r).replace(base, 'BASE'))
    except Exception as e:
        show(e)

with open(p, 'w') as f:
    print(repr(f).replace(base, 'BASE'), f.mode, f.encoding, f.errors, f.line_buffering, f.closed)
    print(f.write('line one\n'), f.write('line two\n'), f.writable(), f.readable(), f.seekable())
    print(type(f.buffer).__qualname__, type(f.buffer.raw).__qualname__, f.buffer.raw.mode, f.buffer.raw.closefd)
    print(f.fileno() > 2, f.isatty(), f.name == p)
print(f.closed)
attempt(lambda: f.write('x'))
attempt(lambda: f.read())

with open(p) as f:
    print(f.read())
with open(p, 'rb') as f:
    print(repr(f).replace(base, 'BASE'), f.mode, f.read())
with open(p, 'a') as f:
    f.write('appended\n')
with open(p, 'r+') as f:
    print(repr(f).replace(base, 'BASE'), repr(f.readline()))
with open(p, 'ab+') as f:
    print(repr(f).replace(base, 'BASE'), f.mode, f.tell())
    f.seek(0)
    print(f.read(4))
with open(p, 'rb', buffering=0) as f:
    print(repr(f).replace(base, 'BASE'), f.read(4), f.readall())
with open(p, 'w+b') as f:
    print(repr(f).replace(base, 'BASE'), f.mode, f.write(b'new\x00bytes'), f.seek(0), f.read())
with open(p, 'rt', encoding='latin-1') as f:
    print(repr(f).replace(base, 'BASE'), repr(f.read()))
attempt(lambda: open(p, 'x'))
with open(base + '/new.txt', 'x') as f:
    print(repr(f).replace(base, 'BASE'), f.buffer.raw.mode)

for mode in ['rw', 'rr', 'z', 'rt+b', '', 'U', 'rU', 'xa', 'r++', 'wb+t', 'bb']:
    attempt(lambda: open(p, mode))
attempt(lambda: open(p, 'rb', encoding='utf-8'))
attempt(lambda: open(p, 'rb', errors='strict'))
attempt(lambda: open(p, 'rb', newline=''))
attempt(lambda: open(p, 'r', buffering=0))
attempt(lambda: open(p, 'r', newline='x'))
attempt(lambda: open(p, 'r', newline=5))
attempt(lambda: open(p, 'r', encoding=5))
attempt(lambda: open(p, 'r', errors=5))
attempt(lambda: open(p, 'r', encoding='no-such-codec'))
attempt(lambda: open(p, 5))
attempt(lambda: open([], 'r'))
attempt(lambda: open(1.5, 'r'))
attempt(lambda: open(-1, 'r'))
attempt(lambda: open(p, closefd=False))
attempt(lambda: open(base + '/missing/x'))
attempt(lambda: open(base + '/missing.txt'))
attempt(lambda: open(base))
attempt(lambda: open(base, 'w'))
attempt(lambda: open(p, 'r', foo=1))

f = open(p)
f.close()
f.close()
for op in (f.read, f.readline, f.tell, f.flush, lambda: f.seek(0), f.fileno, f.readable, lambda: next(f), lambda: iter(f)):
    attempt(op)
attempt(lambda: f.__enter__())
print(repr(f).replace(base, 'BASE'))

w = open(p, 'w')
attempt(w.read)
attempt(w.readline)
attempt(lambda: next(w))
w.close()
r = open(p)
attempt(lambda: r.write('x'))
attempt(lambda: r.truncate())
r.close()

fd = posix.open(p, posix.O_RDWR)
f = open(fd, 'w', closefd=False)
print(f.name == fd, repr(f).replace(str(fd), 'FD'))
f.write('via fd')
f.close()
print(posix.read(fd, 100) == b'' , posix.lseek(fd, 0, 0), posix.read(fd, 100))
posix.close(fd)

f = open(p, 'w', opener=lambda path, flags: posix.open(path, flags, 0o600))
f.write('opened by opener')
f.close()
print(open(p).read(), oct(posix.stat(p).st_mode & 0o777))

posix.unlink(p)
posix.unlink(base + '/new.txt')
posix.rmdir(base)
