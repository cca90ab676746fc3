# Tuple hashing and equality delegate to elements: user __eq__/__hash__ called, nested tuples, tuples as set members.
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"  K({self.v}).__eq__(K({o.v}))")
        return self.v == o.v
    def __hash__(self):
        print(f"  K({self.v}).__hash__")
        return hash(self.v)
a = (1, K(2))
b = (1, K(2))
print("eq:", a == b)
print("hash equal:", hash(a) == hash(b))
print("in set:", b in {a})
print((1, (2, (3,))) == (1, (2, (3,))), hash((1, (2, (3,)))) == hash((1, (2, (3,)))))
print({(1, 2), (2, 1), (1, 2)} == {(2, 1), (1, 2)}, len({(0,), (0.0,), (False,)}))
