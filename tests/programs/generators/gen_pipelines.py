# Generator pipelines: chained generators for filtering, mapping, windowing and take-while.
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(6, squares(evens(numbers())))))
def window(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def takewhile(pred, src):
    for x in src:
        if not pred(x):
            break
        yield x
print(list(takewhile(lambda v: v < 20, squares(numbers()))))
def running_total(src):
    total = 0
    for x in src:
        total += x
        yield total
print(list(running_total(range(1, 11))))
def group_runs(s):
    it = iter(s)
    try:
        cur = next(it)
    except StopIteration:
        return
    count = 1
    for ch in it:
        if ch == cur:
            count += 1
        else:
            yield cur, count
            cur, count = ch, 1
    yield cur, count
print(list(group_runs("aaabccdddd")), list(group_runs("")))
