# super().f() looked up through a per-instruction cache (invalidated when a class of the MRO
# changes), closures entered with their cells copied by the call (COPY_FREE_VARS), and
# property getters through LOAD_ATTR's cache: results, errors (an AttributeError from a
# getter goes to __getattr__), tracebacks and invalidation.
import re
import sys
import traceback


class P:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v

    @property
    def boom(self):
        return 1 // self._v

    @property
    def missing(self):
        raise AttributeError("no such thing")

    def __getattr__(self, name):
        return "getattr:" + name

    @property
    def frame_name(self):
        return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name

    @property
    def gen(self):
        yield self._v

    @property
    def with_cell(self):
        x = self._v
        def inner():
            return x + 1
        return inner()


def loop_sum(objs):
    total = 0
    for o in objs:
        total += o.v
    return total


print(loop_sum([P(i) for i in range(100)]))
p = P(5)
print(p.v, p.frame_name, list(p.gen), p.with_cell)
print(p.missing)  # AttributeError from the getter: __getattr__ answers

# An error inside the getter: the traceback has the caller's line and the getter's.
def use(o):
    return o.boom + 1

try:
    use(P(0))
except ZeroDivisionError:
    for line in traceback.format_exc().splitlines():
        if line.strip().startswith(("File", "return", "ZeroDivision")):
            print(re.sub(r'File ".*?([^/"]+)"', r'File "\1"', line))

# The error is caught in the caller, with the stack as it was.
def caught(o):
    items = [1, 2]
    try:
        items.append(o.boom)
    except ZeroDivisionError as e:
        items.append(type(e).__name__)
    return items

print(caught(P(0)), caught(P(1)))

# A getter replaced by property.__init__ on the live property, and a class attribute swap.
prop = P.__dict__["v"]
print(loop_sum([P(2), P(3)]))
prop.__init__(lambda self: self._v * 10)
print(loop_sum([P(2), P(3)]))
P.v = property(lambda self: -self._v)
print(loop_sum([P(2), P(3)]))
P.v = 7
print(loop_sum([P(2), P(3)]))


# Getters with defaults or extra parameters are called the general way.
class Q:
    def get(self, extra=4):
        return extra
    v = property(get)
    w = property(lambda *args: len(args))

print(Q().v, Q().w)


# super().f(): cached per instruction, invalidated when a class of the MRO changes.
class A:
    def f(self):
        return "A.f"

class B(A):
    def f(self):
        return "B>" + super().f()

class C(B):
    pass

class D(A):
    def f(self):
        return "D.f"

class E(C, D):
    pass

def calls(objs):
    return [o.f() for o in objs]

objs = [B(), C(), E()]
print(calls(objs))
A.f = lambda self: "A.f2"
print(calls(objs))
D.f = lambda self: "D.f2"
print(calls(objs))
del D.f
print(calls(objs))
B.__bases__ = (D,)
print(calls(objs))
A.f = 5
try:
    calls([B()])
except TypeError as e:
    print("TypeError", e)


# super() in a method whose instance shadows the name, and in a classmethod.
class F(A):
    def f(self):
        return super().f
    @classmethod
    def g(cls):
        return super().__init_subclass__

del A.f
A.f = lambda self: "back"
x = F()
x.f = "instance"
print(F.f(x)(), F.g() is not None)


# Closures entered in place: their cells come from the function, each call anew.
def make(n):
    def add(k):
        return n + k
    return add

adders = [make(i) for i in range(5)]
print([a(10) for a in adders])
print(sum(adders[i % 5](i) for i in range(1000)))

def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc

inc = counter()
print([inc() for _ in range(5)])
