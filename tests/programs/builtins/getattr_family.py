# getattr, setattr, hasattr, delattr with defaults and errors, including dynamic attribute names.
class O:
    a = 1
o = O()
print(getattr(o, "a"), getattr(o, "b", "default"), hasattr(o, "a"), hasattr(o, "b"))
setattr(o, "b", 2)
setattr(o, "with space", 3)
print(o.b, getattr(o, "with space"), sorted(vars(o)))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(5, "real"), getattr("s", "upper")(), getattr(O, "a"))
for name in ["x1", "x2"]:
    setattr(O, name, name.upper())
print(O.x1, o.x2)
