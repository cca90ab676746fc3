# sum with start values, floats precision, lists concatenation, and string rejection.
print(sum([1, 2, 3]), sum([1, 2], 10), sum([], 5), sum(range(101)), sum([0.1] * 10), sum([1, 2.5, 3j]))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([True, True, False]), sum(x for x in range(5)))
print(sum([1e100, 1.0, -1e100]), sum([2 ** 64, 2 ** 64]), sum([0.1, 0.2, 0.3]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(sum([1, 2], start=100))
