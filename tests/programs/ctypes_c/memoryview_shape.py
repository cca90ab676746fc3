# memoryview of ctypes instances: PEP 3118 shape from the type (0-dim for simple, structure,
# pointer and empty-structure instances; an array's dimensions), strides, itemsize; writes
# through a cast view and pack_into reach the C memory. Compare _ctypes.c: PyCData_NewGetBuffer.
from ctypes import *
import struct
x = c_int(7)
v = memoryview(x)
print(v.ndim, v.shape, v.strides, v.itemsize, v.nbytes, v.tobytes(), v.c_contiguous)
v2 = v.cast('B')
print(v2.tolist(), v2.shape)
v2[0] = 9
print(x.value)
a = (c_short * 3 * 2)()
m = memoryview(a)
print(m.ndim, m.shape, m.strides, m.itemsize, m.format, len(m))
a[1][2] = 5
print(bytes(m))
class S(Structure):
    _fields_ = [("a", c_int), ("b", c_char)]
s = S(1, b'x')
ms = memoryview(s)
print(ms.ndim, ms.shape, ms.itemsize, ms.nbytes, ms.format, bytes(ms))
struct.pack_into('i', s, 0, 42)
print(s.a)
p = pointer(x)
mp = memoryview(p)
print(mp.ndim, mp.format, mp.itemsize)
class E(Structure):
    _fields_ = []
me = memoryview(E())
print(me.ndim, me.itemsize, me.nbytes, me.tobytes())
print(bytes(x), bytearray(a)[:4])
import array
print(memoryview(c_double(1.5)).cast('B').cast('d')[0])
