# iter() with a sentinel callable, next() with default, and iterating builtin iterators.
data = [3, 2, 1, 0, 5]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
i = iter([1])
print(next(i), next(i, "dflt"), next(i, None))
try:
    next(i)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(range(1))).__name__, type(iter(set())).__name__)
ci = iter(tick, 7)
print(type(ci).__name__, next(ci))
