# itertools.product, permutations, combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def perm(n, r):
    return fact(n) // fact(n - r)

def comb(n, r):
    return fact(n) // (fact(r) * fact(n - r)) if r <= n else 0


def check(label, f):
    try:
        f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)

print(list(product('AB', 'xy')), list(product(range(2), repeat=3))[:4], list(product()))
print(list(product('ab', [])), list(product('ab', repeat=0)), len(list(product(range(3), range(4), 'ab'))))
print(list(permutations('ABC', 2)), list(permutations(range(3))))
print(list(permutations('AB', 3)), list(permutations('', 0)), list(permutations('ab', 0)), list(permutations([])))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)))
print(list(combinations('AB', 3)), list(combinations('AB', 0)), list(combinations('', 0)))
print(list(cwr('ABC', 2)), list(cwr('', 2)), list(cwr('', 0)), list(cwr('A', 3)))
for n in range(6):
    for r in range(7):
        assert len(list(permutations(range(n), r))) == (perm(n, r) if r <= n else 0)
        assert len(list(combinations(range(n), r))) == comb(n, r)
        assert len(list(cwr(range(n), r))) == (comb(n + r - 1, r) if n else (1 if r == 0 else 0))
        assert sorted(combinations(range(n), r)) == list(combinations(range(n), r))
        assert list(permutations(range(n), r)) == [p for p in product(range(n), repeat=r) if len(set(p)) == r]
print('counts ok')
print(list(permutations(iterable='abc', r=1)), list(combinations(r=1, iterable='ab')))
check('product([1], repeat=-1)', lambda: product([1], repeat=-1))
check('product(1)', lambda: product(1))
check('product([1], x=1)', lambda: product([1], x=1))
check('permutations([1], -1)', lambda: permutations([1], -1))
check("permutations([1], 'a')", lambda: permutations([1], 'a'))
check('combinations([1])', lambda: combinations([1]))
check('combinations([1], -1)', lambda: combinations([1], -1))
check('cwr([1], -1)', lambda: cwr([1], -1))
check("combinations([1], 'a')", lambda: combinations([1], 'a'))
