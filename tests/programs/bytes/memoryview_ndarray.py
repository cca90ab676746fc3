# memoryview over _testbuffer.ndarray, CPython's configurable PEP 3118 exporter:
# arbitrary struct formats, strides (negative too), Fortran order, PIL-style suboffsets,
# re-exporters and the buffer requests' errors.
from _testbuffer import *

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

nd = ndarray(list(range(12)), shape=[3, 4], format='i')
m = memoryview(nd)
print(m.obj is nd, m.format, m.itemsize, m.shape, m.strides, m.suboffsets, m.nbytes)
print(m.tolist() == nd.tolist(), m[2, 3], m == nd, m[1:].tolist())

# Negative strides and an offset.
neg = ndarray(list(range(12)), shape=[3, 4], strides=[-16, 4], offset=32, format='i')
mn = memoryview(neg)
print(mn.tolist(), mn.c_contiguous, mn.tobytes()[:8].hex(), mn.hex()[:16])
print(get_pointer(neg, [0, 1]), is_contiguous(neg, 'C'), cmp_contig(neg, nd))

# Fortran order.
f = ndarray(list(range(6)), shape=[2, 3], format='h', flags=ND_FORTRAN)
mf = memoryview(f)
print(mf.strides, mf.c_contiguous, mf.f_contiguous, mf.tolist())
print(mf.tobytes('F').hex(), mf.tobytes('A').hex(), mf.tobytes('C').hex())
c = get_contiguous(f, PyBUF_READ, 'C')
print(c.strides, c.tolist() == mf.tolist(), c.obj == c.tobytes())
print(py_buffer_to_contiguous(f, 'C', PyBUF_FULL_RO).hex())

# PIL-style arrays: a first dimension of pointers, with suboffsets.
pil = ndarray(list(range(12)), shape=[3, 4], format='B', flags=ND_PIL)
mp = memoryview(pil)
print(mp.suboffsets, mp.strides, mp.tolist(), mp.c_contiguous, mp.contiguous)
print(mp[2, 1], mp == nd.tolist(), mp.tobytes().hex(), mp.tobytes('F').hex())
print(mp[::-1].tolist(), mp[1:].suboffsets, mp[1:].strides)
attempt("cast", lambda: mp.cast('B'))
attempt("simple request", lambda: ndarray(mp, getbuf=PyBUF_SIMPLE))
sub = ndarray(list(range(12)), shape=[3, 4], strides=[16, -4], offset=12, format='i', flags=ND_PIL)
print(memoryview(sub).tolist(), memoryview(sub).suboffsets)

# Struct formats memoryview cannot unpack: compared through the struct module.
rec = ndarray([(1, 2.5), (3, 4.5)], shape=[2], format='id')
mr = memoryview(rec)
print(mr.format, mr.itemsize, mr == rec, mr == ndarray([(1, 2.5), (3, 4.0)], shape=[2], format='id'))
attempt("tolist", mr.tolist)
attempt("item", lambda: mr[0])
big = ndarray([1, 2, 3], shape=[3], format='>h')
print(memoryview(big) == ndarray([1, 2, 3], shape=[3], format='<h'), memoryview(big) == [1, 2, 3])
print(memoryview(big).tobytes().hex())

# Writable exporters, re-exporters and buffer requests.
w = ndarray(list(range(6)), shape=[6], format='B', flags=ND_WRITABLE)
mw = memoryview(w)
mw[1:4] = b'xyz'
mw[0] = 255
print(w.tolist(), w.readonly, mw.readonly)
re = ndarray(w, getbuf=PyBUF_FULL)
print(re.obj is w, re.tolist(), re.flags & ND_WRITABLE)
attempt("writable", lambda: ndarray(nd, getbuf=PyBUF_WRITABLE))
attempt("c-contig", lambda: ndarray(f, getbuf=PyBUF_C_CONTIGUOUS))
attempt("format only", lambda: ndarray(nd, getbuf=PyBUF_FORMAT))
attempt("forced", lambda: memoryview(ndarray([1], shape=[1], flags=ND_GETBUF_FAIL)))

# A view that has exported a buffer cannot be released until the consumer lets go.
ba = bytearray(b'abc')
v = memoryview(ba)
consumer = ndarray(v)
attempt("release", v.release)
del consumer
v.release()
print(repr(v).startswith('<released memory at'))

# Bases: push and pop change the ndarray's layout when nothing is exported.
nd2 = ndarray([1, 2, 3], shape=[3])
nd2.push([4, 5, 6, 7], shape=[2, 2])
print(nd2.tolist(), nd2.shape)
x = memoryview(nd2)
attempt("push while exported", lambda: nd2.push([1], shape=[1]))
x.release()
nd2.pop()
print(nd2.tolist())
attempt("pop last", nd2.pop)

# Scalars and the module's helpers.
s = ndarray(7, shape=[], format='q')
ms = memoryview(s)
print(ms.ndim, ms.shape, ms[()], ms.tolist(), s[()])
print(slice_indices(slice(None, None, -2), 7), get_sizeof_void_p())
print(memoryview(staticarray()).tolist()[:4], memoryview(staticarray(True)).obj)
