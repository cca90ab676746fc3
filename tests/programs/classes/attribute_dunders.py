# Attribute dunders: __getattr__ fallback, __getattribute__ interception, __setattr__ and __delattr__, __dir__.
class Fallback:
    real = 1
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
f = Fallback()
print(f.real, f.xyz)
try:
    f.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(f, "missing", "dflt"), hasattr(f, "xa"), hasattr(f, "b"))
class Spy:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
s = Spy()
print(s.a)
class Guard:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name == "locked":
            raise AttributeError("locked is read-only")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
g = Guard()
g.a = 5
try:
    g.locked = 1
except AttributeError as e:
    print(type(e).__name__, e)
del g.a
try:
    del g.a
except AttributeError as e:
    print(type(e).__name__, e)
class D:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(D()))
class Both:
    def __getattribute__(self, n):
        if n == "boom":
            raise AttributeError("from getattribute")
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        return "fallback for " + n
print(Both().boom)
