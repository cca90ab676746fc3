# set and frozenset construction, add/remove/discard/pop, membership and sorted display.
s = {3, 1, 2}
s.add(4); s.add(1); s.discard(10); s.remove(3)
print(sorted(s), len(s), 2 in s, 3 in s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(set("hello")), set(), frozenset(), sorted(frozenset([1, 2, 2])))
print(set([1, 2]) == {2, 1}, frozenset({1}) == {1}, {1, 2} != {1})
e = set()
try:
    e.pop()
except KeyError as ex:
    print(type(ex).__name__, ex)
p = {7}
print(p.pop(), p)
try:
    {[1]}
except TypeError as ex:
    print(type(ex).__name__, ex)
print({1, 1.0, True}, {0, False}, len({"a", "a"}))
f = frozenset([1, 2])
print(hash(f) == hash(frozenset([2, 1])), {f: "frozen key"}[frozenset([1, 2])])
try:
    f.add(3)
except AttributeError as ex:
    print(type(ex).__name__, ex)
print(repr({1}), repr(frozenset({5})), repr(set()), repr(frozenset()))
c = s.copy(); c.clear(); print(c, sorted(s))
print({x % 4 for x in range(20)})
print(sorted({(1, 2), (1, 2), (2, 1)}))
