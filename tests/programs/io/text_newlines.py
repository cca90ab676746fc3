# TextIOWrapper: universal newlines, newline= modes on read and write, newlines attribute, readline limits, iteration
import posix, _io

base = '/tmp/pyvm_text_newlines_%d' % posix.getpid()
posix.mkdir(base)
p = base + '/f.txt'
data = b'one\ntwo\r\nthree\rfour\r\n\rfive\n\nsix'
with open(p, 'wb') as f:
    f.write(data)

for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, newline=nl) as f:
        lines = list(f)
        print(repr(nl), lines, repr(f.newlines))
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()), repr(f.newlines))
    with open(p, newline=nl) as f:
        print(repr(nl), [f.readline(3) for _ in range(5)])
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines(10), f.readlines())

for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, 'w', newline=nl) as f:
        f.write('a\nb\r\nc\rd')
    with open(p, 'rb') as f:
        print('write', repr(nl), f.read())

with open(p, 'w') as f:
    f.writelines(['x\n', 'y\n', 'z'])
with open(p) as f:
    print(f.readline(), f.readline(0), f.readline(-1), repr(f.readline()), repr(f.readline()))
    print(f.read(), repr(f.read()), repr(f.readline()))

# a \r\n split across chunk boundaries
with open(p, 'wb') as f:
    f.write(b'a' * 8191 + b'\r\n' + b'b' * 10 + b'\r')
with open(p) as f:
    lines = f.readlines()
    print(len(lines), [len(x) for x in lines], repr(lines[-1][-3:]), repr(f.newlines))
with open(p, newline='') as f:
    lines = f.readlines()
    print(len(lines), [len(x) for x in lines], repr(lines[0][-2:]))
with open(p) as f:
    s = f.read(8191)
    print(len(s), repr(f.read(2)), len(f.read()))

# line buffering and write_through
raw = _io.BytesIO()
t = _io.TextIOWrapper(raw, encoding='ascii', line_buffering=True)
print(t.line_buffering, t.write_through, t.encoding, t.errors)
t.write('no newline')
print(raw.getvalue())
t.write(' now\n')
print(raw.getvalue())
t.reconfigure(line_buffering=False, newline='\r\n')
t.write('x\ny\n')
print(raw.getvalue())
t.flush()
print(raw.getvalue())
print(repr(t))

posix.unlink(p)
posix.rmdir(base)
