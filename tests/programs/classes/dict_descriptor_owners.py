# Which type serves __dict__: object has none (dir() of an int or a list does not list
# it); function, module, BaseException and a class statement's class have their own.
import collections
import sys


def f():
    pass


f.__dict__ = {"a": 1}
print(f.a, f.__dict__)
try:
    sys.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)


class M(type(sys)):
    pass


m = M("x")
m.y = 2
print(m.__dict__["y"], "__dict__" in vars(M))


class D(collections.deque):
    pass


d = D()
d.z = 3
print(d.__dict__, "__dict__" in vars(D))


class E(ValueError):
    pass


e = E()
e.q = 1
print(e.__dict__, "__dict__" in vars(E), "__dict__" in vars(ValueError), "__dict__" in vars(BaseException))


class P:
    __slots__ = ()


for obj in (P(), 5, [], object()):
    try:
        obj.__dict__
    except AttributeError as e:
        print("AttributeError", e)


class Q:
    pass


q = Q()
q.a = 1
print(q.__dict__, vars(q))
q.__dict__ = {"b": 2}
print(q.b)
print("__dict__" in vars(object), "__dict__" in dir(5), "__dict__" in dir([]), "__dict__" in dir(q))
print(sorted(set(dir(f)) - set(dir(object))))
print(type(f).__dict__["__dict__"], type(sys).__dict__["__dict__"])

# A subclass of a builtin without an instance dict gets its own __dict__ descriptor.
import itertools


class Chain(itertools.chain):
    pass


class Chain2(Chain):
    pass


c = Chain()
c.b = 2
print("__dict__" in vars(Chain), "__dict__" in vars(Chain2), c.__dict__, vars(c))
try:
    collections.deque().__dict__
except AttributeError as e:
    print("AttributeError", e)
