# Walrus inside comprehensions binds in the enclosing scope; its syntax errors are in syntax/syntax_errors.
def f():
    data = [3, 8, 1, 9]
    big = [y for x in data if (y := x * 10) > 20]
    return big, y
print(f())
total = 0
partial_sums = [total := total + v for v in range(1, 6)]
print(partial_sums, total)
