# Abstract-method style without abc: NotImplementedError in base methods, template methods, mixins.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Blob(Shape):
    pass
print(Square(3).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
class JsonMixin:
    def to_pairs(self):
        return sorted((k, v) for k, v in vars(self).items() if not k.startswith("_"))
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class Point(JsonMixin, EqMixin):
    def __init__(self, x, y):
        self.x, self.y, self._cache = x, y, None
print(Point(1, 2).to_pairs(), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1), Point.__hash__)
print([k.__name__ for k in Point.__mro__])
print(issubclass(NotImplementedError, RuntimeError), NotImplemented.__class__.__name__)
