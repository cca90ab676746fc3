# dict methods: get, setdefault, pop, popitem, update, copy, clear, keys/values/items.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("d", 4), d)
print(d.setdefault("e"), d)
print(d.pop("e"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
c = d.copy()
c["a"] = 100
print(d["a"], c["a"])
print(list(d.keys()), list(d.values()), list(d.items()))
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
nested = {"l": [1]}
shallow = nested.copy()
shallow["l"].append(2)
print(nested)
print(dict.get(d, "k", "via type"), {}.get(1, 2))
