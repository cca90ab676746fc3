# Deep yield-from chains: values, send() and return values pass through many levels of delegation.
def leaf():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def level(n):
    if n == 0:
        result = yield from leaf()
    else:
        result = yield from level(n - 1)
    return result + 1000
g = level(50)
print(next(g))
for v in (1, 2, 3):
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("returned through 51 levels:", e.value)
def count(n):
    if n:
        yield n
        yield from count(n - 1)
print(list(count(200))[-3:], sum(count(300)))
