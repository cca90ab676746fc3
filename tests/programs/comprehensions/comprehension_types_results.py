# Result types and laziness of each comprehension kind, and comprehensions over dicts, strings, ranges and nested generators.
lc = [x for x in "ab"]
sc = {x for x in "aab"}
dc = {x: ord(x) for x in "ab"}
ge = (x for x in "ab")
print(type(lc).__name__, type(sc).__name__, type(dc).__name__, type(ge).__name__)
print(lc, sorted(sc), dc, list(ge), list(ge))
d = {"a": 1, "b": 2}
print([k for k in d], [v for v in d.values()], [(k, v) for k, v in d.items()], {v: k for k, v in d.items()})
print([c for c in "héllo" if c.isalpha()], [n for n in range(10, 0, -3)], [s[::-1] for s in ("ab", "cd")])
print(sum(x for x in (y * 2 for y in range(5))), [list(r) for r in (range(i) for i in range(3))])
print(list(map(lambda p: p[0] * p[1], [(a, b) for a in range(3) for b in range(3) if a < b])))
