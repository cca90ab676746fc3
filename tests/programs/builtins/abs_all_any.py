# abs, all, any on various types including short-circuiting iterators.
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 30))
print(all([]), all([1, 2]), all([1, 0]), all("abc"), all([[]]), any([]), any([0, "", None]), any([0, 1]))
def items():
    for v in [1, 0, 2]:
        print("yield", v)
        yield v
print(all(items()))
print(any(items()))
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
