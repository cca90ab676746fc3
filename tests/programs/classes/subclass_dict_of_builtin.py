# Builtin types whose own instances have no __dict__ (itertools' iterators, ctypes' data
# types): their instances refuse new attributes with CPython's message; a Python subclass
# gets a __dict__ (which may be replaced), unless its __slots__ leave it out.
import itertools, ctypes, pickle, copy

def setattr_zz(o):
    try:
        o.zz = 1
        print(type(o).__name__, 'set', o.__dict__)
    except AttributeError as e:
        print(type(o).__name__, 'AttributeError', e)

for o in (itertools.chain(), itertools.count(), itertools.repeat(1), ctypes.c_int(),
          (ctypes.c_int * 2)(), ctypes.pointer(ctypes.c_int())):
    setattr_zz(o)
    print(hasattr(o, '__dict__'), '__dict__' in dir(o))

class Chain(itertools.chain):
    pass
class SlotChain(itertools.chain):
    __slots__ = ('a',)
c = Chain([1], [2])
setattr_zz(c)
c.__dict__ = {'y': 2}
print(c.y, list(c), '__dict__' in Chain.__dict__)
s = SlotChain([3])
s.a = 5
print(s.a, list(s))
setattr_zz(s)
print(hasattr(s, '__dict__'))

class Point(ctypes.Structure):
    _fields_ = [('x', ctypes.c_int), ('y', ctypes.c_int)]
class SlotPoint(ctypes.Structure):
    __slots__ = ()
    _fields_ = [('x', ctypes.c_int), ('y', ctypes.c_int)]
class Big(ctypes.BigEndianStructure):
    __slots__ = ()
    _fields_ = [('x', ctypes.c_int)]
p = Point(1, 2)
setattr_zz(p)
q = pickle.loads(pickle.dumps(p))
print(q.x, q.y, q.__dict__)
r = copy.copy(p)
print(r.x, r.y, r.__dict__)
sp = SlotPoint(3, 4)
setattr_zz(sp)
print(sp.x, sp.y, hasattr(sp, '__dict__'))
b = Big(7)
setattr_zz(b)
print(b.x, bytes(b))
class Counter(itertools.count):
    __slots__ = ()
setattr_zz(Counter())

# The builtin iterators (enumerate, reversed, map, filter, zip) likewise.
for o in (enumerate([]), reversed([]), map(str, []), filter(None, []), zip()):
    setattr_zz(o)
class E(enumerate):
    pass
class SE(enumerate):
    __slots__ = ()
e = E('ab')
setattr_zz(e)
e.__dict__ = {'w': 1}
print(e.w, list(e))
setattr_zz(SE([]))
