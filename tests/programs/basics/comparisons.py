# Comparison operators, chained comparisons, identity and membership tests.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1.0, 1 < 2 > 0)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 6)
print("abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (1, "a") < (1, "b"))
print(None is None, None is not None, 1 in [1, 2], 3 not in [1, 2])
print("b" in "abc", "bc" in "abc", "" in "abc", "d" not in "abc")
print(1 in {1: 2}, 2 in {1: 2}, 2 in (1, 2))
print(float("nan") == float("nan"), float("nan") != float("nan"))
print(True == 1, False == 0, True is True)
def f(v):
    print("eval", v)
    return v
print(f(1) < f(2) < f(0) < f(3))
print(f(3) < f(2) < f(1))
for a, b in [(1, "1"), ([1], (1,)), (None, 0)]:
    print(a == b, a != b)
for a, b in [(1, "a"), ([1], (1,)), (None, 0), ({}, {})]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set())
