# Default argument values: evaluated once, mutable default pitfall, None idiom, __defaults__.
counter = 10
def f(a, b=counter, c=[]):
    c.append(a)
    return a, b, c
counter = 20
print(f(1), f(2), f(3, 4, []))
def g(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(g(), g(), g([0]))
print(f.__defaults__[0], len(f.__defaults__[1]), g.__defaults__)
def h(a, b=2, *, c=3, d):
    return a, b, c, d
print(h(1, d=4), h(1, 5, c=6, d=7), h.__kwdefaults__)
def late(n=len("abc")):
    return n
print(late())
f.__defaults__ = (100, [])
print(f(1))
