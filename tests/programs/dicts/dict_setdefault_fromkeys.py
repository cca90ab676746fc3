# setdefault and fromkeys details: the shared default object pitfall, setdefault return identity, defaults None.
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d, d["a"] is d["b"])
e = {k: [] for k in ["a", "b"]}
e["a"].append(1)
print(e)
g = {}
lst = g.setdefault("k", [])
lst.append("x")
print(g, g.setdefault("k", ["ignored"]) is lst, g.setdefault("n"), g)
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.setdefault(w, 0) + 1
print(counts)
class MyDict(dict):
    pass
m = MyDict.fromkeys("xy", 0)
print(type(m).__name__, m)
print(dict.fromkeys(range(3)), dict.fromkeys(""), dict.fromkeys({"z": 1}, "v"))
