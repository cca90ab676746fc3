# __class_getitem__ of the Java-written generic classes (deque, defaultdict, chain, partial,
# Pattern/Match, SimpleQueue, ContextVar/Token, ref, DirEntry) gives the one types.GenericAlias:
# equal to a direct one, substitutable, and calling it records __orig_class__.
import collections, types, itertools, functools, re, queue, contextvars, weakref, os, typing
aliases = [collections.deque[int], collections.defaultdict[str, int], itertools.chain[int],
           functools.partial[int], re.Pattern[str], re.Match[bytes], queue.SimpleQueue[int],
           contextvars.ContextVar[int], contextvars.Token[int], weakref.ref[int], os.DirEntry[str]]
for a in aliases:
    print(type(a) is types.GenericAlias, a, a == types.GenericAlias(a.__origin__, a.__args__), a.__parameters__)
T = typing.TypeVar('T')
print(collections.deque[T][int], collections.defaultdict[str, T].__parameters__)
d = collections.deque[int]([1, 2])
print(d, d.__orig_class__ if hasattr(d, '__orig_class__') else 'no orig')
class MyDef(typing.DefaultDict[str, T]): ...
print(MyDef[int]().__orig_class__, list[int] | None)
