# operator.itemgetter, attrgetter, methodcaller: results, reprs, __reduce__, errors.
from _operator import itemgetter, attrgetter, methodcaller

def check(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

g = itemgetter(1)
print(g([1, 2, 3]), g('abc'), g({1: 'one'}), repr(g), g.__reduce__())
g = itemgetter(2, 0, slice(1, None))
print(g('abcd'), repr(g), g.__reduce__())
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))
print(list(map(itemgetter('k'), [{'k': 1}, {'k': 2}])), repr(itemgetter('a', None)))

class A:
    pass
a = A(); a.x = 1; a.b = A(); a.b.c = 'deep'; a.name = 'nm'
print(attrgetter('x')(a), attrgetter('b.c')(a), attrgetter('x', 'b.c', 'name')(a))
print(repr(attrgetter('x', 'b.c')), attrgetter('a.b', 'c').__reduce__(), repr(attrgetter('.a')))
print(attrgetter('__class__.__name__')(a), attrgetter('real', 'imag')(5))
m = methodcaller('upper')
print(m('abc'), repr(m), m.__reduce__())
m = methodcaller('split', ',', 1)
print(m('a,b,c'), repr(m), m.__reduce__())
m = methodcaller('sort', reverse=True, key=len)
l = ['aa', 'b', 'ccc']
print(m(l), l, repr(m))
r = m.__reduce__()
print(type(r[0]).__name__ if False else r[1], r[0].args, r[0].keywords, r[0].func is methodcaller)
m2 = r[0](*r[1])
l2 = ['x', 'xxx', 'xx']
m2(l2)
print(l2, repr(m2))
print(repr(methodcaller('f', 1, 'x', k=2, j=[1])), type(itemgetter(1)).__qualname__, type(g).__module__)
check('itemgetter()', lambda: itemgetter())
check('itemgetter(1)()', lambda: itemgetter(1)())
check('itemgetter(1)(1, 2)', lambda: itemgetter(1)(1, 2))
check('itemgetter(1)(x=1)', lambda: itemgetter(1)(x=1))
check('itemgetter(1)(1)', lambda: itemgetter(1)(1))
check('itemgetter(1, 2)((1,))', lambda: itemgetter(1, 2)((1,)))
check('itemgetter(a=1)', lambda: itemgetter(a=1))
check('attrgetter()', lambda: attrgetter())
check('attrgetter(1)', lambda: attrgetter(1))
check("attrgetter('a', 1)", lambda: attrgetter('a', 1))
check("attrgetter('a')(1)", lambda: attrgetter('a')(1))
check("attrgetter('a.')(1)", lambda: attrgetter('a.')(1))
check("attrgetter('x.y')(a)", lambda: attrgetter('x.y')(a))
check("attrgetter('a')()", lambda: attrgetter('a')())
check('methodcaller()', lambda: methodcaller())
check('methodcaller(1)', lambda: methodcaller(1))
check("methodcaller(name='a')", lambda: methodcaller(name='a'))
check("methodcaller('a')()", lambda: methodcaller('a')())
check("methodcaller('nope')(1)", lambda: methodcaller('nope')(1))
check('subclass', lambda: type('X', (itemgetter,), {}))
