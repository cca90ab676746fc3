# Bound and unbound methods: equality, __self__/__func__, methods stored in containers, and method caching.
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def __eq__(self, o):
        return isinstance(o, C) and self.v == o.v
    __hash__ = object.__hash__
x, y = C(1), C(1)
print(x.get == x.get, x.get == y.get, x.get is x.get, C.get is C.get)
m = x.get
x.v = 5
print(m(), m.__self__ is x, m.__func__ is C.get, C.get(x))
getters = [C(i).get for i in range(3)]
print([g() for g in getters])
print(type(m).__name__, type(C.get).__name__, m.__name__, m.__qualname__)
class D:
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
print(D.s(), D().s(), D.c(), D().c(), type(D.c).__name__, type(D.s).__name__)
print(list(map(str.upper, ["a", "b"])), list(map(C.get, [C(7), C(8)])))
try:
    C.get()
except TypeError as e:
    print(type(e).__name__, e)
