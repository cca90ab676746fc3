# Arrays, pointers, casts, the memory functions and keeping objects alive.
from ctypes import *


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


IntArray5 = c_int * 5
a = IntArray5(5, 1, 7, 33, 99)
print(IntArray5.__name__, len(a), sizeof(a), list(a), a[-1], a[1:3], a[::2])
a[0] = 42
a[1:3] = [8, 9]
print(list(a))
show("index", lambda: a[5])
show("too many", lambda: IntArray5(1, 2, 3, 4, 5, 6))
show("delete", lambda: a.__delitem__(0))
show("slice size", lambda: a.__setitem__(slice(0, 2), [1]))
show("same type", lambda: (c_int * 5) is IntArray5)
show("negative length", lambda: c_int * -1)
print(list((c_int * 3 * 2)((1, 2, 3), (4, 5, 6))[1]))

buf = create_string_buffer(b"hello", 10)
print(sizeof(buf), buf.value, buf.raw, buf[1], buf[0:3])
buf.value = b"hi"
print(buf.raw)
show("value too long", lambda: setattr(buf, "value", b"x" * 11))
show("delete raw", lambda: delattr(buf, "raw"))
w = create_unicode_buffer("h\u00e9llo")
print(len(w), w.value, w[1], w[1:3])
w.value = "ab"
print(w[:4])

p = pointer(c_int(7))
print(type(p).__name__, p.contents, p[0], bool(p))
p[0] = 8
print(p.contents.value)
np = POINTER(c_int)()
print(bool(np))
show("null contents", lambda: np.contents)
show("null index", lambda: np[0])
show("wrong contents", lambda: setattr(p, "contents", c_double(1)))
arr = (c_short * 4)(1, 2, 3, 4)
ps = cast(arr, POINTER(c_short))
print(ps[0], ps[3], ps[1:3], ps[3:0:-1])
show("slice without stop", lambda: ps[1:])
show("POINTER cache", lambda: POINTER(c_short) is type(ps))
show("cast to int", lambda: cast(arr, c_int))
print(cast(arr, c_void_p).value == addressof(arr), addressof(arr) == cast(pointer(arr), c_void_p).value)
cp = cast(create_string_buffer(b"text"), c_char_p)
print(cp.value)
pp = pointer(pointer(c_int(5)))
print(pp.contents.contents.value)

# keeping objects alive
s = c_char_p(b"kept")
print(s._objects)
class S(Structure):
    _fields_ = [("name", c_char_p), ("p", POINTER(c_int))]
x = S(b"abc")
print(x._objects)
x.p = pointer(c_int(3))
print(sorted(x._objects), x.p.contents.value)
print(a._objects, IntArray5()._objects)

b = create_string_buffer(16)
memmove(b, b"abcdef", 6)
memset(addressof(b) + 2, ord("Z"), 2)
print(b.value, string_at(b), string_at(b, 3), string_at(addressof(b) + 1, 2))
print(wstring_at(create_unicode_buffer("wide"), 2))
print(sizeof(c_void_p) == sizeof(POINTER(c_int)))

c = c_int.from_buffer_copy(b"\x01\x00\x00\x00\xff")
print(c.value)
show("buffer too small", lambda: c_int.from_buffer_copy(b"\x01"))
show("negative offset", lambda: c_int.from_buffer_copy(b"\x01\x00\x00\x00", -1))
big = (c_ubyte * 8)(*range(8))
view = c_int.from_buffer(big, 4)
print(view.value == 0x07060504, view._b_base_ is None, view._objects is not None)
alias = c_int.from_address(addressof(big))
big[0] = 255
print(alias.value & 0xff)
show("from_address bad", lambda: c_int.from_address("x"))
print(bytes(memoryview(c_int(258))), bytes((c_short * 3)(1, 2, 3)), memoryview(c_double()).format)
r = create_string_buffer(4)
resize(r, 32)
print(sizeof(r), len(r))
show("resize small", lambda: resize(create_string_buffer(8), 4))
