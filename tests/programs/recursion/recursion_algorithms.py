# Recursive algorithms: merge sort, quicksort, binary search, power set, n-queens count, gcd.
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    while a and b:
        out.append(a.pop(0) if a[0] <= b[0] else b.pop(0))
    return out + a + b
def quick(xs):
    if len(xs) <= 1:
        return xs
    p = xs[0]
    return quick([x for x in xs[1:] if x < p]) + [p] + quick([x for x in xs[1:] if x >= p])
data = [5, 3, 9, 1, 5, 8, 2, 7, 0, 6]
print(merge_sort(data), quick(data))
def bsearch(xs, t, lo=0, hi=None):
    hi = len(xs) - 1 if hi is None else hi
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == t:
        return mid
    return bsearch(xs, t, mid + 1, hi) if xs[mid] < t else bsearch(xs, t, lo, mid - 1)
s = sorted(data)
print([bsearch(s, t) for t in (0, 5, 9, 4)])
def powerset(xs):
    if not xs:
        return [[]]
    rest = powerset(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
print(powerset([1, 2, 3]))
def queens(n, row=0, cols=(), d1=(), d2=()):
    if row == n:
        return 1
    return sum(queens(n, row + 1, cols + (c,), d1 + (row + c,), d2 + (row - c,))
               for c in range(n) if c not in cols and row + c not in d1 and row - c not in d2)
print([queens(n) for n in range(1, 8)])
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20))
