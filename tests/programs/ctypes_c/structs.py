# Structures and unions: layout, bit fields, _pack_, _anonymous_, byte order, initializers.
from ctypes import *


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class POINT(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]


class RECT(Structure):
    _fields_ = [("a", POINT), ("b", POINT)]


p = POINT(1, 2)
print(p.x, p.y, sizeof(POINT), alignment(POINT), POINT.x, POINT.y)
r = RECT(p, POINT(3, 4))
print(r.a.x, r.b.y, sizeof(RECT))
r.a.x = 10
print(r.a.x, p.x)
a = r.a
a.y = 20
print(r.a.y, "shares memory with", a.y)
show("keyword init", lambda: (lambda q: (q.x, q.y))(POINT(y=5)))
show("too many", lambda: POINT(1, 2, 3))
show("duplicate", lambda: POINT(1, x=2))
show("tuple field", lambda: (lambda q: (q.a.x, q.b.y))(RECT((1, 2), (3, 4))))
show("bad field value", lambda: POINT("a"))
show("wrong struct", lambda: RECT(1))


class Mixed(Structure):
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short), ("arr", c_int * 3), ("name", c_char * 6)]


m = Mixed(b"z", 2.5, -3, (1, 2, 3), b"abc")
print(sizeof(Mixed), [(n, getattr(Mixed, n).offset, getattr(Mixed, n).size) for n, *_ in Mixed._fields_])
print(m.c, m.d, m.s, list(m.arr), m.name)
m.name = b"xy\0z"
print(m.name, bytes(m)[Mixed.name.offset:Mixed.name.offset + 6])
show("name too long", lambda: setattr(m, "name", b"toolongname"))


class Bits(Structure):
    _fields_ = [("a", c_int, 3), ("b", c_int, 5), ("c", c_uint, 10), ("d", c_int, 4), ("e", c_longlong, 40)]


b = Bits(-1, 7, 1023, 5, 2 ** 39 - 1)
print(b.a, b.b, b.c, b.d, b.e, sizeof(Bits))
print(Bits.a, Bits.b, Bits.c, Bits.d, Bits.e)
b.b = 40
print(b.b, b.a, b.c)
show("bits on double", lambda: type("B", (Structure,), {"_fields_": [("x", c_double, 3)]}))
show("too many bits", lambda: type("B", (Structure,), {"_fields_": [("x", c_int, 33)]}))


class Packed(Structure):
    _pack_ = 1
    _fields_ = [("a", c_char), ("b", c_int), ("c", c_short)]


print(sizeof(Packed), Packed.b, Packed.c)
show("bad pack", lambda: type("P", (Structure,), {"_pack_": -1, "_fields_": [("x", c_int)]}))


class U(Union):
    _fields_ = [("i", c_uint), ("b", c_ubyte * 4), ("f", c_float)]


u = U(0x01020304)
print(sizeof(U), list(u.b), U.f)
u.f = 1.0
print(hex(u.i))


class Inner(Structure):
    _fields_ = [("lo", c_short), ("hi", c_short)]


class Outer(Structure):
    _anonymous_ = ("in_",)
    _fields_ = [("tag", c_int), ("in_", Inner)]


o = Outer(1, (2, 3))
print(o.lo, o.hi, Outer.lo, o.in_.hi)
o.hi = 9
print(o.in_.hi)
show("anon missing", lambda: type("A", (Structure,), {"_anonymous_": ["zz"], "_fields_": [("x", c_int)]}))


class Base(Structure):
    _fields_ = [("x", c_int)]


class Derived(Base):
    _fields_ = [("y", c_int)]


d = Derived(1, 2)
print(d.x, d.y, sizeof(Derived), Derived.y)
show("final", lambda: setattr(Base, "_fields_", [("z", c_int)]))


class Late(Structure):
    pass


Late._fields_ = [("n", c_int), ("next", POINTER(Late))]
show("recursive via pointer", lambda: sizeof(Late))
show("contain itself", lambda: setattr(type("S", (Structure,), {}), "_fields_", []))


class BE(BigEndianStructure):
    _fields_ = [("a", c_int), ("b", c_short), ("c", c_uint, 4), ("d", c_uint, 12)]


class LE(LittleEndianStructure):
    _fields_ = [("a", c_int), ("b", c_short)]


be = BE(0x01020304, 0x0506, 3, 0x123)
print(bytes(be).hex(), be.a, be.b, be.c, hex(be.d))
print(bytes(LE(0x01020304, 0x0506)).hex())
show("field types", lambda: [f[1].__name__ for f in BE._fields_])

s = POINT(7, 8)
import pickle
s2 = pickle.loads(pickle.dumps(s))
print(type(s2).__name__, s2.x, s2.y)
show("pickle pointer", lambda: pickle.dumps(Late()))
show("fields not pairs", lambda: type("F", (Structure,), {"_fields_": [("x",)]}))
show("field not a type", lambda: type("F", (Structure,), {"_fields_": [("x", int)]}))
show("delete field", lambda: delattr(POINT(), "x"))
