# type() with one argument, type identity, object() instances, and dir() of simple user objects.
print(type(1), type("s"), type([]), type(None), type(type), type(object), type(len), type(lambda: 0).__name__)
print(type(1) is int, type(True) is bool, type(1) == int, type(type(1)) is type)
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class P:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def meth(self):
        pass
print([n for n in dir(P()) if not n.startswith("__")], "__init__" in dir(P))
print(sorted(set(dir(o)) - set(dir(object))) == [], len(dir(object)) > 20)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
