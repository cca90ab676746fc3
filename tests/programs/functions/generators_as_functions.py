# Functions returning generators vs lists, generator functions with arguments evaluated at call time.
def squares_list(n):
    return [i * i for i in range(n)]
def squares_gen(n):
    print("generator body starts on first next()")
    for i in range(n):
        yield i * i
g = squares_gen(3)
print("created")
print(list(g), squares_list(3))
def with_default(items=[]):
    items.append(len(items))
    yield from items
print(list(with_default()), list(with_default()))
def counter(start):
    n = start
    while True:
        n = yield n
        if n is None:
            return
print([x for x in squares_gen(4) if x % 2 == 0])
