# Python subclasses of _io's base classes: _RawIOBase.read over readinto, _IOBase readline/iteration/context manager
import _io

class Counter(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

c = Counter(b'abc\ndefgh\nij')
print(c.read(2), c.read(), c.read())
c = Counter(b'abc\ndefgh\nij')
print(c.readline(), list(c), c.closed)
c = Counter(b'0123456789')
print(c.readall())
br = _io.BufferedReader(Counter(b'line1\nline2\nline3'))
print(br.readline(), br.read(3), br.read())
t = _io.TextIOWrapper(_io.BufferedReader(Counter('snow ☃\nend'.encode())), encoding='utf-8')
print(list(t))

class Sink(_io._RawIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

s = Sink()
w = _io.BufferedWriter(s, 4)
w.write(b'ab')
w.write(b'cdefgh')
w.flush()
print(s.chunks)
with Sink() as s2:
    print(s2.closed, s2.writable(), s2.readable(), s2.seekable())
print(s2.closed)
for op in (s2.flush, lambda: s2.__enter__(), lambda: iter(s2)):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)

class Base(_io._IOBase):
    pass
b = Base()
for op in (b.fileno, lambda: b.seek(0), b.tell, b.truncate, lambda: b.read()):
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
b.close()
print(b.closed)
try:
    b._checkClosed()
except ValueError as e:
    print('ValueError', e)
for t in (_io._BufferedIOBase(), _io._TextIOBase()):
    for name in ('read', 'write', 'detach'):
        try:
            getattr(t, name)(*([] if name != 'write' else ['x']))
        except Exception as e:
            print(type(e).__name__, e)
print(_io._TextIOBase().encoding, _io._TextIOBase().newlines, _io._TextIOBase().errors)
print(issubclass(_io.UnsupportedOperation, OSError), issubclass(_io.UnsupportedOperation, ValueError))
print(_io.UnsupportedOperation.__module__, _io.DEFAULT_BUFFER_SIZE, _io.BlockingIOError is BlockingIOError)
print([c.__qualname__ for c in _io.FileIO.__mro__], [c.__qualname__ for c in _io.TextIOWrapper.__mro__])
print(_io.open is open)
d = _io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), repr(d.decode('', final=True)), repr(d.newlines), d.getstate())
d.reset()
print(repr(d.newlines), repr(d.decode('x\ry\r\n', True)), d.newlines)
