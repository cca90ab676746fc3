# itertools.compress, dropwhile, takewhile, filterfalse, islice: results, laziness, errors.
from itertools import compress, dropwhile, takewhile, filterfalse, islice, count

def check(label, f):
    try:
        f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABC', [1, 1, 1, 1, 1])), list(compress(data='ABCD', selectors=[0, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice('ABCDEFG', None)), list(islice('ABCDEFG', None, None, None)))
print(list(islice(count(), 3, 20, 5)), list(islice(range(10), 8, 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 5, 2)), next(it))
tw = takewhile(lambda x: x < 3, iter(range(10)))
print(list(tw), list(tw))
seen = []
def pred(x):
    seen.append(x)
    return x < 2
print(list(dropwhile(pred, range(5))), seen)

class Idx:
    def __index__(self):
        return 2
print(list(islice(range(10), Idx(), 6, Idx())))
check('compress([1])', lambda: compress([1]))
check('dropwhile(len)', lambda: dropwhile(len))
check('filterfalse(None)', lambda: filterfalse(None))
check('islice([1])', lambda: islice([1]))
check('islice([1], -1)', lambda: islice([1], -1))
check("islice([1], 'a')", lambda: islice([1], 'a'))
check('islice([1], 1, -1)', lambda: islice([1], 1, -1))
check('islice([1], -1, 2)', lambda: islice([1], -1, 2))
check('islice([1], 1, 2, 0)', lambda: islice([1], 1, 2, 0))
check('islice([1], 1, 2, 3, 4)', lambda: islice([1], 1, 2, 3, 4))
check('islice([1], stop=3)', lambda: islice([1], stop=3))
check('takewhile(len)', lambda: takewhile(len))
check('list(takewhile(len, [1]))', lambda: list(takewhile(len, [1])))
