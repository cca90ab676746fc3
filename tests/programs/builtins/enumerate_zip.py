# enumerate with start, zip with unequal lengths, zip(strict=True) errors, and unzip idiom.
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
e = enumerate(["a", "b"])
print(next(e), next(e), next(e, None), type(e).__name__)
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(3), range(3))))
print(list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], "a", [], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
