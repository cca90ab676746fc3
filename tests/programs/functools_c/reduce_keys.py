# _functools.reduce and cmp_to_key.
import _functools as ft
from _functools import reduce, cmp_to_key

def check(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [1, 2, 3], 10))
print(reduce(lambda a, b: a + b, [], 5), reduce(lambda a, b: a * b, range(1, 10)), reduce(max, [3], 1))
print(reduce(lambda acc, x: acc + [x * 2], 'abc', []))
check('reduce(len, [])', lambda: reduce(len, []))
check('reduce(len)', lambda: reduce(len))
check('reduce(1, [1, 2])', lambda: reduce(1, [1, 2]))
check('reduce(f, 1)', lambda: reduce(lambda a, b: a, 1))
check('reduce(f, [], initial=1)', lambda: reduce(lambda a, b: a, [], initial=1))

def cmp(a, b):
    return (a > b) - (a < b)
K = cmp_to_key(cmp)
print(type(K).__qualname__, K(3) < K(4), K(3) <= K(3), K(3) == K(3), K(3) != K(3), K(4) > K(3), K(2) >= K(3))
print(K(3).obj, K(obj='x').obj)
print(sorted([5, 2, 4, 1], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
print(max([1, 7, 3], key=cmp_to_key(cmp)), min('hello', key=cmp_to_key(cmp)))
check('hash(K(1))', lambda: hash(K(1)))
check('K()', lambda: K())
check('K(1) < 2', lambda: K(1) < 2)
check('cmp_to_key()', lambda: cmp_to_key())
check("cmp_to_key(1)(1) < cmp_to_key(1)(2)", lambda: cmp_to_key(1)(1) < cmp_to_key(1)(2))
check('cmp returns str', lambda: cmp_to_key(lambda a, b: 'x')(1) < cmp_to_key(lambda a, b: 'x')(2))
