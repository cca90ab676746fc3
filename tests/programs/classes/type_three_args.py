# type(name, bases, dict) with methods, __slots__, __qualname__, __module__, class attributes and a metaclass-derived call.
def init(self, x):
    self.x = x
Point = type("Point", (object,), {"__init__": init, "__slots__": ("x",), "__repr__": lambda self: f"Point({self.x})",
                                  "__qualname__": "geometry.Point", "__module__": "geometry", "dims": 1})
p = Point(3)
print(p, Point.__name__, Point.__qualname__, Point.__module__, Point.dims, hasattr(p, "__dict__"))
try:
    p.y = 1
except AttributeError as e:
    print(type(e).__name__, e)
Sub = type("Sub", (Point,), {"dims": 2})
print(Sub(5), Sub.dims, Sub.__mro__[1].__name__, issubclass(Sub, Point))
class Meta(type):
    pass
M = Meta("M", (), {"v": 7})
print(type(M).__name__, M.v, M().v)
for args in [("X", (1,), {}), ("X", (), []), (1, (), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
