# Decorators: simple wrappers, decorators with arguments, stacking order, class decorators.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    wrapper.__name__ = "traced_" + fn.__name__
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def tag(t):
    def deco(fn):
        print("decorating with", t)
        return lambda: f"<{t}>{fn()}</{t}>"
    return deco
@tag("b")
@tag("i")
def text():
    return "x"
print(text())
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Thing:
    pass
print(registry, Thing.registered)
@lambda f: f()
def run_now():
    return "ran at definition"
print(run_now)
class Cnt:
    def __init__(self, fn):
        self.fn, self.n = fn, 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)
@Cnt
def sq(x):
    return x * x
print(sq(3), sq(4), sq.n)
