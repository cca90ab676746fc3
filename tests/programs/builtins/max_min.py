# max and min with iterables, several args, key, default, and their errors.
print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 3]), min("hello"), max("b", "a", "c"))
print(max([], default="empty"), min((), default=None), max([2, 1], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([-3, 2, -1], key=abs))
print(max([1, 3, 3.0]), max([3.0, 3, 1]), min([(1, "b"), (1, "a")]))
print(max(x * x for x in range(-3, 2)), max({"a": 1, "b": 0}), max({"a": 1, "b": 0}, key=lambda k: {"a": 1, "b": 0}[k]))
for call in [lambda: max([]), lambda: min(), lambda: max(1, 2, default=0), lambda: max(1), lambda: min([1, "a"])]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max(1, 2, key=None), max([0, 0.0, False]))
