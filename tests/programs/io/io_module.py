# io (Lib/io.py over _io): the ABCs, registration of the C classes, Python subclasses of io.RawIOBase/BufferedIOBase/TextIOBase
import io, sys

print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open)
for cls in (io.FileIO, io.BytesIO, io.StringIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom,
            io.BufferedRWPair, io.TextIOWrapper):
    print(cls.__qualname__, issubclass(cls, io.IOBase), issubclass(cls, io.RawIOBase),
          issubclass(cls, io.BufferedIOBase), issubclass(cls, io.TextIOBase))
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout.buffer, io.IOBase))

class Upper(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n].upper()
        self.pos += n
        return n

u = Upper(b'first line\nsecond line\n')
print(u.read(5), u.readline(), u.readlines(), u.read(), u.closed)
t = io.TextIOWrapper(io.BufferedReader(Upper(b'caf\xc3\xa9\nna\xc3\xafve\n')), encoding='utf-8')
print(list(t), t.encoding)
with Upper(b'abc') as u2:
    print(u2.readall())
print(u2.closed)
try:
    u2.read()
except ValueError as e:
    print('ValueError', e)

class Collect(io.BufferedIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)

c = Collect()
w = io.TextIOWrapper(c, encoding='latin-1', newline='\r\n')
w.write('one\ntwo\n')
w.flush()
print(c.parts)
try:
    c.read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)

class Words(io.TextIOBase):
    def __init__(self):
        self.words = ['alpha\n', 'beta\n', 'gamma\n']
    def readline(self, size=-1):
        return self.words.pop(0) if self.words else ''
    def readable(self):
        return True

print(list(Words()), Words().readlines(), io.TextIOBase.encoding)
s = io.StringIO()
print(isinstance(s, io.TextIOBase), s.write('x'), s.getvalue())
try:
    io.TextIOBase().read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
print(io.text_encoding(None), io.text_encoding('utf-8'))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
