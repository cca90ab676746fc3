# dict comprehensions: filtering, key collisions, nested, from zip, and inversion.
sq = {x: x * x for x in range(6)}
print(sq)
print({x: x for x in range(10) if x % 3 == 0})
print({k % 3: k for k in range(10)})
words = ["apple", "bob", "cat", "apricot"]
print({w[0]: w for w in words})
print({w: len(w) for w in words if len(w) > 3})
print({k: v for k, v in zip("abc", range(3))})
inv = {v: k for k, v in sq.items()}
print(inv)
print({(i, j): i * j for i in range(3) for j in range(i)})
print({x: {y: x + y for y in range(2)} for x in range(2)})
