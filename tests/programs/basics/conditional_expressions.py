# Conditional expressions: laziness of branches, nesting, use in comprehensions, lambdas, arguments and defaults.
def loud(v):
    print("evaluated", v)
    return v
print(loud("a") if True else loud("b"))
print(loud("a") if False else loud("b"))
x = 5
print("neg" if x < 0 else "zero" if x == 0 else "small" if x < 10 else "big")
print([("fizz" if i % 3 == 0 else "") + ("buzz" if i % 5 == 0 else "") or str(i) for i in range(1, 16)])
sign = lambda n: -1 if n < 0 else (1 if n > 0 else 0)
print([sign(n) for n in (-3, 0, 8)])
def f(a, b=1 if x > 3 else 2):
    return a + b
print(f(1), max(1, 2) if x else min(1, 2), (1 if x else 0) + 1)
y = [] if x > 100 else {}
print(type(y).__name__)
