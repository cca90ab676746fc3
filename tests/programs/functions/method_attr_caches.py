# Methods reading attributes of self and calling other methods (`self.area() * self.scale`)
# through the attribute caches' fast paths (AttrCache.loadInstance in Steps.loadAttr and
# DataLoop; __slots__ values at a remembered position). Every way they must give up: a
# method shadowed by the instance dict, replaced or deleted on the class, an attribute
# deleted (the error's traceback), __getattr__, properties, builtin methods, receivers that
# are not plain instances, __slots__, class attributes, super() and its cache, tracing,
# recursion.
import sys


class Shape:
    def __init__(self, scale):
        self.scale = scale

    def area(self):
        return 0

    def scaled_area(self):
        return self.area() * self.scale


class Rect(Shape):
    def __init__(self, w, h, scale=1):
        super().__init__(scale)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


def total(shapes, n):
    t = 0
    for _ in range(n):
        for s in shapes:
            t = t + s.scaled_area()
    return t


shapes = [Rect(i % 7, i % 5, i % 3) for i in range(30)]
print("plain", total(shapes, 100))

# The instance dict shadows the method, then the class replaces and deletes it.
shapes[4].area = lambda: 1000
print("shadowed", total(shapes, 20))
del shapes[4].area
Rect.area = lambda self: self.w + self.h
print("replaced", total(shapes, 20))
del Rect.area
print("deleted (Shape.area)", total(shapes, 20))


def area(self):
    return self.w * self.h


Rect.area = area

# An attribute deleted mid-loop: AttributeError with the method's line.
def failing():
    t = 0
    for i in range(50):
        for s in shapes:
            t = t + s.scaled_area()
        if i == 30:
            del shapes[7].h
    return t


try:
    failing()
except AttributeError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("AttributeError", e, lines)
shapes[7].h = 1

# __getattr__ supplies a missing attribute; a property and a class attribute of self.
class WithGetattr(Rect):
    def __getattr__(self, name):
        return 3


g = WithGetattr(2, 2)
del g.h
print("getattr", total([g, Rect(1, 1)], 30))


class WithProp(Shape):
    unit = 10

    @property
    def side(self):
        return self.unit + 1

    def area(self):
        return self.side * self.unit


print("property", total([WithProp(2), WithProp(3)], 30))

# A builtin method found by the method form, and receivers that are not plain instances.
class Lst(list):
    def area(self):
        return len(self)

    def scaled_area(self):
        self.append(0)
        return self.area() * 2


print("list subclass", total([Lst(), Lst([1, 2])], 10))


class Slotted:
    __slots__ = ("w", "h", "scale")

    def __init__(self):
        self.w, self.h, self.scale = 2, 3, 4

    def area(self):
        return self.w * self.h

    def scaled_area(self):
        return self.area() * self.scale


sl = Slotted()
print("slots", total([sl, Rect(1, 2)], 30))
del sl.h
try:
    total([sl], 3)
except AttributeError as e:
    print("unset slot", e)

# A method of another kind replacing a Python function: staticmethod, classmethod.
class Odd(Rect):
    area = staticmethod(lambda: 7)


class Odd2(Rect):
    @classmethod
    def area(cls):
        return len(cls.__name__)


print("static/class", total([Odd(1, 1), Odd2(1, 1), Rect(2, 2)], 20))

# Deep recursion through methods (more frames than the pool keeps).
class Node:
    def __init__(self, nxt, v):
        self.nxt = nxt
        self.v = v

    def sum(self):
        if self.nxt is None:
            return self.v
        return self.v + self.nxt.sum()


head = None
for i in range(300):
    head = Node(head, i)
print("recursion", head.sum(), head.sum())

# Tracing sees every call and line of the methods.
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("area", "scaled_area"):
        events.append((frame.f_code.co_name, event))
    return tracer


sys.settrace(tracer)
total(shapes[:2], 1)
sys.settrace(None)
print("traced", events)
print("after tracing", total(shapes, 10))

# super().m() in a method run by CallLoop: the closure's __class__ cell, the cached
# look-up, a class of the MRO changed mid-loop, super rebound, an empty __class__ cell.
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, 2)

    def area(self):
        return super().area() + 1


class Mid(Rect):
    pass


class Sq2(Mid):
    def area(self):
        return super().area() * 2


mixed = [Square(i % 4) if i % 2 else Sq2(i % 3, 2) for i in range(12)]
print("super", total(mixed, 50))
Mid.area = lambda self: 100
print("super, Mid changed", total(mixed, 10))
del Mid.area
print("super, Mid restored", total(mixed, 10))


def fake_super():
    class F:
        def area(self):
            return -5
    return F()


import builtins
real_super = builtins.super
super = lambda: fake_super()
print("super rebound", total(mixed[:4], 5))
del super
print("super back", total(mixed[:4], 5))


def closure_methods():
    k = 3

    class C(Shape):
        def area(self):
            return k + super().area()
    return C(2)


cm = closure_methods()
print("closure", total([cm, Square(2)], 20))

# Deep recursion through super() methods.
class Base:
    def depth(self, n):
        return n


class Deep(Base):
    def depth(self, n):
        if n == 0:
            return super().depth(0)
        return 1 + self.depth(n - 1)


print("deep", Deep().depth(400))
