# functools.partial from _functools: calls, flattening, attributes, reprs, __reduce__, __setstate__.
import _functools as ft
from _functools import partial

def check(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

def f(*a, **k):
    return a, k

p = partial(f, 1, a=1)
print(p(), p(2, b=2), p(a=3), p.args, p.keywords, p.func is f)
print(partial(max, 1, 2, key=len), repr(partial(max)), repr(partial(int, '10', base=2)), partial(int, '10', base=2)())
q = partial(partial(f, 1, a=1), 2, b=2)
print(q.func is f, q.args, q.keywords, q(3, a=5))
p.attr = 'x'
r = partial(p, 4)
print(r.func is p, r.args, r(), p.__dict__)
print(len(p.__reduce__()), p.__reduce__()[1][0] is f, p.__reduce__()[2][1:])
print(partial(max).__reduce__()[2][1:])
s = partial(max)
s.__setstate__((min, (1,), None, None))
print(s, s.__dict__, s.keywords, s(5))
s.__setstate__((min, (3,), {'key': abs}, {'v': 1}))
print(s, s.__dict__, s(-5), s.v)
for st in [1, (1, 2), (min, 1, None, None), (1, (), None, None), (min, (), 1, None), (min, [1], {}, None)]:
    check('setstate %r' % (st,), lambda: s.__setstate__(st))

class P(partial):
    pass
print(P(max, 1, a=2), repr(P(len)), type(P(len)).__qualname__, P(f, 1)(2))

class Q(partial):
    def __call__(self, *a):
        return 'Q called', a
qq = Q(f, 1)
print(qq(2), partial(qq, 3).func is qq, partial(qq, 3)(4))
rec = partial(f)
rec.__setstate__((f, (rec,), None, None))
print(repr(rec).count('...'))
print(partial.__class_getitem__(int), partial[str])
print(list(map(partial(pow, 2), range(6))), sorted(['bb', 'a', 'ccc'], key=partial(len)))
check('partial()', lambda: partial())
check('partial(1)', lambda: partial(1))
check('partial(func=f)', lambda: partial(func=f))
check('ft.partial(f)(**{1: 2})', lambda: partial(f)(**{1: 2}))
