# Edge cases: negative zero, int subclasses, bool arithmetic, round of ints.
class MyInt(int):
    pass
m = MyInt(5)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, isinstance(m, int))
print(repr(MyInt(7)), MyInt("12", 8))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7), round(7, 2))
print(type(round(5)).__name__, type(round(5, 1)).__name__)
print(True + 1, True * 3.5, -True, ~True, abs(False))
print(int.__add__(3, 4), (3).__mul__(4), (3).__radd__(4), (3).__truediv__(2))
print((3).__add__(1.0), (3).__eq__("a"), (3).__lt__(2.5))
print(sum([True, True, False]), 5 .real)
print(-0 == 0, (-0).__repr__(), int("-0"))
print((10).__floordiv__(3), (10).__rfloordiv__(3), (10).__mod__(-3), (2).__pow__(10, 1000))
print(bool.__mro__[1].__name__, issubclass(bool, int))
