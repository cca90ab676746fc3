# gc.is_tracked: atoms, builtin types, a bare object(), the empty tuple and dicts of atoms
# are not tracked; instances of Python classes, their classes and containers are.
# gc.is_finalized: true once __del__ has run (also on an object it resurrected).
import gc


class Plain:
    pass


class NoSlots:
    __slots__ = ()


class FloatNoSlots(float):
    __slots__ = ()


class MyInt(int):
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


selfref = {}
selfref["me"] = selfref
nested = {"a": {"b": {"c": 1}}}

samples = [
    ("None", None), ("int", 1), ("big int", 10 ** 40), ("float", 1.5), ("complex", 2j), ("bool", True),
    ("bytes", b"x"), ("str", "x"), ("bytearray", bytearray(b"x")), ("range", range(3)),
    ("Ellipsis", ...), ("NotImplemented", NotImplemented), ("object()", object()),
    ("type", type), ("int type", int), ("object type", object), ("gc module", gc),
    ("class", Plain), ("instance", Plain()), ("slots instance", NoSlots()),
    ("float subclass", FloatNoSlots()), ("int subclass", MyInt()), ("metaclass instance", WithMeta),
    ("list", []), ("set", set()), ("frozenset", frozenset()), ("empty tuple", ()),
    ("tuple", (1, [])), ("empty dict", {}), ("dict of atoms", {"a": 1, 2: "b"}),
    ("dict with list", {"a": []}), ("dict with instance", {"a": Plain()}),
    ("dict holding itself", selfref), ("function", lambda: 0), ("builtin", len), ("slice", slice(1)),
]
for label, obj in samples:
    print(f"{label:20} {gc.is_tracked(obj)}")

print("nested dict of atoms", gc.is_tracked(nested))

storage = []


class Lazarus:
    def __del__(self):
        storage.append(self)


laz = Lazarus()
print("before:", gc.is_finalized(laz), gc.is_finalized(3), gc.is_finalized(Plain()))
del laz
gc.collect()
gc.collect()
laz = storage.pop()
print("after resurrection:", gc.is_finalized(laz))
