# TextIOWrapper tell/seek cookies round-trip (ASCII, multi-byte UTF-8, \r\n), seek errors, read/write mixing in r+
import posix

base = '/tmp/pyvm_text_seek_%d' % posix.getpid()
posix.mkdir(base)
p = base + '/f.txt'
with open(p, 'w', encoding='utf-8') as f:
    f.write('héllo wörld\n')
    print(f.tell())
    f.write('ünïcödé ☃ 😀\n')
    print(f.tell())
    f.write('plain line\n')

with open(p, encoding='utf-8') as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((pos, line))
    print([m[0] for m in marks], f.tell())
    for pos, line in reversed(marks):
        f.seek(pos)
        print(pos, f.readline() == line)
    f.seek(0)
    print(repr(f.read(3)), f.tell(), repr(f.read(3)))
    t = f.tell()
    rest = f.read()
    f.seek(t)
    print(f.read() == rest)
    print(f.seek(0, 2), repr(f.read()))
    for args in [(5, 1), (5, 2), (-1,), (0, 7)]:
        try:
            f.seek(*args)
        except (OSError, ValueError) as e:
            print(type(e).__name__, e)
    print(f.seek(0, 1) == f.tell())

with open(p, 'w', newline='') as f:
    f.write('a\r\nb\r\nc\rd\n')
with open(p) as f:
    pos = []
    lines = []
    for _ in range(4):
        pos.append(f.tell())
        lines.append(f.readline())
    print(lines, pos[:3])
    for p2, line in zip(pos, lines):
        f.seek(p2)
        print(repr(f.readline()) == repr(line), end=' ')
    f.seek(pos[3])
    print(repr(f.read()))

with open(p) as f:
    it = iter(f)
    next(it)
    try:
        f.tell()
    except OSError as e:
        print('OSError', e)
    list(it)
    print(f.tell())

with open(p, 'r+') as f:
    print(repr(f.read(2)))
    f.seek(0, 2)
    f.write('END')
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    f.write('XY')
    f.seek(0)
    print(repr(f.readline()))
    print(f.truncate(4), f.tell())
with open(p, 'rb') as f:
    print(f.read())

posix.unlink(p)
posix.rmdir(base)
