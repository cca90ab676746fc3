# type.__flags__'s Py_TPFLAGS_HAVE_GC: set for classes and for the builtin types whose
# objects can refer to others (CPython's cycle collector tracks them), clear for the rest;
# sys.getsizeof counts the GC header exactly for those.
import sys, types, itertools, collections, functools, operator, array, _struct, zlib, select
HAVE_GC = 1 << 14
samples = [object(), 1, True, 1.5, 2j, "s", b"b", bytearray(b"x"), None, NotImplemented, ...,
           range(3), iter(range(3)), iter(range(2**70)), (1,), [1], {1: 2}, {1}, frozenset({1}),
           slice(1), len, [].append, list.append, int.real, type.__dict__['__dict__'], lambda: 0,
           memoryview(b""), property(), staticmethod(len), classmethod(len), iter([]), iter(()),
           iter(""), {}.keys(), {}.items(), iter({}), reversed([]), enumerate([]), zip(), map(len, []),
           filter(None, []), (x for x in ()), types.SimpleNamespace(), types.MappingProxyType({}),
           sys, compile("1", "", "eval"), itertools.count(), collections.deque(), functools.partial(len),
           operator.itemgetter(1), array.array("b"), zlib.compressobj()]
for o in samples:
    t = type(o)
    print(t.__name__, bool(t.__flags__ & HAVE_GC))
class C:
    pass
class D(dict):
    pass
class S:
    __slots__ = ("a",)
for t in (C, D, S, int, type, type(None)):
    print(t.__name__, bool(t.__flags__ & HAVE_GC))
# getsizeof adds the 16-byte GC header for the tracked ones only.
print(sys.getsizeof(memoryview(b"")), sys.getsizeof(1), sys.getsizeof(1.5), sys.getsizeof(()),
      sys.getsizeof([]), sys.getsizeof({}), sys.getsizeof(b""), sys.getsizeof(range(3)), sys.getsizeof(C()))
