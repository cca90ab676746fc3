# types.GenericAlias(origin, args), as collections.abc's __class_getitem__ calls it.
from types import GenericAlias as G
from collections.abc import Iterable, Callable, Mapping
print(G(list, int), G(list, (int, str)), G.__new__(G, dict, (int,)))
print(Iterable[str], Mapping[str, int], Iterable[str].__origin__ is Iterable, Iterable[str].__args__)
try:
    G(list)
except TypeError as e:
    print("TypeError", e)
try:
    G(list, int, x=1)
except TypeError as e:
    print("TypeError", e)
def f(xs: Iterable[str]) -> Mapping[str, int]:
    return {x: len(x) for x in xs}
print(f(["ab", "c"]), f.__annotations__["xs"])
# (and: attribute names of classes must be str)
class C: pass
for f in (lambda: setattr(C, b'x', 1), lambda: delattr(C, b'x'), lambda: type.__setattr__(C, 1, 2)):
    try: f()
    except TypeError as e: print(e)
