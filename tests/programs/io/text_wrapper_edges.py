# TextIOWrapper and FileIO edge cases: C-string arguments, failed __init__, reconfigure's
# argument conversions, buffer-protocol read1 results, chunked pending writes, and
# non-blocking pipes (None for "nothing now", BlockingIOError with characters_written).
import codecs, errno, io, os

b = io.BytesIO()
for kw in [dict(encoding='\udcfe'), dict(encoding='utf-8\0'), dict(encoding='utf-8', errors='\udcfe'),
           dict(encoding='utf-8', errors='replace\0'), dict(encoding=42), dict(encoding='utf-8', newline='\udcfe'),
           dict(encoding='utf-8', newline='xyzzy')]:
    try:
        io.TextIOWrapper(b, **kw)
        print("ok", kw)
    except Exception as e:
        print(type(e).__name__, e)
for name in ['\udcfe', 'utf-8\0']:
    for f in (codecs.lookup, codecs.lookup_error):
        try:
            f(name)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)

t = io.TextIOWrapper(io.BufferedReader(io.BytesIO(b"\xc3\xa9\n")), encoding="utf-8")
try:
    t.__init__(t.buffer, encoding="utf-8", newline="xyzzy")
except ValueError as e:
    print(e)
try:
    t.read()
except ValueError as e:
    print(e)

class BadIndex:
    def __index__(self):
        1 / 0
t = io.TextIOWrapper(io.BytesIO(), 'ascii', 'replace', '\r')
for kw in [dict(encoding=42), dict(encoding='\udcfe'), dict(encoding='locale\0'), dict(errors=42),
           dict(line_buffering=BadIndex()), dict(line_buffering=2**1000), dict(write_through=BadIndex())]:
    try:
        t.reconfigure(**kw)
        print("ok", kw)
    except Exception as e:
        print(type(e).__name__, repr(e)[:70])
print(t.encoding, t.errors, t.line_buffering, t.write_through)
t.reconfigure(line_buffering=5, write_through=0)
print(t.line_buffering, t.write_through)

class MemviewRead1(io.BytesIO):
    def read1(self, n):
        return memoryview(super().read1(n))
print(repr(io.TextIOWrapper(MemviewRead1(b"Just some text\n"), "utf-8").read()))

class Raw(io.RawIOBase):
    def __init__(self):
        self.stack = []
    def writable(self):
        return True
    def write(self, data):
        if len(data) > 8192:
            raise RuntimeError("too big")
        self.stack.append(bytes(data))
        return len(data)
t = io.TextIOWrapper(Raw(), encoding="ascii")
t.write("abc")
t.write("def")
print(t.buffer.stack)
try:
    t.write("x" * 8193)
except RuntimeError as e:
    print(e, t.buffer.stack)

class BadReadinto(io.BufferedReader):
    pass
raw = io.BufferedReader(io.BytesIO(b"12"))
raw.readinto = lambda buf: b''
try:
    io.BufferedReader(raw).readline()
except OSError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

r, w = os.pipe()
os.set_blocking(r, False)
os.set_blocking(w, False)
rf = open(r, "rb", buffering=0)
print(rf.read(), rf.readall(), rf.readinto(bytearray(4)))
wf = open(w, "wb", buffering=1024)
sent = 0
try:
    while True:
        wf.write(b"a" * 999)
        sent += 999
except BlockingIOError as e:
    print(e.args[0] == errno.EAGAIN, e.args[1], e.characters_written == e.args[2])
    sent += e.characters_written
got = 0
while True:
    chunk = rf.read()
    if chunk is None:
        break
    got += len(chunk)
print(got == sent)
raw_w = open(os.dup(wf.fileno()), "wb", buffering=0)
print(raw_w.write(b"x" * 100000) >= 0, raw_w.write(b"y"))
raw_w.close()
try:
    wf.close()
except BlockingIOError:
    pass
rf.close()
