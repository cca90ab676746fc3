# Higher-order functions: map/filter/reduce written by hand, currying, function tables.
def my_reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(my_reduce(lambda a, b: a * b, range(1, 8), 1), my_reduce(lambda a, b: b + a, "abc", ""))
def curry(f):
    def c(a):
        return lambda b: f(a, b)
    return c
print(curry(pow)(2)(10))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
expr = [3, "+", 4, "*", 2, "-", 1]
acc = expr[0]
for i in range(1, len(expr), 2):
    acc = ops[expr[i]](acc, expr[i + 1])
print(acc)
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
print(pipeline(str.strip, str.upper, lambda s: s + "!")("  hi  "))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(list(filter(None, [0, 1, "", "a", None, []])))
def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))
print(apply_n(lambda v: v * 2, 10)(1))
