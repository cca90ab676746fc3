# range objects: construction, len, indexing, slicing, containment, equality, repr, reversed and errors.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], 5 in r, 6 in r, r.index(8), r.count(11))
print(range(5), range(0), list(range(5, 0, -2)), range(3) == range(0, 3, 1), range(0) == range(5, 5), range(1, 2) == range(1, 3, 5))
print(list(reversed(range(4))), r.start, r.stop, r.step, range(10)[3:100:2], range(-5))
print(10 ** 20 in range(10 ** 21), range(10 ** 21)[10 ** 20], len(range(0, 10 ** 18, 7)))
for bad in [lambda: range(1.5), lambda: range(0, 1, 0), lambda: range(3)[5], lambda: r.index(4), lambda: range()]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), list(range(0, -3, -1)), 2.0 in range(3))
