# memoryview with formats that are not native single characters (ctypes exports them):
# items cannot be read, comparisons go through the struct module; mixed native formats.
import array
import ctypes


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


x = (ctypes.c_int * 3)(1, 2, -3)
m = memoryview(x)
print(m.format, m.itemsize, m.shape)
show("tolist", m.tolist)
show("item", lambda: m[0])
show("iter", lambda: iter(m))
show("setitem", lambda: m.__setitem__(0, 1))
show("eq self copy", lambda: m == memoryview(x))
show("eq array", lambda: m == array.array("i", [1, 2, -3]))
show("eq array other", lambda: m == array.array("i", [1, 2, 3]))
show("eq array longs", lambda: m == array.array("l", [1, 2, -3]))
show("cast B", lambda: m.cast("B").tolist()[:4])


class P(ctypes.Structure):
    _fields_ = [("a", ctypes.c_int), ("b", ctypes.c_double)]


p = (P * 2)()
mp = memoryview(p)
print(mp.format, mp.itemsize)
show("struct tolist", mp.tolist)
show("struct eq", lambda: mp == memoryview(p))
show("struct eq bytes", lambda: mp == mp.tobytes())

b = memoryview(bytes([1, 255, 3]))
show("B vs b", lambda: b == b.cast("b"))
show("B vs c", lambda: b == b.cast("c"))
show("@B vs B", lambda: b == b.cast("@B"))
show("hash @B", lambda: hash(b.cast("@B")) == hash(b))
d = memoryview(array.array("d", [1.0, float("nan")]))
show("nan", lambda: d == d)
show("d vs f", lambda: memoryview(array.array("d", [1.5])) == memoryview(array.array("f", [1.5])))
show("q vs d", lambda: memoryview(array.array("q", [2])) == memoryview(array.array("d", [2.0])))
