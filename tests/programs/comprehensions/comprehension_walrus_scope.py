# Walrus inside comprehensions binds in the enclosing scope; errors for rebinding the iteration variable.
def f():
    data = [3, 8, 1, 9]
    big = [y for x in data if (y := x * 10) > 20]
    return big, y
print(f())
total = 0
partial_sums = [total := total + v for v in range(1, 6)]
print(partial_sums, total)
try:
    compile("class C:\n    vals = [1, 2]\n    res = [(w := v) for v in vals]\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("[x := 1 for x in range(3)]", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
