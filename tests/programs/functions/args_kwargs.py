# *args and **kwargs collection, ordering of parameters, and call-site unpacking.
def f(a, *args, **kwargs):
    return a, args, kwargs
print(f(1), f(1, 2, 3), f(1, x=2), f(1, 2, y=3, z=4))
print(f(*[1, 2], **{"k": "v"}), f(*"ab", *(3,), **{"p": 1}, **{"q": 2}))
def g(*args):
    return type(args).__name__, len(args)
print(g(), g(*range(5)))
def h(**kw):
    return sorted(kw.items())
print(h(b=1, a=2), h(**{"x": 1}, y=2))
try:
    h(**{"x": 1}, x=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(**[1])
except TypeError as e:
    print(type(e).__name__, e)
def order(a, b=2, *rest, c, d=4, **kw):
    return a, b, rest, c, d, kw
print(order(1, c=3), order(1, 2, 3, 4, c=5, e=6))
