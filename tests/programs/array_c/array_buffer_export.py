# array.array exports its items as a buffer: memoryview has the typecode as format, bytes()
# copies the raw bytes, struct.pack_into writes into it, and a live view stops resizing.
import array
import struct

a = array.array('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m.shape, m.readonly)
try:
    a.append(4)
except BufferError as e:
    print('BufferError:', e)
try:
    del a[0]
except BufferError as e:
    print('BufferError:', e)
a[0] = 7          # same size: allowed while exported
print(m[0], m.tolist())
m[1] = 8
print(a)
m.release()
a.append(4)
print(a)
print(bytes(array.array('h', [1, -1])), bytearray(array.array('B', [65, 66])))
print(bytes(a) == a.tobytes(), len(bytes(array.array('d', [1.0, 2.0]))))
struct.pack_into('<i', a, 4, 99)
print(a)
bb = bytearray(8)
struct.pack_into('<i', memoryview(bb), 2, -1)
print(bb)
try:
    struct.pack_into('<i', memoryview(b'12345678'), 0, 1)
except TypeError as e:
    print('TypeError:', e)
print(memoryview(array.array('b', b'xyz')).cast('B').tobytes())
print(b'-'.join([array.array('B', b'ab'), b'c']))
