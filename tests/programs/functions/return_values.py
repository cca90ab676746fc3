# Return values: implicit None, multiple values as tuples, early returns, return in loops, returning functions.
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return "none found"
def choose(kind):
    if kind == "add":
        return lambda a, b: a + b
    return lambda a, b: a * b
print(nothing(), bare(), multi(), type(multi()).__name__)
a, b, c = multi()
print(a, b, c)
print(early(10), early(0), choose("add")(3, 4), choose("mul")(3, 4))
def gen_or_value(flag):
    if flag:
        return [1, 2]
    return ()
print(gen_or_value(True), gen_or_value(False))
def returns_in_with():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): print("exit before return completes")
    with CM():
        return "value"
print(returns_in_with())
