# itertools.count, cycle and repeat: values, reprs, islice over them, argument errors.
import itertools
from itertools import count, cycle, repeat, islice

def check(label, f):
    try:
        f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)

c = count()
print(next(c), next(c), next(c), repr(c))
print(list(islice(count(5, 2), 4)), repr(count(5, 2)))
print(list(islice(count(1.5), 3)), repr(count(1.5)), repr(count(1, 1.0)))
print(list(islice(count(10, -3), 4)))
c = count(2**63 - 2)
print(next(c), next(c), next(c), repr(c))
print(repr(count(start=3, step=1)), repr(count(step=True)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(islice(cycle('abc'), 8)))
print(list(cycle([])))
cy = cycle(iter([1, 2]))
print([next(cy) for _ in range(5)])
print(list(repeat('a', 3)), repr(repeat('a', 3)), repr(repeat('a')))
r = repeat(7, 2)
print(r.__length_hint__(), next(r), r.__length_hint__(), repr(r), next(r), repr(r), list(r))
print(list(repeat(1, -5)), list(repeat(None, times=2)))
print(list(map(pow, range(5), repeat(2))))
print(type(count()).__qualname__, type(count()).__module__, repr(type(cycle('a'))))
print(iter(c) is c, type(c) is itertools.count)
check("count('a')", lambda: count('a'))
check("count(1, 'a')", lambda: count(1, 'a'))
check('count(x=1)', lambda: count(x=1))
check('cycle()', lambda: cycle())
check('cycle(1)', lambda: cycle(1))
check('cycle([1], x=2)', lambda: cycle([1], x=2))
check('repeat()', lambda: repeat())
check('repeat(1, 2, 3)', lambda: repeat(1, 2, 3))
check("repeat(1, 'a')", lambda: repeat(1, 'a'))
check('len(repeat(1))', lambda: len(repeat(1)))
check('repeat(1).__length_hint__()', lambda: repeat(1).__length_hint__())

class MyCount(count):
    pass
print(repr(MyCount(3)), list(islice(MyCount(1, 3), 3)))
