# frozenset: immutability, hashing, mixed operations with set (result type follows the left operand), and as dict keys.
a = frozenset([1, 2, 3])
b = {3, 4}
print(type(a | b).__name__, type(b | a).__name__, type(a & b).__name__, type(b - a).__name__)
print(sorted(a | b), sorted(a ^ b), a.union(b) == {1, 2, 3, 4}, type(a.union(b)).__name__, type(a.copy()).__name__)
index = {frozenset({"x", "y"}): "xy", frozenset(): "empty"}
print(index[frozenset(["y", "x"])], index[frozenset()])
for op in ("add", "remove", "discard", "update", "clear", "pop"):
    print(op, hasattr(a, op))
print(frozenset("abc") == set("cba"), a <= {1, 2, 3, 4}, a.isdisjoint(frozenset({9})), len(frozenset(range(100))))
nested = frozenset([frozenset([1]), frozenset([1]), frozenset([2])])
print(len(nested), frozenset([1]) in nested)
