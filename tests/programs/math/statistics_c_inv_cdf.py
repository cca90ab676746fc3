# _statistics._normal_dist_inv_cdf (Wichura's AS241), the accelerator NormalDist.inv_cdf
# uses: the same doubles as CPython's C function over the three ranges of p, its argument
# conversions and its ValueError outside its domain.
import _statistics, statistics, random
f = _statistics._normal_dist_inv_cdf
print(f.__module__, f.__name__, statistics._normal_dist_inv_cdf is f)
rnd = random.Random(12345)
ps = [1e-300, 1e-20, 1e-10, 0.001, 0.01, 0.02425, 0.075, 0.1, 0.25, 0.4, 0.5, 0.6, 0.9, 0.975, 0.999, 1 - 1e-12]
ps += [rnd.random() for _ in range(100)]
for p in ps:
    print(p, [f(p, mu, sigma) for mu, sigma in [(0.0, 1.0), (100, 15), (-3.5, 0.25)]])
for bad in [(0.5,), (0.5, 0, 1, 2), ("x", 0, 1), (0.0, 0, 1), (1.0, 0, 1), (0.5, 0, 0), (0.3, 1, -2), (-1, 0, 1)]:
    try:
        print(f(*bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    f(p=0.5, mu=0, sigma=1)
except TypeError as e:
    print("TypeError", e)
print(f(float("nan"), 0, 1), f(True and 0.5, 1, 2), f(0.5, float("inf"), 1))
print(statistics.NormalDist(10, 2).inv_cdf(0.3), statistics.NormalDist(10, 2).quantiles(4))
