# Insertion order: preserved across update, delete and re-insert; reversed and popitem order.
d = {}
for k in ["x", "b", "m", "a"]:
    d[k] = len(d)
print(list(d))
d["b"] = 99
print(list(d.items()))
del d["x"]
d["x"] = 0
print(list(d))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(d.popitem(), d.popitem(), d)
e = {3: "c", 1: "a", 2: "b"}
print(e, sorted(e), {k: e[k] for k in sorted(e)})
f = dict.fromkeys("hello")
print(list(f))
g = {"a": 1}
g.update(b=2, a=3)
print(g)
h = {**{"p": 1, "q": 2}, "p": 3}
print(h)
