# PickleBuffer.raw() is a 1-D byte view over the same memory in the order it lies in, as
# writable as the buffer: for C- and Fortran-ordered buffers alike (protocol 5 pickles a
# writable buffer in-band as BYTEARRAY8 and a read-only one as SHORT_BINBYTES).
import pickle, pickletools
from _testbuffer import ndarray, ND_WRITABLE
def opcodes(data):
    return [op.name for op, arg, pos in pickletools.genops(data)]
for flags in (0, ND_WRITABLE):
    for shape, strides in (((8,), None), ((4, 2), (2, 1)), ((4, 2), (1, 4))):
        kw = {} if strides is None else {"strides": strides}
        a = ndarray(list(b"abcdefgh"), format="B", shape=shape, flags=flags, **kw)
        pb = pickle.PickleBuffer(a)
        with pb.raw() as m:
            print(flags, shape, strides, m.readonly, m.shape, m.format, m.tobytes(), m.obj is a)
            if not m.readonly:
                m[0] = ord("z")
        print("  exporter sees", a.tobytes())
        data = pickle.dumps(pb, 5)
        print("  ", [o for o in opcodes(data) if o in ("SHORT_BINBYTES", "BYTEARRAY8", "NEXT_BUFFER")])
        bufs = []
        data = pickle.dumps(pb, 5, buffer_callback=bufs.append)
        print("  oob", [o for o in opcodes(data) if o in ("NEXT_BUFFER", "READONLY_BUFFER")], bytes(bufs[0].raw()))
pb.release()
try:
    pb.raw()
except ValueError as e:
    print(type(e).__name__, e)
b = ndarray(list(range(8)), format="B", shape=(8,), flags=ND_WRITABLE)
try:
    pickle.PickleBuffer(b[::2]).raw()
except BufferError as e:
    print(type(e).__name__, e)
