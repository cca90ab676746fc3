# Recursive helpers with accumulator defaults, keyword recursion, and recursion through lambdas bound by name.
def flatten(x, acc=None):
    if acc is None:
        acc = []
    for i in x:
        if isinstance(i, (list, tuple)):
            flatten(i, acc)
        else:
            acc.append(i)
    return acc
print(flatten([1, (2, [3, (4,)]), [[5]]]), flatten([]))
def count_down(n, *, step=1, seen=()):
    if n <= 0:
        return seen
    return count_down(n - step, step=step, seen=seen + (n,))
print(count_down(10, step=3), count_down(3))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(20))
def collatz(n, steps=0):
    return steps if n == 1 else collatz(n // 2 if n % 2 == 0 else 3 * n + 1, steps + 1)
print([collatz(n) for n in range(1, 15)])
