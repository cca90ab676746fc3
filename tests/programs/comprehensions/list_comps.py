# List comprehensions: filters, nested loops, conditional expressions, nested comprehensions, and matrix ops.
print([x for x in range(10)], [x * 2 for x in range(5) if x != 2])
print([(x, y) for x in range(3) for y in "ab"])
print([x if x % 2 else -x for x in range(6)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print([v for row in m for v in row if v % 2 == 0])
print([c.upper() for c in "hello" if c not in "l"])
print([y for x in [[1, 2], [3]] for y in x], [x for x in [] if x])
print([i for i in range(20) if i % 2 if i % 3])
print([(i, s) for i, s in enumerate("xyz")], [a + b for a, b in zip([1, 2], [10, 20])])
print([n for n in range(2, 40) if all(n % d for d in range(2, n))])
print([[]] * 2, [[] for _ in range(2)])
