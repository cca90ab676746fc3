# io_stress: pseudo-random operation sequences on BufferedRandom, FileIO, TextIOWrapper, BytesIO and StringIO
import _io, posix

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n

base = '/tmp/pyvm_io_stress_%d' % posix.getpid()
posix.mkdir(base)
p = base + '/f.bin'

def run_binary(f, rounds, writing=True):
    for i in range(rounds):
        op = rnd(10)
        if not writing and op in (3, 8):
            op = 9
        if op == 0:
            r = f.read(rnd(30) - 1)
        elif op == 1:
            # (read1 and peek sizes follow the buffer; CPython's BufferedRandom shares one
            # buffer between reads and writes, so they are only compared read-only.)
            r = f.read(3) if writing else f.read1(rnd(30) + 1) if rnd(2) else f.peek(rnd(5))
        elif op == 2:
            r = f.readline(rnd(25) - 1)
        elif op == 3:
            r = f.write(bytes([97 + rnd(26) for _ in range(rnd(12))]) + (b'\n' if rnd(3) == 0 else b''))
        elif op == 4:
            r = f.seek(rnd(60))
        elif op == 5:
            r = f.seek(rnd(11) - 5, 1) if f.tell() >= 5 else f.seek(0, 1)
        elif op == 6:
            r = f.seek(-rnd(10), 2) if rnd(2) else f.seek(0, 2)
        elif op == 7:
            r = f.tell()
        elif op == 8:
            if rnd(4) == 0:
                r = f.truncate(rnd(80))
            else:
                b = bytearray(rnd(8))
                n = f.readinto(b)
                r = (n, bytes(b))
        else:
            f.flush()
            r = 'flush'
        print(i, op, r)

with open(p, 'wb') as f:
    f.write(b'0123456789\nabcdefghij\nklmnopqrst\n' * 2)
for bufsize in (2, 7, 16, 4096):
    with open(p, 'rb', buffering=bufsize) as f:
        print('BufferedReader', bufsize)
        run_binary(f, 120, writing=False)
    with open(p, 'r+b', buffering=bufsize) as f:
        print('BufferedRandom', bufsize)
        run_binary(f, 120)
    with open(p, 'rb') as f:
        print(f.read())
with open(p, 'r+b', buffering=0) as f:
    print('FileIO')
    run_binary(f, 120)
# Read-only with seeks inside and outside small buffers, watching peek and read1.
with open(p, 'rb', buffering=8) as f:
    print('seek in buffer')
    for i in range(80):
        op = rnd(5)
        if op == 0:
            r = f.seek(rnd(70))
        elif op == 1:
            r = f.seek(rnd(9) - 4, 1) if f.tell() >= 4 else f.tell()
        elif op == 2:
            r = f.peek(1)
        elif op == 3:
            r = f.read1(rnd(12) + 1)
        else:
            r = f.read(rnd(5))
        print(i, op, r)
b = _io.BytesIO(b'start\nof the\nbytes')
print('BytesIO')
run_binary(b, 150)
print(b.getvalue())

words = ['héllo', 'wörld', '☃', 'plain', 'text', '😀', 'ascii', 'x']
def run_text(f, rounds, marks):
    for i in range(rounds):
        op = rnd(8)
        if op == 0:
            r = f.read(rnd(20) - 1)
        elif op == 1:
            r = f.readline(rnd(15) - 1)
        elif op == 2:
            marks.append((f.tell(), f.read(rnd(6))))
            r = marks[-1]
        elif op == 3 and marks:
            pos, s = marks[rnd(len(marks))]
            f.seek(pos)
            r = (pos, f.read(len(s)) == s)
        elif op == 4:
            f.seek(0, 2)
            r = f.write(' '.join(words[rnd(len(words))] for _ in range(rnd(4))) + ('\n' if rnd(2) else ''))
            del marks[:]
        elif op == 5:
            f.seek(0, 2)
            r = f.tell()
            del marks[:]
        elif op == 6:
            r = f.seek(0)
        else:
            r = f.tell()
        print(i, op, repr(r))

with open(p, 'w', encoding='utf-8') as f:
    for k in range(40):
        f.write(' '.join(words[rnd(len(words))] for _ in range(rnd(6))) + '\n')
for chunk in (1, 5, 8192):
    with open(p, 'r+', encoding='utf-8') as f:
        f._CHUNK_SIZE = chunk
        print('TextIOWrapper', chunk)
        run_text(f, 150, [])
with open(p, encoding='utf-8') as f:
    print(f.read())

s = _io.StringIO('some\ntext\nhere')
print('StringIO')
run_text(s, 150, [])
print(repr(s.getvalue()))

posix.unlink(p)
posix.rmdir(base)
