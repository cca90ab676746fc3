# pass, del of names, subscripts, slices and attributes, and NameError after del.
def nothing():
    pass
print(nothing())
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
l = list(range(10))
del l[0]
del l[-1]
del l[2:4]
del l[::2]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
class C: pass
c = C()
c.attr = 5
del c.attr
try:
    c.attr
except AttributeError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
try:
    del a
except NameError as e:
    print(e)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(f())
