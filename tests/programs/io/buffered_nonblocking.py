# BufferedWriter over a raw stream that sometimes takes nothing (write returns None):
# what fits is buffered, BlockingIOError says how much of the call was taken. Also the
# readable()/writable() each buffered type has, readinto1's single raw read, and
# BlockingIOError's characters_written.
import io


class Raw(io.RawIOBase):
    def __init__(self):
        self.out = []
        self.blocker = None

    def writable(self):
        return True

    def readable(self):
        return True

    def write(self, b):
        b = bytes(b)
        if self.blocker is not None:
            n = b.find(self.blocker)
            if n > 0:
                self.out.append(b[:n])
                return n
            if n == 0:
                self.blocker = None
                return None
        self.out.append(b)
        return len(b)

    def take(self):
        s = b"".join(self.out)
        self.out.clear()
        return s


raw = Raw()
w = io.BufferedWriter(raw, 8)
print(w.write(b"abcd"), w.write(b"efghi"))
raw.blocker = b"k"
print(w.write(b"jklmn"))
raw.blocker = b"0"
try:
    w.write(b"opqrwxyz0123456789")
except BlockingIOError as e:
    # args[0] is C's errno of the moment in CPython (nothing set it for a Python raw stream).
    print("blocked", e.characters_written, e.args[1:], e.filename)
print(raw.take())
print(w.write(b"ABCDEFGHI"), raw.take()[:9])

e = BlockingIOError(11, "x")
try:
    e.characters_written
except AttributeError:
    print("AttributeError")
e.characters_written = 3
print(e.characters_written)
del e.characters_written
print(hasattr(e, "characters_written"))

for tp in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom):
    b = tp(io.BytesIO(b"data"))
    print(tp.__name__, b.readable(), b.writable(), "readable" in tp.__dict__, "writable" in tp.__dict__)


class Chunks(io.RawIOBase):
    def __init__(self, chunks):
        self.chunks = list(chunks)
        self.reads = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.reads += 1
        if not self.chunks:
            return 0
        c = self.chunks.pop(0)
        b[:len(c)] = c
        return len(c)


raw = Chunks([b"abc", b"de", b"fgh", b"jkl"])
r = io.BufferedReader(raw, 10)
buf = bytearray(2)
print(r.peek(3), r.readinto1(buf), bytes(buf), r.readinto1(buf), r.readinto1(buf), bytes(buf), raw.reads)
buf = bytearray(20)
print(r.peek(3), r.readinto1(buf), bytes(buf[:6]), raw.reads)
print(open.__module__, io.open is open)

try:
    io.BufferedWriter(io.BytesIO(), 2**62)
except MemoryError:
    print("MemoryError")
w = io.BufferedWriter(io.BytesIO())
try:
    w.__init__(io.BytesIO(), 0)
except ValueError as e:
    print(e)
try:
    w.write(b"x")
except ValueError as e:
    print(e)
