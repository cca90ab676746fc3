# _testcapi's object-protocol functions (PyObject_Str/Repr/ASCII/Bytes, Get/Set/DelItem,
# Get/Has/Set/DelAttr and their *String forms); None stands for C's NULL.
import _testcapi as t

class S(str):
    pass

class WithStr:
    def __str__(self):
        return S("s")
    def __repr__(self):
        return "r\xe9"

class WithBytes:
    def __init__(self, v):
        self.v = v
    def __bytes__(self):
        return self.v

class Obj:
    @property
    def evil(self):
        raise RuntimeError("evil")

def show(f, *args):
    try:
        r = f(*args)
        print(f.__name__, type(r).__name__, repr(r))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for o in ("", "abc", S("x"), WithStr(), None, 1.5, "\U0001f40d"):
    show(t.object_str, o)
    show(t.object_repr, o)
    show(t.object_ascii, o)
for o in (b"abc", bytearray(b"ba"), memoryview(b"mv"), [97, 98], iter([99]), WithBytes(b"wb"),
          WithBytes("x"), 3, "abc", None):
    show(t.object_bytes, o)

o = Obj()
o.a = 1
for name in ("a", "b", "evil", 1, "\U0001f40d"):
    show(t.object_getattr, o, name)
    show(t.object_hasattr, o, name)
for name in (b"a", b"b", b"evil", b"\xff", "a"):
    show(t.object_getattrstring, o, name)
    show(t.object_hasattrstring, o, name)
show(t.object_hasattrstring, o, 1)
show(t.object_setattr, o, "x", 5)
print(o.x)
show(t.object_setattr, o, "x", None)
print(hasattr(o, "x"))
show(t.object_setattr, o, "x", None)
show(t.object_setattr, 42, "a", 5)
show(t.object_setattrstring, o, b"y", 6)
show(t.object_setattrstring, o, b"\xff", 6)
show(t.object_delattrstring, o, b"y")
show(t.object_delattr, o, "y")
show(t.object_delattr, 42, "numerator")

d = {"a": 1}
show(t.object_getitem, d, "a")
show(t.object_getitem, d, "b")
show(t.object_getitem, [1], 5)
show(t.object_getitem, 42, "a")
show(t.object_getitem, d, None)
show(t.object_setitem, d, "b", 2)
show(t.object_setitem, d, "b", None)
show(t.object_setitem, {}, [], 1)
show(t.object_delitem, d, "b")
show(t.mapping_delitem, d, "b")
show(t.object_delitem, [1, 2], 0)
print(d)

class G:
    def __getitem__(self, k):
        return k * 2

class Keys(dict):
    def keys(self):
        return tuple(super().keys())

class BadKeys:
    def keys(self):
        return None

for o in ({1: 2}, [1], "ab", G(), 42, set(), None):
    show(t.mapping_check, o)
    show(t.mapping_size, o)
for args in [({"a": 1}, b"a"), ({}, b"b"), ({}, b"\xff"), ({}, None), ([], b"a"), (None, b"a"), (G(), b"x")]:
    show(t.mapping_getitemstring, *args)
    show(t.mapping_haskeystring, *args)
for args in [({"a": 1}, "a"), ({}, []), ({}, None), ([1], 0), (None, "a"), (42, "a")]:
    show(t.mapping_haskey, *args)
m = {}
show(t.mapping_setitemstring, m, b"k", 1)
show(t.mapping_setitemstring, m, b"k", None)
show(t.mapping_delitemstring, m, b"k")
show(t.mapping_delitemstring, m, b"k")
print(m)
for o in ({"x": 1, "y": 2}, Keys({"z": 3}), BadKeys(), [], None):
    show(t.mapping_keys, o)
    show(t.mapping_values, o)
    show(t.mapping_items, o)
lst = ["a", "b", "c"]
show(t.sequence_setitem, lst, 0, None)
print(lst)
show(t.sequence_getitem, None, 0)
show(t.sequence_delitem, None, 0)
show(t.sequence_getitem, {}, 0)
