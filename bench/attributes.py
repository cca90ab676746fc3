# Benchmark: instance and class attribute reads and writes, including a __slots__ class and a property.
class P:
    kind = 3
    def __init__(self, x, y):
        self.x = x
        self.y = y
class S:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b
class Prop:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v
objs = [P(i, i + 1) for i in range(50)]
slots = [S(i, 2 * i) for i in range(50)]
props = [Prop(i) for i in range(50)]
acc = 0
for _ in range(70000):
    for o in objs:
        o.x = o.y + o.kind
        acc += o.x
    for s in slots:
        s.a = s.b - s.a
        acc += s.a
    for p in props:
        acc += p.v
print("attributes", acc)
