# _collections._count_elements and _tuplegetter.
from _collections import _count_elements, _tuplegetter

def check(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

m = {}
_count_elements(m, 'abracadabra')
print(m)
_count_elements(m, ['a', 'z'])
print(m)

class Tally(dict):
    def __missing__(self, key):
        return 0
t = Tally()
_count_elements(t, [1, 2, 1])
print(t, type(t).__qualname__)

class Loud(dict):
    def get(self, key, default=None):
        print('get', key, default)
        return dict.get(self, key, default)
    def __setitem__(self, key, value):
        print('setitem', key, value)
        dict.__setitem__(self, key, value)
l = Loud()
_count_elements(l, 'aba')
print(l)

class Mapping:
    def __init__(self):
        self.d = {}
    def get(self, k, default):
        return self.d.get(k, default)
    def __setitem__(self, k, v):
        self.d[k] = v
mm = Mapping()
_count_elements(mm, [3, 3, 4])
print(mm.d)
check('_count_elements()', lambda: _count_elements())
check('_count_elements({}, 1)', lambda: _count_elements({}, 1))

class Point(tuple):
    __slots__ = ()
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, 'Alias for field number 1')
    z = _tuplegetter(5, 'far')
p = Point((3, 4))
print(p.x, p.y, Point.x, repr(Point.y), Point.x.__doc__, Point.x.__reduce__())
Point.x.__doc__ = 'The x coordinate'
print(Point.x.__doc__)
check('p.z', lambda: p.z)
check('set', lambda: setattr(p, 'x', 1))
check('delete', lambda: delattr(p, 'x'))
check('non-tuple', lambda: Point.x.__get__([1], list))
check('_tuplegetter(0)', lambda: _tuplegetter(0))
print(Point.x.__get__((9,), tuple), Point.y.__get__(None, Point) is Point.y)
