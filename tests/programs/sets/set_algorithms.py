# set/frozenset operations follow setobject.c's algorithms: iteration order of results,
# lookups of unhashable sets as frozensets, one pass over iterators, reflected operators,
# keyword rules of the constructors, and no rehashing of keys from dicts and sets.

s = set(range(0, 40, 3)) | {'a', 'b', (1, 2)}
print(sorted(s, key=repr))
print(list(s - set(range(0, 40, 6))))
d = s.copy()
d.difference_update(range(30))
print(list(d))
t = set(range(100))
t.difference_update(range(0, 100, 2))
print(list(t)[:10], len(t))
print(list(set(range(20)) ^ set(range(10, 30))))
u = set(range(20))
u.symmetric_difference_update(range(15, 25))
print(list(u))
w = set(range(64))
w &= {1, 5, 9, 63, 100}
print(list(w))
w.intersection_update(iter([9, 63, 7]), [63, 9])
print(list(w))

# One pass over iterators.
letters = set('november')
for op in (letters.intersection, letters.union, letters.difference,
           letters.symmetric_difference, letters.isdisjoint, letters.issuperset):
    r = op(iter('december'))
    print(op.__name__, sorted(r) if not isinstance(r, bool) else r)

# A set as a key is looked up as a frozenset.
fs = {frozenset({1}), 2}
print({1} in fs, {3} in fs)
fs.discard({1})
print(fs)
try:
    fs.remove({3})
except KeyError as e:
    print('KeyError', e)
try:
    [1] in fs
except TypeError as e:
    print(e)


class H(set):
    def __hash__(self):
        return 7


print(H() in {H()}, H([1]) in {frozenset([1])})

# Reflected operators keep the real left operand's type.


class FS(frozenset):
    pass


for expr in ('set([1, 2]) & FS([2])', 'set([1]) | FS([2])', 'set([1, 2]) - FS([2])',
             'set([1]) ^ FS([2])', 'FS([1]) & set([1])', 'frozenset([1]) - set()'):
    r = eval(expr)
    print(expr, '->', type(r).__name__, sorted(r))

# Constructors.
f = frozenset([1, 2])
print(frozenset(f) is f, f.copy() is f, FS(f) is f, type(FS(f).copy()).__name__)
for call in ('set(iterable=[])', 'frozenset(iterable=[])', 'set([1], [2])', 'FS([1], [2])'):
    try:
        eval(call)
    except TypeError as e:
        print(call, '->', e)


class WithInit(frozenset):
    def __init__(self, arg, extra=None):
        self.extra = extra


class WithNew(set):
    def __new__(cls, arg, extra=None):
        self = super().__new__(cls, arg)
        self.extra = extra
        return self


print(sorted(WithInit([3, 1], extra=2)), WithInit([1], extra=2).extra, sorted(WithNew([5])))
try:
    WithNew([1], extra=3)
except TypeError as e:
    print(e)


# Keys from dicts and sets are not hashed again.
class Counted(int):
    hashes = 0

    def __hash__(self):
        Counted.hashes += 1
        return int.__hash__(self)


keys = dict.fromkeys(map(Counted, range(10)))
start = Counted.hashes
made = set(keys)
made.difference(keys)
made.symmetric_difference_update(keys)
dict.fromkeys(set(keys))
dict.fromkeys(frozenset(keys), 1)
print('rehashed', Counted.hashes - start)
print(set.__rsub__({1}, {1, 2}), set.__rxor__({1}, {2}))
