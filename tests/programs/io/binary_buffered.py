# BufferedReader/Writer/Random, FileIO and BufferedRWPair: read/read1/peek/readinto/readline, seek/tell, truncate, errors
import _io, posix

base = '/tmp/pyvm_binary_%d' % posix.getpid()
posix.mkdir(base)
p = base + '/f.bin'

def show(e):
    print(type(e).__name__, str(e).replace(base, 'BASE'))

raw = _io.FileIO(p, 'w')
print(repr(raw).replace(base, 'BASE'), raw.mode, raw.readable(), raw.writable(), raw.seekable(), raw.closefd)
w = _io.BufferedWriter(raw, buffer_size=16)
print(repr(w).replace(base, 'BASE'), w.raw is raw, w.write(b'0123456789'), w.tell())
print(posix.fstat(raw.fileno()).st_size)
print(w.write(bytearray(b'abcdefghij')), w.tell(), posix.fstat(raw.fileno()).st_size)
w.write(b'\nline2\nline3')
w.flush()
print(posix.fstat(raw.fileno()).st_size)
w.close()
print(w.closed, raw.closed, repr(raw))
try:
    w.write(b'x')
except ValueError as e:
    show(e)

r = _io.BufferedReader(_io.FileIO(p), 8)
print(repr(r).replace(base, 'BASE'), r.read(3), r.peek(1)[:1], r.read1(2), r.tell())
b = bytearray(4)
print(r.readinto(b), b, r.readline(), r.readline(3), r.tell())
print(r.readlines(), r.read(), r.read1(5), r.peek())
print(r.seek(2), r.read(3), r.seek(-3, 2), r.read(), r.seek(1, 0), r.seek(2, 1), r.read(2))
try:
    r.read(-2)
except ValueError as e:
    show(e)
try:
    r.write(b'x')
except _io.UnsupportedOperation as e:
    show(e)
r.close()
for op in (r.read, r.peek, lambda: r.seek(0)):
    try:
        op()
    except ValueError as e:
        show(e)

with _io.open(p, 'r+b') as rw:
    print(type(rw).__qualname__, rw.read(4), rw.write(b'XX'), rw.tell(), rw.read(2))
    rw.seek(0)
    print(rw.read(8))
    print(rw.truncate(5), rw.tell())
    rw.seek(0, 2)
    print(rw.tell())
    rw.write(b'!')
    rw.seek(0)
    print(rw.read())
with _io.open(p, 'rb') as f:
    print([line for line in f])

f = _io.FileIO(p, 'r+')
print(f.read(2), f.tell(), f.seek(0, 2), f.write(b'++'), f.seek(0), f.readall())
print(f.truncate(3), f.read(), f.seek(0), f.read())
arr = bytearray(10)
f.seek(0)
print(f.readinto(arr), arr)
f.close()
print(repr(f))
for op in (f.read, f.fileno, f.readable, lambda: f.seek(0), f.tell):
    try:
        op()
    except ValueError as e:
        show(e)
f = _io.FileIO(p)
for op in (lambda: f.write(b'x'), lambda: f.truncate(0)):
    try:
        op()
    except _io.UnsupportedOperation as e:
        show(e)
f.close()
for args in [(p, 'rw'), (p, 'rt'), (p, 'r++'), (base + '/none', 'r'), (base, 'r'), (-5,)]:
    try:
        _io.FileIO(*args)
    except (ValueError, OSError) as e:
        show(e)
try:
    _io.FileIO(p, opener=lambda a, b: -1)
except ValueError as e:
    show(e)
try:
    _io.BufferedReader(_io.FileIO(p), 0)
except ValueError as e:
    show(e)
try:
    _io.BufferedWriter(_io.FileIO(p))
except _io.UnsupportedOperation as e:
    show(e)

rfd, wfd = posix.pipe()
pair = _io.BufferedRWPair(_io.FileIO(rfd, 'r'), _io.FileIO(wfd, 'w'))
print(pair.write(b'through pair\n'), pair.flush(), pair.readline(), pair.readable(), pair.writable())
pair.close()
print(pair.closed)
try:
    posix.close(rfd)
except OSError as e:
    show(e)

posix.unlink(p)
posix.rmdir(base)
