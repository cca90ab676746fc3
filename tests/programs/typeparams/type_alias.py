# PEP 695 type aliases: lazy evaluation, __value__, __name__, __type_params__, and generic aliases.
type Point = tuple[float, float]
print(Point, type(Point).__name__, Point.__name__, Point.__value__, Point.__type_params__)
type Later = Undefined
print(Later.__name__)
try:
    Later.__value__
except NameError as e:
    print(type(e).__name__, e)
class Undefined:
    pass
print(Later.__value__)
type Pair[T] = tuple[T, T]
print(Pair.__type_params__, Pair[int], Pair.__value__)
type Rec = list[Rec] | int
print(Rec.__value__)
def f():
    type Local = dict[str, int]
    return Local
print(f().__value__, f().__name__)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
