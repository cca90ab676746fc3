# Attribute sites that see several classes (polymorphic inline caches), attribute
# positions that change between instances, properties, and class changes under a cache.
class A:
    kind = "A"
    def __init__(self, v):
        self.x = v
        self.y = v * 2
    def who(self):
        return "A" + str(self.x)
class B(A):
    kind = "B"
    def __init__(self, v):
        self.y = v * 3      # y before x: other positions in the instance dict
        self.x = v
    def who(self):
        return "B" + str(self.x)
class C:
    __slots__ = ("x", "y")
    kind = "C"
    def __init__(self, v):
        self.x = v
        self.y = -v
    def who(self):
        return "C" + str(self.x)
class D:
    def __init__(self, v):
        self._x = v
        self.y = 0
    @property
    def x(self):
        return self._x + 100
    @x.setter
    def x(self, v):
        self._x = v
    kind = "D"
    def who(self):
        return "D" + str(self.x)
class E(A):
    pass
class F(B):
    def who(self):
        return "F" + super().who()

objs = [cls(i) for i in range(1, 4) for cls in (A, B, C, D, E, F)]
for rep in range(3):
    out = []
    for o in objs:
        out.append((o.kind, o.x, o.y, o.who()))
        o.x = o.x + 1
    print(rep, out)

# An attribute deleted and added again moves to another position in the dict.
a = A(5)
b = A(6)
for o in (a, b, a, b):
    print(o.x, o.y)
del a.x
a.z = 1
a.x = 50
for o in (a, b, a, b):
    print(o.x, o.y)
# A missing attribute after hits on present ones.
del b.y
for o in (a, b):
    try:
        print(o.y)
    except AttributeError as e:
        print("AttributeError:", e)
# The instance dict emptied and refilled in another order.
a.__dict__.clear()
a.__dict__.update({"y": "new y", "x": "new x"})
for o in (a, b):
    print(o.x, getattr(o, "y", "none"))
# An instance attribute shadowing a method, then removed.
def shadow():
    return "shadowed"
c = A(7)
for i in range(3):
    if i == 1:
        c.who = shadow
    if i == 2:
        del c.who
    print(c.who())
# Class attribute changes invalidate cached lookups.
for i in range(3):
    if i == 1:
        A.kind = "A2"
    if i == 2:
        A.who = lambda self: "patched"
    print(A(1).kind, E(1).kind, A(1).who(), E(1).who(), B(1).who())
# A property without a getter.
class G:
    y = property(None, lambda self, v: None)
for i in range(2):
    try:
        G().y
    except AttributeError as e:
        print("AttributeError:", e)
# Many classes at one site (more than the cache keeps).
classes = [type("K%d" % i, (), {"v": i}) for i in range(10)]
insts = [k() for k in classes]
for o in insts:
    o.w = o.v * 10
print(sum(o.v + o.w for o in insts * 3))

# A generator suspended inside try/finally is closed when collected; one outside is not.
def gen_finally(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("closed")
def gen_plain():
    yield 1
    yield 2
log = []
g = gen_finally(log)
print(next(g), next(g))
g.close()
print(log)
h = gen_plain()
print(next(h), list(h))
