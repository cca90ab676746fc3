# Unpacking arbitrary iterables: generators, dicts, sets of ints, strings, ranges, and custom iterators.
a, b = (x for x in "xy")
print(a, b)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
(v1, v2), = [{"a": 1, "b": 2}.values()]
print(v1, v2)
p, q, r = range(3)
print(p, q, r)
class Three:
    def __iter__(self):
        yield from (10, 20, 30)
x, *y = Three()
print(x, y)
try:
    m, n = Three()
except ValueError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
    print("generator resumed for the check")
    yield 2
try:
    only, = gen()
except ValueError as e:
    print(type(e).__name__, e)
print([*Three(), *range(2)], {*"aab"} == {"a", "b"})
