# return inside generators with finally, generator exhaustion after return, and return value via yield from.
def g():
    try:
        yield 1
        return "early"
        yield 2
    finally:
        print("g finally")
def wrapper():
    r = yield from g()
    yield f"wrapped {r}"
print(list(wrapper()))
def h(n):
    for i in range(n):
        if i == 2:
            return f"stopped at {i}"
        yield i
gen = h(5)
print(list(gen))
try:
    next(gen)
except StopIteration as e:
    print("exhausted, value:", e.value)
def empty():
    return "nothing"
    yield
e = empty()
try:
    next(e)
except StopIteration as ex:
    print("empty returned", ex.value)
def gen_yield_in_finally():
    try:
        yield "body"
    finally:
        yield "from finally"
print(list(gen_yield_in_finally()))
