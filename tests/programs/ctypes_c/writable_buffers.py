# ctypes instances export writable buffers (PyCData_NewGetBuffer): memoryview assignment, readinto and struct.pack_into reach the C memory.
import ctypes, io, struct, array
class EmptyStruct(ctypes.Structure): pass
def byteslike(*pos, **kw):
    data = bytes(*pos, **kw)
    obj = EmptyStruct()
    ctypes.resize(obj, len(data))
    memoryview(obj).cast("B")[:] = data
    return obj
b = byteslike(b"hello")
print(bytes(b), memoryview(b).readonly)
buf = byteslike(5)
print(io.BytesIO(b"abcdefgh").readinto(buf), bytes(buf))
x = (ctypes.c_char * 8)()
struct.pack_into("<i", x, 2, 0x01020304); print(bytes(x))
a = (ctypes.c_int * 3)(1, 2, 3); mv = memoryview(a).cast("B"); mv[4] = 42; print(list(a))
