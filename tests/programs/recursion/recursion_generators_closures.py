# Recursion through generators, closures and methods: recursive generator tree walk, recursive lambda via closure, memo method.
def walk(d, path=()):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from walk(v, path + (k,))
        else:
            yield "/".join(path + (k,)), v
tree = {"a": {"b": 1, "c": {"d": 2, "e": {}}}, "f": 3}
print(list(walk(tree)))
def make_fact():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact
print(make_fact()(30))
class Fib:
    def __init__(self):
        self.memo = {0: 0, 1: 1}
    def __call__(self, n):
        if n not in self.memo:
            self.memo[n] = self(n - 1) + self(n - 2)
        return self.memo[n]
f = Fib()
print(f(300) % 10 ** 12, len(f.memo))
def hanoi_gen(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi_gen(n - 1, a, c, b)
        yield a, c
        yield from hanoi_gen(n - 1, b, a, c)
moves = list(hanoi_gen(10))
print(len(moves), moves[:3], moves[-1])
