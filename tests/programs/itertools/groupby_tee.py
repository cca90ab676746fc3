# itertools.groupby with its groups' lifetimes, and tee with shared buffering.
from itertools import groupby, tee, count, islice
import itertools

def check(label, f):
    try:
        f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)

print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
gb = groupby('aaabbb')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2), next(gb, 'done'))
print(list(groupby([])), type(next(groupby('a'))[1]).__qualname__)
print([(k, list(g)) for k, g in groupby(['a', 'A', 'b', 'B', 'c'], key=str.lower)])

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter(range(5)), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee('ab')))
x, y = tee(count())
print([next(x) for _ in range(100)][-1], next(y))
p, q = tee('abc')
r = p.__copy__()
print(next(p), list(r), list(q), list(p))
a, b = tee(range(3))
a2, a3 = tee(a)
print(list(a2), list(a3), list(b), type(a).__qualname__, type(a) is type(a2))
t = itertools._tee([5, 6])
print(list(t))
big = list(range(200))
a, b = tee(big)
print(sum(a), sum(b))
check('tee([1], -1)', lambda: tee([1], -1))
check('tee(1)', lambda: tee(1))
check('groupby()', lambda: groupby())
