# array pickling by protocol, iterator pickling and exhaustion, subclasses with
# attributes and slots, weakrefs, 'u' arrays with non-BMP characters, and size checks
# that raise MemoryError before allocating.
import array
import collections.abc
import pickle
import sys
import weakref

a = array.array('i', [1, 2, 3])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r = a.__reduce_ex__(proto)
    print(proto, r[0].__name__, r[1][:2] if r[0] is array.array else r[1][1:3], r[2])
    b = pickle.loads(pickle.dumps(a, proto))
    print(b == a, b is a)
try:
    a.__reduce_ex__('x')
except TypeError as e:
    print('TypeError', e)


class Sub(array.array):
    pass


s = Sub('d', [1.5, 2.5])
s.x = 10
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    t = pickle.loads(pickle.dumps(s, proto))
    print(type(t).__name__, t, t.x)


class Slotted(array.array):
    __slots__ = ['offset']

    def __new__(cls, tc, data, offset):
        return array.array.__new__(cls, tc, data)

    def __init__(self, tc, data, offset):
        self.offset = offset

    def __getitem__(self, i):
        return array.array.__getitem__(self, i) + self.offset


z = Slotted('b', [3, 6], 4)
print(z[0], z.offset)
try:
    z.color = 'blue'
except AttributeError as e:
    print('AttributeError', e)

it = iter(a)
next(it)
it2 = pickle.loads(pickle.dumps(it))
print(list(it2))
for _ in it:
    pass
print(it.__reduce__())
a.append(4)
print(list(it))
r = reversed(a)
next(r)
print(r.__reduce__()[2], list(pickle.loads(pickle.dumps(r))))

w = weakref.ref(a)
print(w() is a)
print(isinstance(a, collections.abc.MutableSequence))

u = array.array('u', 'ab\U0001f600')
print(len(u), u.tounicode() == 'ab\U0001f600')
print(array._array_reconstructor(array.array, 'u', 18, 'xy\U00020000'.encode('utf-16-le')))
bad = array.array('u', b'\xff\xff\xff\xff')
for f in (bad.tounicode, lambda: bad[0]):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)

nan = float('nan')
print(array.array('d', [nan]) >= array.array('d', [nan]))

d = array.array('d', [-1.0] * 65536)
try:
    d *= sys.maxsize // 65536 + 1
except MemoryError:
    print('MemoryError')
try:
    array.array('d', [1.0, 2.0, 3.0]) * (sys.maxsize // 3 + 1)
except MemoryError:
    print('MemoryError')
print(array.array('h', [1, 2]) * 3)
R = array._array_reconstructor
for code, data in [(18, 'a'.encode('utf-16-le')), (20, 'a'.encode('utf-32-le')), (21, 'ab'.encode('utf-32-be')), (3, b'\0\1\0')]:
    for tc in 'ub':
        try:
            print(code, tc, R(array.array, tc, code, data))
        except (TypeError, ValueError) as e:
            print(code, tc, type(e).__name__, e)
