# __defaults__ and __kwdefaults__: only a tuple / a dict (or subclass) or None may be set, with
# CPython's messages; each read gives the same object, the one set when one was.
def f(a=1, *, b=2): return a, b
for v in ([5], (5,), None, "x"):
    try:
        f.__defaults__ = v
        print("ok", f.__defaults__)
    except Exception as e:
        print(type(e).__name__, e)
for v in ([5], {"b": 3}, None, (("b", 1),)):
    try:
        f.__kwdefaults__ = v
        print("ok", f.__kwdefaults__)
    except Exception as e:
        print(type(e).__name__, e)
try:
    del f.__defaults__
    print(f.__defaults__)
except Exception as e:
    print(type(e).__name__, e)
class T(tuple): pass
class D(dict): pass
def g(a, b=1, *, c=2): return a, b, c
g.__defaults__ = T((7,))
g.__kwdefaults__ = D(c=9)
print(g(0), type(g.__defaults__).__name__, type(g.__kwdefaults__).__name__)
def h(a=1, b=(2, 3)): pass
print(h.__defaults__ is h.__defaults__, h.__defaults__)
h.__defaults__ = None
print(h.__defaults__)
t = (4, 5)
h.__defaults__ = t
print(h.__defaults__ is t)
import types
k = types.FunctionType(h.__code__, {}, "k", (8, 9))
print(k.__defaults__, k.__defaults__ is k.__defaults__)
