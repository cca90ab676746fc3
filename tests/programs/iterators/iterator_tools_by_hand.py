# Hand-written equivalents of itertools functions (no imports): chain, islice, product, permutations, groupby, accumulate.
def chain(*its):
    for it in its:
        yield from it
def islice(it, stop):
    for i, v in enumerate(it):
        if i >= stop:
            return
        yield v
def product(a, b):
    for x in a:
        for y in b:
            yield x, y
def permutations(items, r):
    if r == 0:
        yield ()
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:], r - 1):
            yield (x,) + rest
def groupby(items, key):
    cur, group, started = None, [], False
    for v in items:
        k = key(v)
        if started and k != cur:
            yield cur, group
            group = []
        cur, started = k, True
        group.append(v)
    if started:
        yield cur, group
def accumulate(it, fn):
    it = iter(it)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for v in it:
        total = fn(total, v)
        yield total
def count(start=0):
    while True:
        yield start
        start += 1
print(list(chain("ab", [1], ())), list(islice(count(5), 3)), list(product("ab", range(2))))
print(list(permutations([1, 2, 3], 2)), len(list(permutations(list(range(5)), 5))))
print(list(groupby("aaabbcaa", key=lambda c: c)), list(groupby([1, 3, 2, 4, 5], key=lambda n: n % 2)))
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(accumulate([], max)))
