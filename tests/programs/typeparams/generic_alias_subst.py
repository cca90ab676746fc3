# types.GenericAlias: substituting type variables (list[T][int]), *tuple[...] unpacking,
# attributes taken from the origin, pickling, __orig_class__. Compare CPython
# Objects/genericaliasobject.c.
import pickle
import types
from typing import TypeVar, TypeVarTuple, ParamSpec, Callable, Unpack
import collections.abc

T = TypeVar("T")
S = TypeVar("S")
Ts = TypeVarTuple("Ts")
P = ParamSpec("P")

print(types.GenericAlias, type(list[int]), type(int | str))
print(list[T][int], dict[str, T][int], dict[T, list[S]][str, int])
print(list[T].__parameters__, dict[T, list[S]].__parameters__, list[int].__parameters__)
print(tuple[T, *Ts][int, str, bytes], tuple[*Ts][int, str])
print(tuple[*tuple[int, str]], list[T][*tuple[int]])
print(*tuple[int, str], list(tuple[int]), [*tuple[int]][0].__unpacked__, tuple[int].__unpacked__)
print([*tuple[int, str]][0].__typing_unpacked_tuple_args__, tuple[int].__typing_unpacked_tuple_args__)
print(list[int].__name__, list[int].__qualname__, list[int].__module__, list[int].append is list.append)
print(list[int] == list[int], list[int] != list[str], [*tuple[int]][0] == tuple[int])
print(repr(collections.abc.Callable[[int, str], float]), collections.abc.Callable[P, T][[int], str])
for bad in ["list[int][str]", "dict[T, S][int]", "dict[T, S][int, str, bytes]"]:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)
for a in [list[int], dict[str, list[T]], [*tuple[int]][0]]:
    b = pickle.loads(pickle.dumps(a))
    print(b, b == a)


class Box:
    pass


class Slotted:
    __slots__ = ()


b = types.GenericAlias(Box, (int,))()
print(b.__orig_class__)
print(type(types.GenericAlias(Slotted, (int,))()).__name__)
print(issubclass(list, __import__("typing").List), issubclass(dict, __import__("typing").Collection))
