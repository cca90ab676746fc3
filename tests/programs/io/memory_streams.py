# BytesIO and StringIO: reading, writing past the end, seek rules, truncate, newline modes, errors on closed streams
import _io

b = _io.BytesIO(b'hello\nworld\n')
print(b.read(3), b.tell(), b.readline(), b.readlines(), b.read(), b.getvalue())
print(b.seek(0), b.read1(2), b.seek(3, 1), b.read(1), b.seek(-2, 2), b.read())
print(b.seek(20), b.write(b'X'), b.getvalue(), b.tell())
print(b.truncate(3), b.getvalue(), b.tell(), b.write(b'Z'), b.getvalue())
buf = bytearray(4)
b.seek(0)
print(b.readinto(buf), buf, b.readable(), b.writable(), b.seekable(), b.isatty())
b.seek(0)
print(list(b), b.writelines([b'a', bytearray(b'b')]), b.getvalue())
for args in [(-1,), (0, 5)]:
    try:
        b.seek(*args)
    except ValueError as e:
        print('ValueError', e)
for op in (lambda: b.write('str'), lambda: _io.BytesIO('x'), lambda: b.truncate(-1), b.fileno):
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
b.close()
print(b.closed)
for op in (b.read, b.getvalue, b.tell, lambda: b.write(b'x'), b.readable):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)

s = _io.StringIO('héllo\nwörld\n☃')
print(repr(s.read(3)), s.tell(), repr(s.readline()), s.readlines(), repr(s.read()), s.tell())
print(s.seek(0), s.read(), s.seek(100), s.write('!'), repr(s.getvalue()))
print(s.seek(2), s.write('LL'), repr(s.getvalue()), s.truncate(), repr(s.getvalue()), s.tell())
for args in [(-1,), (1, 1), (1, 2), (0, 9)]:
    try:
        s.seek(*args)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
print(s.seek(0, 1), s.seek(0, 2), s.line_buffering, s.newlines, s.readable(), s.writable(), s.seekable())
for op in (lambda: s.write(b'x'), lambda: _io.StringIO(5), lambda: _io.StringIO('x', 'z'),
           lambda: _io.StringIO('x', newline=5), s.fileno, lambda: s.truncate(-1)):
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)

for nl in [None, '', '\n', '\r', '\r\n']:
    s = _io.StringIO('a\nb\r\nc\rd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    s = _io.StringIO(newline=nl)
    s.write('x\ny\r\n')
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), [s.readline() for _ in range(3)])
s = _io.StringIO()
print(s.write('abc'), s.tell(), repr(s.read()), s.seek(0), [line for line in s])
s.close()
for op in (s.read, s.getvalue, lambda: s.write('x')):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
print(s.closed)
with _io.StringIO('ctx') as s2:
    print(s2.read())
print(s2.closed)

# memoryview as a source and as a readinto target
b = _io.BytesIO(b'hello world')
m = memoryview(bytearray(5))
print(b.readinto(m), bytes(m))
f = _io.BytesIO()
print(f.write(memoryview(b'abc')), f.write(bytearray(b'de')), f.getvalue())
try:
    b.readinto(memoryview(b'xyz'))
except TypeError as e:
    print('TypeError', e)
r = _io.BufferedReader(_io.BytesIO(b'0123456789'))
m = memoryview(bytearray(4))
print(r.readinto(m), bytes(m), r.readinto1(m), bytes(m))
