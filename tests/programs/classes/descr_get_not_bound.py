# A class's __get__ is called as __get__(descr, obj, type) with the attribute as found:
# a function binds as usual, but a builtin function, a staticmethod or another callable
# receives the descriptor as its first argument, unbound (None for obj on class access).
import _testcapi


class ByBuiltin:
    __get__ = isinstance


class ByStatic:
    __get__ = staticmethod(lambda *a: ("static", len(a), type(a[0]).__name__))


class Callable:
    def __call__(self, *a):
        return ("callable", len(a), type(a[0]).__name__)


class ByCallable:
    __get__ = Callable()


class ByFunction:
    def __get__(self, obj, owner):
        return ("function", type(self).__name__, obj is None, owner.__name__)


class ByClassmethod:
    __get__ = classmethod(lambda cls, *a: ("classmethod", cls.__name__, len(a)))


class Host:
    p = ByBuiltin()
    s = ByStatic()
    c = ByCallable()
    f = ByFunction()
    m = ByClassmethod()


for access in (lambda: Host.p, lambda: Host().p):
    try:
        access()
    except TypeError as exc:
        print("TypeError:", exc)
print(Host.s, Host().s)
print(Host.c, Host().c)
print(Host.f, Host().f)
try:
    Host.m
except TypeError as exc:
    print("TypeError:", exc)


class Descr:
    __get__ = _testcapi.bad_get


class Vanishing:
    descr = Descr()

    def __new__(cls):
        cls.descr = None
        return super().__new__(cls)


print(Vanishing.descr.startswith("<__main__.Descr object"), Vanishing.descr)
