# Deeply nested comprehensions: flattening, matrix operations, cartesian products with conditions, and generators inside.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in m for x in row])
print([[row[i] for row in m] for i in range(len(m[0]))])
print([[x * y for x in range(1, 4)] for y in range(1, 4)])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print({k: [v for v in range(k) if v % 2] for k in range(6)})
print([sum(x for x in row if x % 2) for row in m])
print([[c for c in w if c in "aeiou"] for w in "the quick brown fox".split()])
print({(i, j) for i in range(3) for j in range(3) if i != j} == {(0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1)})
print([y for y in (x * 2 for x in range(5)) if y > 2])
print(["".join(p) for p in [(a, b) for a in "xy" for b in "12"]])
