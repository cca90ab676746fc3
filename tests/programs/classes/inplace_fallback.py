# In-place operators fall back to binary operators when __iadd__ is missing or returns NotImplemented.
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return OnlyAdd(self.v + o)
class IaddNotImpl(OnlyAdd):
    def __iadd__(self, o):
        print("__iadd__ declines")
        return NotImplemented
class IaddMutates:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        print("__iadd__ mutates")
        self.items.append(o)
        return self
class RAdd:
    def __radd__(self, o):
        print("__radd__")
        return "radd result"
a = OnlyAdd(1)
orig = a
a += 5
print(a.v, a is orig)
b = IaddNotImpl(1)
b += 2
print(b.v, type(b).__name__)
m = IaddMutates()
alias = m
m += "x"
print(m is alias, m.items)
n = 10
n += RAdd()
print(n)
class Neither:
    pass
z = Neither()
try:
    z += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    z -= 1
except TypeError as e:
    print(type(e).__name__, e)
