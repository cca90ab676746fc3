# Float accumulation and comparisons: summing in loops vs sum() (3.12 uses compensated summation), tolerances.
xs = [0.1] * 10
acc = 0.0
for x in xs:
    acc += x
print(acc, sum(xs), acc == 1.0, sum(xs) == 1.0)
big = [1e16, 1.0, -1e16]
acc2 = 0.0
for x in big:
    acc2 += x
print(acc2, sum(big))
vals = [1 / n for n in range(1, 1001)]
print(sum(vals), sum(sorted(vals)), sum(reversed(vals)))
print(sum([0.5, 0.25, 0.125]), sum([1, 2.5], 0.5), sum([float("inf"), 1.0]), sum([float("inf"), -float("inf")]))
def close(a, b, tol=1e-9):
    return abs(a - b) <= tol * max(abs(a), abs(b))
print(close(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, close(1e20 + 1, 1e20))
