# The iterator protocol on builtin types: iter(iter(x)) identity, exhausted iterators stay exhausted.
for src in ([1, 2], (1, 2), "ab", {1: 0, 2: 0}, {1, 2}, range(2), b"ab", enumerate("ab"), zip("a", "b"), map(abs, [-1]), reversed([1, 2])):
    it = iter(src)
    print(type(it).__name__, iter(it) is it, list(it), list(it))
gen = (x for x in [1])
print(iter(gen) is gen)
l = [1, 2, 3]
it = iter(l)
next(it)
l.clear()
print(list(it))
l2 = [1]
it2 = iter(l2)
print(list(it2))
l2.append(2)
print(list(it2))
d = {"a": 1}
di = iter(d)
d["b"] = 2
try:
    next(di)
except RuntimeError as e:
    print(type(e).__name__, e)
