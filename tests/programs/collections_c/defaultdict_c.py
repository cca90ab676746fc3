# _collections.defaultdict: __missing__, default_factory, repr, copy, |, reduce, subclasses.
from _collections import defaultdict

def check(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

d = defaultdict(list)
d['a'].append(1); d['a'].append(2); d['b']
print(d, d['a'], len(d), 'c' in d, d.get('c'), 'c' in d)
print(repr(defaultdict()), defaultdict(None, {1: 2}), defaultdict(int, [(1, 2)], a=3))
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), c.default_factory)
c.default_factory = None
check('missing without factory', lambda: c['zz'])
c.default_factory = str
print(repr(c['zz']), c.default_factory)
del c.default_factory
print(c.default_factory)
print(c.__missing__('q') if c.default_factory else 'none', isinstance(c, dict), type(c).__qualname__)
e = defaultdict(list, {1: [1]})
f = e.copy()
f[2].append(2)
print(e, f, type(f) is defaultdict, f.default_factory is list, e.__copy__())
print(e | {3: 3}, {0: 0} | e, type({0: 0} | e).__qualname__)
e |= {9: 9}
print(e)
r = defaultdict(list, {1: 2}).__reduce__()
print(r[0], r[1], r[2], r[3], list(r[4]))
print(defaultdict().__reduce__()[1])

class Sub(defaultdict):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = 'e'
s = Sub(list)
s[1].append('x')
print(s, s.copy(), type(s.copy()).__qualname__, s.extra, type(s | {2: 3}).__qualname__)

class Counter(defaultdict):
    def __missing__(self, key):
        return 0
k = Counter(int)
print(k['x'], len(k))

class Logged(defaultdict):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)
lg = Logged(lambda: 'dflt')
print(lg['k'])
rec = defaultdict(list)
rec.default_factory = rec.copy
print(repr(rec)[:40].count('...'), defaultdict[int, str])
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(dict(nested['a']), list(nested))
check('defaultdict(1)', lambda: defaultdict(1))
check('defaultdict()[1]', lambda: defaultdict()[1])
check("__missing__", lambda: defaultdict.__missing__(defaultdict(), 1))
check('| int', lambda: defaultdict(list) | 1)
