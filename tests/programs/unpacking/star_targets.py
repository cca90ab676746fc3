# Starred assignment targets in various positions, nested targets, and in for loops.
a, *b = [1, 2, 3]
*c, d = (1, 2, 3)
e, *f, g = "abcdef"
*h, = range(3)
print(a, b, c, d, e, f, g, h)
x, *y = [1]
print(x, y)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for first, *rest in [(1, 2, 3), (4,), "xy"]:
    print(first, rest)
[s, [t, *u]] = [0, [1, 2, 3]]
print(s, t, u)
m, *n = iter(range(4))
print(m, n, type(n).__name__)
k, *_, z = range(10)
print(k, z)
try:
    a1, *b1, c1 = [1]
except ValueError as e:
    print(type(e).__name__, e)
d1 = {}
d1["a"], *d1["rest"] = "xyz"
print(d1)
