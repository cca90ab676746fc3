# Set and dict comprehensions, including duplicates collapsing and conditional values.
print(sorted({x % 5 for x in range(20)}), {len(w) for w in ["a", "bb", "cc"]} == {1, 2})
print({c: c.upper() for c in "abc"}, {i: i ** 2 for i in range(5) if i % 2 == 0})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
word = "mississippi"
print({ch: word.count(ch) for ch in word})
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({x: ("even" if x % 2 == 0 else "odd") for x in range(4)})
print({frozenset({i}) for i in range(3)} == {frozenset({0}), frozenset({1}), frozenset({2})})
