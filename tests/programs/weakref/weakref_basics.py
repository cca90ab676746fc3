# _weakref: ref and proxy, callbacks after gc.collect(), counts, hashing, equality, errors
import _weakref
import gc


class C:
    def __init__(self, n):
        self.n = n

    def method(self):
        return self.n * 2

    def __repr__(self):
        return 'C(%d)' % self.n


class Slotted:
    __slots__ = ('a',)


class SlottedWeak:
    __slots__ = ('a', '__weakref__')


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


log = []
c = C(1)
r = _weakref.ref(c)
print(r() is c, r.__callback__, _weakref.ref(c) is r, _weakref.getweakrefcount(c))
r2 = _weakref.ref(c, lambda ref: log.append(('r2 died', ref is r2)))
r3 = _weakref.ref(c, lambda ref: log.append(('r3 died', ref() is None)))
print(r2 is not r, r2.__callback__ is not None, _weakref.getweakrefcount(c), len(_weakref.getweakrefs(c)))
print(r == r2, r != r2, hash(r) == hash(c) == hash(r2))
d = C(2)
print(_weakref.ref(d) == r, type(r).__qualname__ == 'ReferenceType', type(r) is _weakref.ReferenceType is _weakref.ref)
del c
gc.collect()
print(r(), r2(), log)
print(r == r2, r == r, hash(r) == hash(r2))
e = C(3)
re_ = _weakref.ref(e)
del e
gc.collect()
show('hash of dead never hashed', lambda: hash(re_))
print(repr(re_).endswith('; dead>'), repr(_weakref.ref(d)).endswith('>'), "to 'C' at" in repr(_weakref.ref(d)))

for obj in [1, 'a', (), [], {}, b'', 1.5, None, object(), Slotted()]:
    show('ref ' + type(obj).__name__, lambda: _weakref.ref(obj))
for obj in [C, len, show, {1}, frozenset(), SlottedWeak(), C(4).method, gc]:
    show('ref ok ' + type(obj).__name__, lambda: _weakref.ref(obj)() is obj)


class ListSub(list):
    pass


class IntSub(int):
    pass


ls = ListSub()
show('list subclass', lambda: _weakref.ref(ls)() is ls)
show('int subclass', lambda: _weakref.ref(IntSub(1)))
show('too many', lambda: _weakref.ref(d, None, 1))
show('too few', lambda: _weakref.ref())
show('call args', lambda: _weakref.ref(d)(1))


class MyRef(_weakref.ref):
    __slots__ = ('extra',)

    def __new__(cls, ob, extra):
        self = _weakref.ref.__new__(cls, ob)
        self.extra = extra
        return self

    def __init__(self, ob, extra):
        super().__init__(ob)


mr = MyRef(d, 5)
print(type(mr).__name__, mr() is d, mr.extra, mr is not _weakref.ref(d), isinstance(mr, _weakref.ref))

p = _weakref.proxy(d)
print(p.n, p.method(), p.__class__ is C, type(p) is _weakref.ProxyType, str(p), _weakref.proxy(d) is p)
p.n = 10
print(d.n, p.n + 1, 1 + p.n, p == d, p != d)
show('proxy hash', lambda: hash(p))
lst = [1, 2, 3]
show('proxy of list', lambda: _weakref.proxy(lst))
f = C.method
fp = _weakref.proxy(f)
print(type(fp) is _weakref.CallableProxyType, fp(d))
cb_log = []
dp = _weakref.proxy(d, lambda pr: cb_log.append('proxy died'))
gc.collect()
print(_weakref.getweakrefcount(d))
del d, mr
gc.collect()
show('dead proxy attr', lambda: p.n)
show('dead proxy str', lambda: str(p))
show('dead proxy add', lambda: p + 1)
print(cb_log, repr(p).split(' at ')[1].split()[-1])


def failing(ref):
    log.append('callback ran')


g = C(5)
gr = _weakref.ref(g, failing)
dct = {'k': gr, 'alive': _weakref.ref(C)}
del g
gc.collect()
_weakref._remove_dead_weakref(dct, 'k')
_weakref._remove_dead_weakref(dct, 'alive')
_weakref._remove_dead_weakref(dct, 'missing')
print(sorted(dct), log[-1])
print(_weakref.getweakrefcount(1), _weakref.getweakrefs(1))


class CallRef(_weakref.ref):
    def __call__(self):
        return ('wrapped', super().__call__())


keep = C(7)
print(CallRef(keep)())
