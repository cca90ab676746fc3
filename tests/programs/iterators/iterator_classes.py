# Iterable vs iterator classes, multiple independent iterators, and infinite iterators with manual stops.
class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return SquaresIter(self.n)
class SquaresIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i ** 2
s = Squares(4)
print(list(s), list(s), [(a, b) for a in s for b in s if a < b][:3])
a, b = iter(s), iter(s)
print(next(a), next(a), next(b))
class Cycle:
    def __init__(self, items):
        self.items, self.i = items, 0
    def __iter__(self):
        return self
    def __next__(self):
        v = self.items[self.i % len(self.items)]
        self.i += 1
        return v
c = Cycle("xyz")
print([next(c) for _ in range(7)])
for v in Cycle([1, 2]):
    if v == 2:
        break
print("stopped")
print(sorted(Squares(3), reverse=True), 9 in Squares(3), 10 in Squares(3), dict(zip(Squares(3), "abc")))
