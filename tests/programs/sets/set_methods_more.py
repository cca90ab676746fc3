# More set behaviour: frozenset hashing in sets of sets, set comprehensions from strings, comparisons and copies.
fam = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(fam), frozenset({1, 2}) in fam)
s = {1, 2, 3}
t = s
t.add(4)
print(sorted(s), s is t, sorted(s.copy()), s.copy() is s)
print({1, 2} == {2, 1}, {1, 2} != {1, 2, 3}, set() == frozenset(), {1}.union() == {1})
print(sorted({c for c in "mississippi"}), len(set("mississippi")))
u = set()
for n in [3, 1, 3, 2, 1]:
    if n in u:
        print("duplicate", n)
    u.add(n)
print(sorted(u), min(u), max(u), sum(u))
print(sorted(set(range(10)) - set(range(0, 10, 3))), sorted({1, 2, 3} & {2, 3, 4} | {9}))
print(set([1, 2]).isdisjoint([3]), {1}.issubset({1}), frozenset("ab").issuperset("a"))
try:
    {1} <= [1]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({(i % 3, i % 2) for i in range(10)}))
