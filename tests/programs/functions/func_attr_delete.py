# Deleting a function's special attributes: defaults go, __doc__/__module__ read None,
# __annotations__ starts again empty; the others refuse with CPython's messages. A
# mock.patch.object of __defaults__ restores by setattr/delattr.
def f(x=0, *, y=1) -> int:
    "doc"
    return x + y


for a in ("__defaults__", "__kwdefaults__", "__annotations__", "__doc__", "__module__",
          "__name__", "__qualname__", "__code__", "__type_params__", "__dict__"):
    try:
        delattr(f, a)
        print(a, repr(getattr(f, a)))
    except (TypeError, AttributeError) as e:
        print(a, type(e).__name__, e)
for a, v in (("__name__", 1), ("__qualname__", None)):
    try:
        setattr(f, a, v)
    except TypeError as e:
        print(a, e)
f.__defaults__ = (5,)
f.__kwdefaults__ = {"y": 2}
print(f(), f.__defaults__, f.__kwdefaults__)

from unittest import mock


def g(x=0):
    return x


with mock.patch.object(g, "__defaults__", (1,)):
    print(g())
print(g())
f.__dict__ = {"b": 2}
print(f.b, f.__dict__)
