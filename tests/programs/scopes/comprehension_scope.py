# Comprehension scoping: loop variables do not leak, first iterable evaluated in enclosing scope.
x = "outer"
r = [x for x in range(3)]
print(r, x)
n = 3
print([n * i for i in range(n)])
class C:
    n = 5
    r = [i for i in range(n)]
print(C.r)
def f():
    vals = [lambda: i for i in range(3)]
    return [v() for v in vals]
print(f())
print([[j for j in range(i)] for i in range(4)])
y = 10
g = (y * k for k in range(3))
y = 20
print(list(g))
print({i: [i for i in "ab"] for i in range(2)})
def gen_scope():
    total = 5
    return sum(total + t for t in range(3))
print(gen_scope())
