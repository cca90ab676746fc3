f = lambda: 0
g = lambda a, /, b, *, c=1, **d: (a, b)
h = lambda *a: a
i = lambda a=1, *b, c, **d: 0
j = lambda: (yield)
