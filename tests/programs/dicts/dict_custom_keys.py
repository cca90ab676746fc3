# User-defined keys: __hash__ and __eq__ calls, equal-but-distinct keys, unhashable classes.
class K:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        print("hash", self.name)
        return self.h
    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.h == other.h
    def __repr__(self):
        return "K(" + self.name + ")"
d = {}
d[K("a", 1)] = "first"
d[K("b", 1)] = "second"
print(d)
print(K("c", 2) in d)
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash.__hash__)
class Same:
    def __hash__(self):
        return 42
s1, s2 = Same(), Same()
e = {s1: 1, s2: 2}
print(len(e), e[s1], e[s2])
print(hash(-1) == hash(-2), {-1: "m1", -2: "m2"})
