# bytearray.__alloc__: CPython's allocation numbers (PyByteArray_Resize's growth policy), as
# append, +=, extend and __init__ from an iterable grow the storage; and the operations
# that work on the content after such growth.
b = bytearray()
seq = [b.__alloc__()]
for i in range(100):
    b += b"x"
    seq.append(b.__alloc__())
print(seq)
c = bytearray()
seq = []
for i in range(40):
    c.append(i)
    seq.append(c.__alloc__())
print(seq)
print(bytearray(b'abc').__alloc__(), bytearray(5).__alloc__(), bytearray(0).__alloc__())
def g():
    for i in range(1, 20):
        yield i
        print(len(d), d.__alloc__(), end=' ')
d = bytearray(b'zzz')
d.__init__(g())
print()
print(d, d.__alloc__())
d.extend(b'q' * 1000)
print(len(d), d.__alloc__())
e = bytearray(); e.__init__(); print(e.__alloc__())
e = bytearray(b'abc'); e.clear(); print(e.__alloc__()); e.append(1); print(e.__alloc__())
e = bytearray(b''); print(e.__alloc__(), bytearray([]).__alloc__(), bytearray(iter([])).__alloc__())
e = bytearray(b'abc'); e.__init__([]); print(e.__alloc__())
try:
    e = bytearray(b"ab"); e.__init__(iter([1, 2, 300]))
except ValueError as x: print(x, e)
m = bytearray(b'abc'); v = memoryview(m)
try: m.append(1)
except BufferError as x: print(x)
v.release(); m.append(1); print(m, m.__alloc__())
print(bytearray([1, 2, 3]).__alloc__(), bytearray((1,) * 20).__alloc__(), bytearray(range(20)).__alloc__())
e = bytearray(b'abcdef'); e.__init__([1, 2]); print(e, e.__alloc__())
b = bytearray(b'hello'); b.extend(b' world'); b.append(33); b.reverse(); print(b, len(b), b[0], b[-1], list(b)[:3], b.find(b'ow'))
b[0] = 65; b += bytearray(b'..'); print(bytes(b), b == bytearray(b'A'), b * 2, b.pop(), b)
b.extend(range(3)); print(b, int(bytearray(b'12') + bytearray(b'3')), float(bytearray(b'1.5')), memoryview(b).tobytes())
