# Unpacking targets in for loops and comprehensions: nested tuples, stars, dict items, enumerate of pairs.
pairs = [(1, ("a", "b")), (2, ("c", "d"))]
for n, (x, y) in pairs:
    print(n, x, y)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
for first, *middle, last in ["abcd", [1, 2], (9, 8, 7)]:
    print(first, middle, last)
print([a * b for a, b in zip(range(4), range(4, 8))])
print({k: v for (k, v), _ in zip([("x", 1), ("y", 2)], range(2))})
print([(h, t) for h, *t in ["hello", "hi"]])
points = [(1, 2, 3), (4, 5, 6)]
print([z for *_, z in points], [x for x, *_ in points])
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
