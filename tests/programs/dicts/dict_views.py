# dict views: dynamic updates, set operations on keys and items, len, membership, mapping attribute.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), ("d", 4) in it, "a" in k, 4 in v)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print(sorted(it & {("a", 1), ("b", 9)}), k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"})
print(k.isdisjoint({"x"}), type(v.mapping).__name__, k.mapping["a"])
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
try:
    d.keys()[0]
except TypeError as e:
    print(type(e).__name__, e)
print(list(iter({1: 2}.items())), type(iter({}.values())).__name__)
x = {1: "a"}.values()
print(x == x, {1: "a"}.values() == {1: "a"}.values())
