# dict subclasses: __missing__, overriding __getitem__ and how get/in bypass it.
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "banana":
    c[ch] += 1
print(c, c["zz"], "zz" in c, c.get("zz"))
class Loud(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
l = Loud(a=1)
print(l["a"], l.get("a"))
l["b"] = 2
l.update(c=3)
print(l, type(l).__name__, isinstance(l, dict))
class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
dd = Default(list)
dd["x"].append(1)
dd["x"].append(2)
dd["y"]
print(dd)
