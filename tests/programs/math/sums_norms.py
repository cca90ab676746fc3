# fsum (correctly rounded), prod, sumprod, hypot and dist
import math

class F:
    def __float__(self):
        return 0.25

print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([-0.0]), math.fsum([0.0, -0.0]), math.fsum(range(10)), math.fsum([F(), F(), 1]))
print(math.fsum([1e308, 1e308, -1e308]) if False else 'skip', math.fsum([2.0**53, 1.0, -2.0**53]))
print(math.fsum([1.0, 2.0**-53, 2.0**-106]), math.fsum([1.0, -2.0**-53, -2.0**-106]), math.fsum([1, 1e-16, 1e-16]))
vals = [(i * 7919 % 1000 - 500) * 10.0 ** ((i * 31) % 40 - 20) for i in range(200)]
print(math.fsum(vals), math.fsum(sorted(vals)), math.fsum(reversed(vals)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -math.inf]), math.fsum(x / 3 for x in range(100)))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([0.5, 4, 3]), math.prod([2] * 100))
print(math.prod([1, 2], start=10), math.prod([[1]], start=3), math.prod(['ab'], start=2), math.prod([], start='x'))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1] * 10), math.sumprod([1.5, 2], [2, 0.25]))
print(math.sumprod([10**20, 3], [10**20, 4]), math.sumprod([True, False], [3, 4]), math.sumprod([], []))
print(math.sumprod([1, 2.5, 3], [4, 5, 6.5]), math.sumprod([1e308, -1e308], [10, 10]))
print(math.sumprod([0.1, 0.2, 0.3], [0.3, 0.2, 0.1]), math.sumprod([1e16, 1.0, -1e16], [1.0, 1.0, 1.0]))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(1e308, 1e308))
T = 2.0 ** -1074
print(math.hypot(T, T) / T, math.hypot(3 * T, 4 * T) / T, math.hypot(1e-310, 2e-310, 3e-310), math.hypot(math.inf, math.nan),
      math.hypot(math.nan, 1), math.hypot(*range(100)))
print(math.dist([0, 0], [3, 4]), math.dist((1.5, 2.5, 3.5), (0, 0, 0)), math.dist([], []), math.dist(iter([1]), [2]))
print(math.hypot(0.1, 0.2), math.hypot(1.1, 2.2, 3.3, 4.4), math.dist((0.1, 0.2), (0.3, 0.5)))
