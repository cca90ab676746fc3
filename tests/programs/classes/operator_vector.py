# Operator overloading on a 2D vector class: arithmetic, scalar ops, reflected ops, equality, hash, abs, bool.
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y) if isinstance(o, Vec) else NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 2 * a, a * b, a / 2, -a, abs(a), a @ b)
print(bool(Vec(0, 0)), bool(a), a == Vec(3, 4), a != b, len({a, Vec(3, 4), b}))
x, y = a
print(x, y, list(a), sum(a))
for bad in (lambda: a + 1, lambda: 1 + a, lambda: a * "s", lambda: a - 1):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
total = Vec(0, 0)
for v in [a, b, Vec(10, 10)]:
    total += v
print(total)
