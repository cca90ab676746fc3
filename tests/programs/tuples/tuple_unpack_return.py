# Tuples as records: returning several values, swapping, namedtuple-like access with index constants, tuple methods.
def min_max_avg(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = min_max_avg([3, 1, 4, 1, 5, 9, 2, 6])
print(lo, hi, avg)
NAME, AGE = 0, 1
people = [("ann", 31), ("bob", 25), ("cy", 40)]
print(sorted(people, key=lambda p: p[AGE]), [p[NAME] for p in people if p[AGE] > 30])
t = tuple(range(10))
print(t[2:5], t[::-3], t.index(7), t.count(3), t + t[:2], len(t * 2), t[-1])
nested = ((1, 2), (3, (4, 5)))
(a, b), (c, (d, e)) = nested
print(a, b, c, d, e, nested[1][1][0])
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2))), tuple(zip((1, 2), "ab")))
print(hash((1, 2, 3)) == hash(tuple([1, 2, 3])), (1, 2) + (3,) == (1, 2, 3), () + () == ())
counts = {}
for pair in [(1, 2), (2, 1), (1, 2)]:
    counts[pair] = counts.get(pair, 0) + 1
print(counts)
