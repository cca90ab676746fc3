# The method form of LOAD_ATTR pushes a method found on the class unless the instance dict
# shadows it; the check runs on every call (a key-hash bit mask of the dict first, then a
# look-up). Calls made hot in loops, then the instance dict changed in every way.
class C:
    def m(self):
        return 'method'

    def n(self):
        return 'n'


def call_m(o, times):
    r = None
    for _ in range(times):
        r = o.m()
    return r


o = C()
print(call_m(o, 300))
o.m = lambda: 'instance'
print(call_m(o, 300))
del o.m
print(call_m(o, 300))
o.__dict__['m'] = lambda: 'via __dict__'
print(call_m(o, 300))
o.__dict__.clear()
print(call_m(o, 300))
o.__dict__ = {'m': lambda: 'new dict'}
print(call_m(o, 300))
o.__dict__ = {}
print(call_m(o, 300))
# Many other attributes: most hash bits set, the look-up decides.
for i in range(200):
    setattr(o, 'a%d' % i, i)
print(call_m(o, 300), o.a57)
setattr(o, 'm', lambda: 'after many')
print(call_m(o, 300))
o.m = 1
try:
    o.m()
except TypeError as e:
    print('TypeError:', e)


# A str subclass key equal to the name shadows too (same hash).
class K(str):
    pass


p = C()
call_m(p, 300)
p.__dict__[K('m')] = lambda: 'str subclass key'
print(call_m(p, 300))


# An instance that never had an attribute has no dict until one is asked for.
class E:
    def m(self):
        return 'e'


e = E()
print(call_m(e, 300), e.__dict__)
e.m = lambda: 'set later'
print(call_m(e, 300))


# Keys deleted leave their bit; a key re-added after a pop, and one after popitem.
q = C()
q.x = 1
q.m = lambda: 'q'
print(call_m(q, 300))
q.__dict__.pop('m')
print(call_m(q, 300))
q.__dict__['m'] = lambda: 'again'
print(call_m(q, 300))
q.__dict__.popitem()
print(call_m(q, 300))


# Sibling classes at one site (a polymorphic cache), one instance shadowing.
class A(C):
    def m(self):
        return 'A.m'


class B(C):
    pass


objs = [A(), B(), C()]
objs[1].m = lambda: 'B instance'
print([call_m(x, 100) for x in objs])
