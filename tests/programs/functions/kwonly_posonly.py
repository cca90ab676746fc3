# Keyword-only and positional-only parameters and their error messages.
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for call in [lambda: f(1, 2, 3, 4), lambda: f(a=1, b=2, c=3, d=4), lambda: f(1, 2, 3),
             lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3, d=4, e=5)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(*, key):
    return key
try:
    h(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
def two(a, b):
    return a + b
for call in [lambda: two(1), lambda: two(1, 2, 3), lambda: two(1, a=1), lambda: two(), lambda: two(c=1, a=1, b=2)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def many(a, b, c, d=1):
    pass
try:
    many(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    many(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
