# A hand-written partial() and memoize decorator (no functools), with keyword merging and cache stats.
def partial(fn, *bound, **bound_kw):
    def call(*args, **kw):
        return fn(*bound, *args, **{**bound_kw, **kw})
    call.func, call.args, call.keywords = fn, bound, bound_kw
    return call
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), square(5, mod=7), two_to(10), two_to(10, mod=1000), square.args, square.keywords)
def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}
    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
        else:
            stats["misses"] += 1
            cache[args] = fn(*args)
        return cache[args]
    wrapper.stats = stats
    return wrapper
@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.stats)
