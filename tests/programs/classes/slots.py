# __slots__: restricted attributes, no __dict__, inheritance with and without slots, slot descriptors.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, "__dict__"))
class R(P):
    __slots__ = ("w",)
r = R(1, 2)
r.w = 9
print(r.w, hasattr(r, "__dict__"))
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = "single"
s = S()
s.single = "ok"
print(s.single)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a, wd.b = 1, 2
print(wd.a, wd.b, wd.__dict__)
