# int() protocol order (__int__, __index__, __trunc__), the deprecation of int subclasses
# returned by them, __classcell__ checks, types.MethodType(), super subclasses, obj.__dict__ = d.
import types
import warnings


class MyInt(int):
    pass


class HasInt:
    def __int__(self):
        return MyInt(7)


class HasIndex:
    def __index__(self):
        return 5


class HasTrunc:
    def __trunc__(self):
        return HasIndex()


class BadTrunc:
    def __trunc__(self):
        return "x"


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = int(HasInt())
    print(r, type(r).__name__, [str(x.message)[:40] for x in w])
print(int(HasIndex()))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(int(HasTrunc()), [str(x.message) for x in w])
    try:
        int(BadTrunc())
    except TypeError as e:
        print("TypeError:", e)
try:
    int(object())
except TypeError as e:
    print("TypeError:", e)
print(int(memoryview(b"42")), int(bytearray(b"-3")))
try:
    int("1", 2**100)
except ValueError as e:
    print("ValueError:", e)


# __class__ cell handling in class creation
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)


try:
    class Broken(metaclass=Meta):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    type("X", (), {"__classcell__": 3})
except TypeError as e:
    print("TypeError:", e)

X = type("X", (), {})
print(X.__module__)


# types.MethodType
class C:
    def m(self, y):
        return (self.v, y)


c = C()
c.v = 1
bm = types.MethodType(C.m, c)
print(bm(2), bm.__func__ is C.m, bm.__self__ is c, bm.__name__)
for args in [(C.m,), (1, c), (C.m, None)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)


# super subclasses
class MySuper(super):
    pass


class B:
    def hello(self):
        return "B.hello"


class D(B):
    def hello(self):
        return "D+" + MySuper(D, self).hello()


print(D().hello(), type(MySuper(D, D())).__name__)

# staticmethod/classmethod copy the wrapped function's attributes
def f():
    "doc of f"


sm = staticmethod(f)
cm = classmethod(f)
print(sm.__wrapped__ is f, cm.__wrapped__ is f, sm.__name__, cm.__doc__, sm.__qualname__)

# obj.__dict__ = d makes d the instance dictionary
o = C()
d = {"v": 9}
o.__dict__ = d
print(o.v, o.__dict__ is d)
d["w"] = 3
print(o.w)
try:
    o.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del o.__dict__
except TypeError as e:
    print("TypeError:", e)
print(o.__dict__)
o.z = 1
print(o.__dict__)
