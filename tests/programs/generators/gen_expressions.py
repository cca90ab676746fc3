# Generator expressions: laziness, single use, as call arguments, nested, and early binding of first iterable.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in "a bb ccc".split()))
print(list((i, j) for i in range(3) for j in range(i)))
data = [1, 2, 3]
lazy = (d * 10 for d in data)
data.append(4)
print(list(lazy))
data2 = [1, 2]
g2 = (d for d in data2)
data2 = [9, 9]
print(list(g2))
def noisy(n):
    print("produce", n)
    return n
g3 = (noisy(i) for i in range(3))
print("created")
print(next(g3))
print(any(x > 1 for x in [0, 5, noisy(7)]))
print(dict((k, len(k)) for k in ["a", "bb"]), set(c for c in "hello") == set("helo"), tuple(x for x in "ab"))
try:
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
