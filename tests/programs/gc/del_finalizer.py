# __del__ of an instance that died runs by the time gc.collect() returns; an error in it
# goes to sys.unraisablehook with the __del__ function as the object.
import gc
import sys

log = []


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(("del", self.name, sys.exception()))


a = A("a")
del a
gc.collect()
print(log)


class Slotted:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def __del__(self):
        log.append(("slot", self.x))


s = Slotted(5)
del s
gc.collect()
print(log[-1])


class B:
    def __del__(self):
        raise ValueError("del is broken")


seen = []
old = sys.unraisablehook
sys.unraisablehook = seen.append
b = B()
del b
gc.collect()
sys.unraisablehook = old
print(len(seen), seen[0].object is B.__del__, seen[0].exc_type.__name__, str(seen[0].exc_value),
      seen[0].exc_traceback is not None)

# No exception is seen as handled inside __del__, even when it was made inside a handler.
e = ()


class M:
    def __del__(self):
        global e
        e = sys.exception()


try:
    raise Exception(M())
except Exception:
    pass
gc.collect()
print(e)

# __class__ assigned while alive: the new class's __del__ runs; it runs once only.
class C:
    def __del__(self):
        log.append("C")


class D(C):
    def __del__(self):
        log.append("D")
        keep.append(self)


keep = []
c = C()
c.__class__ = D
del c
gc.collect()
print(log[-1], len(keep))
keep.clear()
gc.collect()
print(log[-1])
