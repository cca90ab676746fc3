# Generator functions: lazy execution, state between yields, exhaustion and StopIteration.
def gen():
    print("start")
    yield 1
    print("after 1")
    yield 2
    print("end")
g = gen()
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "exhausted"))
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(101)), list(count(0)))
c = count(3)
print(iter(c) is c, [x for x in c], list(c))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def with_return():
    yield "a"
    return "result"
g2 = with_return()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print("return value:", e.value, e.args)
print(list(with_return()))
