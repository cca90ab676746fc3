# Using PEP 695 type aliases at run time: subscripting, equality of aliases, __module__, repr of nested generic aliases.
type IntList = list[int]
type Mapping[K, V] = dict[K, list[V]]
type Nested = list[Mapping[str, int]]
print(IntList, IntList.__value__, IntList.__module__, type(IntList).__name__)
m = Mapping[str, float]
print(m, m.__origin__ is Mapping, m.__args__, Mapping.__value__)
print(Nested.__value__, Nested.__value__.__args__[0])
print(IntList == IntList, IntList is IntList, Mapping[int, int] == Mapping[int, int])
def uses(x: IntList) -> Mapping[str, int]:
    return {"k": x}
print(uses([1]), uses.__annotations__)
try:
    IntList[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    IntList.__value__ = 5
except AttributeError as e:
    print(type(e).__name__, e)
