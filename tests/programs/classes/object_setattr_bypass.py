# object.__setattr__/__getattribute__ bypass user overrides; frozen-object pattern; __dict__ direct access.
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k}: frozen")
    def __delattr__(self, k):
        raise AttributeError(f"cannot delete {k}: frozen")
    def __repr__(self):
        return "Frozen(" + ", ".join(f"{k}={v!r}" for k, v in vars(self).items()) + ")"
f = Frozen(a=1, b="two")
print(f, f.a)
for act in (lambda: setattr(f, "a", 2), lambda: delattr(f, "b")):
    try:
        act()
    except AttributeError as e:
        print(type(e).__name__, e)
f.__dict__["a"] = "via __dict__"
print(f.a)
class Hidden:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return super().__getattribute__(name)
h = Hidden()
object.__setattr__(h, "secret", 42)
print(hasattr(h, "secret"), object.__getattribute__(h, "secret"))
try:
    object.__setattr__(1, "x", 2)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
