# Benchmark: generator functions and generator expressions in pipelines, with yield from.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squares(src):
    for x in src:
        yield x * x
def chained(n):
    yield from numbers(n)
    yield from numbers(n // 2)
total = 0
for _ in range(15):
    total += sum(squares(evens(numbers(300000))))
    total += sum(x for x in chained(300000) if x % 3)
    total += max(y * 2 for y in range(200000))
print("generators", total)
