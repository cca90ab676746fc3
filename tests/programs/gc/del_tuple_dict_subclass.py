# __del__ of instances of tuple and dict subclasses runs once they are gone (here: by the
# time gc.collect() returns), seeing their items and attributes; an exhausted iterator no
# longer keeps its sequence alive.
import gc


class T(tuple):
    def __del__(self):
        print("T.__del__", tuple(self), sorted(vars(self).items()), type(self).__name__)


class D(dict):
    def __del__(self):
        print("D.__del__", dict(self), sorted(vars(self).items()), type(self).__name__)


class T2(T):
    pass


t = T((1, "two", 3.0))
t.tag = "x"
del t
gc.collect()
print("after tuple")

u = T2("ab")
u.__class__ = T
del u
gc.collect()
print("after class change")

d = D(a=1)
for i in range(40):
    d[i] = i * i
for i in range(36):
    del d[i]
d.note = "kept"
del d
gc.collect()
print("after dict")

d = D(x=1)
d.clear()
d["z"] = 0
del d
gc.collect()
print("after cleared dict")


def freed_after_iterating(make_iter, cls, *args):
    done = []

    class A(cls):
        def __del__(self):
            done.append(True)

    it = make_iter(A(*args))
    for _ in it:
        pass
    gc.collect()
    return bool(done)


for name, make in (("iter", iter), ("reversed", reversed)):
    print("tuple", name, freed_after_iterating(make, tuple, (1, 2)))
for name, make in (("iter", iter), ("keys", lambda d: iter(d.keys())), ("values", lambda d: iter(d.values())),
                   ("items", lambda d: iter(d.items())), ("reversed", reversed)):
    print("dict", name, freed_after_iterating(make, dict, {1: 2}))

# After a change of size a dict iterator keeps raising; after exhaustion it stops.
d = {1: 1, 2: 2}
it = iter(d.items())
next(it)
d[3] = 3
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError", e)
print(it.__length_hint__())
try:
    it.__reduce__()
except RuntimeError as e:
    print("reduce: RuntimeError", e)
it = iter(d)
print(list(it), it.__length_hint__(), it.__reduce__())
