# Valid but unusual syntax the parser must accept: star in subscripts, decorator expressions, soft keywords as names, 3.12 f-strings.
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
idx = (1, 2)
print(g[*idx], g[0, *idx], g[*idx, 3], g[:, 1], g[..., ::2])
decorators = [lambda f: f, lambda f: (lambda: f().upper())]
@decorators[1]
def shout():
    return "decorated by a subscript expression"
print(shout())
@(lambda f: f)
def plain():
    return "decorated by a parenthesized lambda"
print(plain())
match, case, type, _ = "soft", "keywords", "as", "names"
print(match, case, type, _)
del type
print(f"{'nested "same" quotes'}", f"{f'{f"{1 + 1}"}'}", f"{'multi'
      'line'}")
words = ["a", "b"]
print(f"{'\n'.join(words)!r}", f"{3.14159:{'>'}{10}.{3}}")
x = 5
print(x if x not in (1, 2) else 0, x is not None is not False, not x in [1], 1 < x is not None)
lam = lambda *, k=1, **kw: (k, kw)
print(lam(k=2, z=3), (lambda *a: a)(*[1, 2]), (lambda a, /, b=2, *, c=3: (a, b, c))(1, c=4))
a, b = [1, 2], [3]
print([*a, *b], (*a, *b), {*a, *b} == {1, 2, 3}, {**{"k": 1}, "j": 2}, print is print)
(p), [q, r] = 1, (2, 3)
print(p, q, r)
del (p), [q, r]
print("p" in globals(), "q" in globals())
if (n := len(a)) > 1: print("walrus in inline if", n)
for i, in [(1,), (2,)]: print("single-element tuple target", i)
with (open_ := type("CM", (), {"__enter__": lambda s: s, "__exit__": lambda s, *a: None})()): print("walrus in with", type(open_).__name__)
print(0 if 1 else 2, [x for x in range(3) if x if x > 0], [(yield_ := v) for v in (1,)], yield_)
def gen():
    print((yield), (yield 1), [(yield)], {(yield): (yield)})
gg = gen()
next(gg)
for v in range(5):
    try:
        gg.send(v)
    except StopIteration:
        break
