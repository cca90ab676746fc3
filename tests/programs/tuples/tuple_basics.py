# tuples: construction, packing, indexing, slicing, methods, immutability and hashing.
t = (1, "a", 2.5, None)
print(t, t[1], t[-1], t[1:3], t[::-1], len(t), t.count(1), t.index("a"))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), 1, 2)
p = 1, 2, 3
print(p, type(p).__name__)
print(t + (5,), (0,) * 3, (1, 2) < (1, 3), (1, 2) == (1, 2), (1,) * 0)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "ok"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
inner = ([1],)
inner[0].append(2)
print(inner)
a, (b, c) = 1, (2, 3)
print(a, b, c)
print(repr((1,)), repr(((),)), str(("x",)))
print(tuple(x * 2 for x in range(3)))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
pt = Point(3, 4)
print(pt, pt.x, type(pt).__name__, pt == (3, 4), isinstance(pt, tuple))
