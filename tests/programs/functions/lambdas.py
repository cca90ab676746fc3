# Lambda expressions: defaults, varargs, immediately invoked, in sort keys, and their names.
sq = lambda x: x * x
print(sq(7), (lambda: "noargs")(), (lambda *a, **k: (a, k))(1, b=2), (lambda x, y=10: x + y)(1))
print(sq.__name__, sq.__qualname__, (lambda: 0).__code__.co_argcount)
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
print(list(map(lambda x: x % 3, range(7))), list(filter(lambda s: s.isupper(), "aBcDE")))
cond = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print([cond(v) for v in (-1, 0, 1)])
print((lambda x: (lambda y: x + y))(1)(2))
def f():
    return lambda: __name__
print(f()())
print((lambda *, k: k)(k=5), (lambda a, /, b: a - b)(5, b=1))
