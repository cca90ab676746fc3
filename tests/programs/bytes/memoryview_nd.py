# Multi-dimensional memoryviews made by cast: shape, strides, tolist, indexing,
# slicing of the first dimension, comparisons, tobytes in each order, hex, and the
# errors CPython gives for what memoryview does not do on n-d views.
import array

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

buf = bytearray(range(24))
m = memoryview(buf)
m2 = m.cast('B', [4, 6])
print(m2.ndim, m2.shape, m2.strides, m2.nbytes, m2.suboffsets, m2.format, m2.itemsize)
print(m2.c_contiguous, m2.f_contiguous, m2.contiguous)
print(m2.tolist())
print(m2[1, 2], m2[-1, -1], m2[3, 0])
attempt("sub-view", lambda: m2[1])
attempt("multi-slice", lambda: m2[1:2, 0:3])
attempt("too many", lambda: m2[1, 2, 3])
attempt("out of bounds", lambda: m2[4, 0])
attempt("bad key", lambda: m2['a'])
attempt("len", lambda: len(m2))

# Slicing an n-d view slices its first dimension.
s = m2[1:4:2]
print(s.shape, s.strides, s.c_contiguous, s.contiguous, s.tolist())
print(s.tobytes().hex(), s.hex(), s.hex(':', 2))
r = m2[::-1]
print(r.shape, r.strides, r.tolist()[0], r.tobytes()[:6])

# tobytes in C, Fortran and 'A' order.
print(m2.tobytes('C') == bytes(buf), m2.tobytes('F').hex())
print(m2.tobytes('A') == bytes(buf), s.tobytes('A').hex(), s.tobytes('F').hex())

# Assignment through a tuple of indexes.
m2[2, 3] = 200
print(buf[15], m2[2, 3])
attempt("assign sub-view", lambda: m2.__setitem__(1, 5))
attempt("assign slice", lambda: m2.__setitem__(slice(0, 1), b'x'))

# Casts between 1-D and n-D, and to other formats.
m3 = m.cast('B', [2, 3, 4])
print(m3.shape, m3.strides, m3.tolist()[1][2])
i2 = m.cast('i', [2, 3])
print(i2.format, i2.itemsize, i2.shape, i2.strides, i2[1, 2])
back = i2.cast('B')
print(back.shape, back.format, back == m)
attempt("nd to nd", lambda: m3.cast('B', [6, 4]))
attempt("non-byte", lambda: i2.cast('h'))
attempt("product", lambda: m.cast('B', [5, 5]))
attempt("zero dim", lambda: m.cast('B', [0, 24]))
attempt("bad shape", lambda: m.cast('B', [2, 'x']))
attempt("shape type", lambda: m.cast('B', 24))
attempt("non-contiguous", lambda: s.cast('B'))
z = memoryview(b'\x05').cast('B', [])
print(z.ndim, z.shape, z.strides, z.tolist(), z[()], z[...] is z)
attempt("0-d len", lambda: len(z))

# Comparisons: item by item, under each side's format.
a = memoryview(array.array('i', range(6))).cast('B').cast('i', [2, 3])
b = memoryview(bytes(array.array('i', range(6)))).cast('i', [2, 3])
print(a == b, a != b, a == a.tolist(), a == i2)
c = memoryview(array.array('d', [0.0, 1.0, 2.0, 3.0, 4.0, 5.0])).cast('B').cast('d', [2, 3])
print(a == c, c.tolist())
nan = memoryview(array.array('d', [float('nan')]))
print(nan == nan)
print(m2 == bytes(buf), m2.cast('B') == bytes(buf))
h = memoryview(b'abcdef').cast('c', [2, 3])
print(h.tolist(), h == memoryview(b'abcdef').cast('c', [2, 3]), hash(h) == hash(b'abcdef'))

# toreadonly and release of derived views.
ro = m2.toreadonly()
print(ro.readonly, ro.shape, ro.tolist() == m2.tolist())
attempt("readonly", lambda: ro.__setitem__((0, 0), 1))
ro.release()
attempt("released", lambda: ro.shape)
print(m2.shape)
