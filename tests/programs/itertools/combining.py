# itertools.accumulate, batched, chain, pairwise, starmap, zip_longest.

from itertools import accumulate, batched, chain, pairwise, starmap, zip_longest

def check(label, f):
    try:
        f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=0)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])), list(accumulate([1, 2, 3], func=lambda a, b: a * b)))
print(list(batched('ABCDEFG', 3)), list(batched([], 2)), list(batched(range(4), n=2)))
print(list(chain('ABC', 'DEF')), list(chain()), list(chain([], [1], [], [2, 3])))
print(list(chain.from_iterable(['ABC', 'DE'])), list(chain.from_iterable(iter([range(2), range(3)]))))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise('')))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: a, [[1, 2], 'xy', ()])))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [])))
print(list(zip_longest(range(3), 'ab', [True])))
z = zip_longest([1, 2], [3])
print(next(z), next(z), next(z, 'end'), next(z, 'end'))
print(chain[int], chain.__class_getitem__(str))
check('accumulate()', lambda: accumulate())
check('accumulate([1], x=1)', lambda: accumulate([1], x=1))
check('accumulate([1], None, 0)', lambda: accumulate([1], None, 0))
check('batched([1], 0)', lambda: batched([1], 0))
check('batched([1])', lambda: batched([1]))
check('chain(1, x=2)', lambda: chain(1, x=2))
check('list(chain(1))', lambda: list(chain(1)))
check('pairwise()', lambda: pairwise())
check('starmap(len)', lambda: starmap(len))
check('list(starmap(len, [1]))', lambda: list(starmap(len, [1])))
check('zip_longest(1)', lambda: zip_longest(1))
check('zip_longest([1], x=1)', lambda: zip_longest([1], x=1))
check("list(accumulate([1, 'a']))", lambda: list(accumulate([1, 'a'])))
