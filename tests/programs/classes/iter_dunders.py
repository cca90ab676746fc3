# __iter__ and __next__ in user classes, iterators that return self, and StopIteration handling.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sum(Countdown(4)), max(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration as e:
    print(type(e).__name__, repr(e))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), [x * y for x in r for y in r])
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NotIterator:
    pass
try:
    next(NotIterator())
except TypeError as e:
    print(type(e).__name__, e)
a, b, c2 = Countdown(3)
print(a, b, c2)
print(dict(zip(Countdown(3), "abc")))
