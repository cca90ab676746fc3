# A metaclass __prepare__ mapping sees the class body's stores and loads;
# type(name, bases, ns) hands the call to the most derived metaclass's __new__.
class Recording(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)

    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()

    def __new__(mcls, name, bases, ns, flag=None, **kw):
        print("Meta.__new__", name, flag)
        return super().__new__(mcls, name, bases, dict(ns), **kw)

    def __init__(cls, name, bases, ns, flag=None, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=Meta):
    x = 1
    y = x + 1


print(A.y)
B = type("B", (A,), {}, flag="on")
print(type(B).__name__, B.y)


class T:
    __slots__ = ("_a", "_h")


class D:
    __slots__ = ("_b", "_h")


class DT(D):
    __slots__ = D.__slots__ + T.__slots__


o = DT()
o._h = 3
print(sorted(k for k in vars(DT) if k.startswith("_") and not k.startswith("__")), o._h)
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)


class Doc:
    __slots__ = ("__doc__",)


print(type(Doc.__dict__["__doc__"]).__name__)
