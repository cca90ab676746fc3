# itertools edge cases: laziness, re-entrant tee, exceptions from callbacks, subclasses.
from itertools import chain, islice, groupby, tee, count, accumulate, zip_longest, starmap, cycle, repeat, batched

def check(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

def gen(tag, n):
    for i in range(n):
        print('  gen', tag, i)
        yield i
c = chain(gen('a', 2), gen('b', 1))
print('made chain')
print(next(c), next(c), next(c), next(c, 'end'))
print(list(islice(gen('s', 10), 1, 4, 2)))
def bad_key(x):
    if x == 3:
        raise ValueError('bad key %d' % x)
    return x // 2
check('groupby key raises', lambda: [(k, list(g)) for k, g in groupby(range(5), bad_key)])
t1 = None
def reenter():
    yield 0
    yield next(t1)
t1, t2 = tee(reenter())
check('tee re-enter', lambda: list(t1))
def boom():
    yield 1
    raise KeyError('boom')
check('chain propagates', lambda: list(chain([0], boom())))
check('accumulate propagates', lambda: list(accumulate(boom())))
check('zip_longest propagates', lambda: list(zip_longest(boom(), 'abc')))
check('starmap func raises', lambda: list(starmap(divmod, [(1, 0)])))
it = zip_longest('ab', boom(), fillvalue=0)
print(next(it))
check('after error', lambda: next(it))
class Evens(count):
    def __repr__(self):
        return 'Evens!'
e = Evens(0, 2)
print(repr(e), next(e), next(e))
class Chained(chain):
    pass
ch = Chained([1], [2])
ch.label = 'lbl'
print(list(ch), ch.label, type(ch).__qualname__, isinstance(ch, chain))
print(list(batched(repeat('x', 5), 2)), list(islice(cycle([]), 3)))
g = groupby([])
print(next(g, 'empty'), list(islice(count(), 0)), list(islice([], None)))
print(list(chain.from_iterable([[1, 2], (3,), 'ab', {}])), list(zip(count(1), 'ab')))
class Doubled(chain):
    def __next__(self):
        return super().__next__() * 2
print(list(Doubled([1, 2], [3])), [x for x in Doubled('ab')], next(Doubled([5])))
class Stopper(count):
    def __next__(self):
        v = super().__next__()
        if v > 3:
            raise StopIteration
        return v
print(list(Stopper()), sum(Stopper(2)), list(zip(Stopper(), 'abcdef')))
