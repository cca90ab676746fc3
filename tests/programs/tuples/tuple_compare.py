# Lexicographic tuple comparison, mixed lengths, and sorting tuples.
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a", 0), (1, "a")]
print(sorted(pairs))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (3,) > (2, 99), () < (0,))
print(max(pairs), min(pairs))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((1, "a") < (2, 2))
print((float("nan"),) == (float("nan"),))
n = float("nan")
print((n,) == (n,), (n, 1) < (n, 2))
