# **kwargs preserve keyword order; explicit dict passed with ** keeps its order; kwargs is a fresh dict.
def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3), f(**{"b": 1, "a": 2}), f(c=1, **{"b": 2}, a=3))
d = {"x": 1}
def g(**kw):
    kw["added"] = True
    return kw
r = g(**d)
print(r, d, r is d)
def h(a, b, **rest):
    return a, b, rest
print(h(b=2, a=1, c=3), h(1, b=2), h(**{"a": 1, "b": 2, "z": 26}))
def collect(*args, sep="-", **kw):
    return sep.join(map(str, args)) + str(sorted(kw.items()))
print(collect(1, 2, 3), collect(1, sep="+", x=1))
