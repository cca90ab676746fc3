# _bisect: bisect_left/right and insort_left/right with lo, hi and key; errors
import _bisect

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 4, 8, 13, 14]:
    print(x, _bisect.bisect_left(a, x), _bisect.bisect_right(a, x), _bisect.bisect_left(a, x, 2), _bisect.bisect_right(a, x, 1, 5),
          _bisect.bisect_left(a, x, hi=3), _bisect.bisect_right(a, x, lo=4, hi=None))
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(_bisect.bisect_left(recs, 3, key=lambda r: r[1]), _bisect.bisect_right(recs, 3, key=lambda r: r[1]))
b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    _bisect.insort_right(b, v)
    _bisect.insort_left(b, v + 0.5)
print(b)
_bisect.insort_left(recs, ('x', 3), key=lambda r: r[1])
_bisect.insort_right(recs, ('y', 3), key=lambda r: r[1])
print(recs)

class L(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)

l = L([1, 3])
_bisect.insort(l, 2) if hasattr(_bisect, 'insort') else _bisect.insort_right(l, 2)
print(l)
print(_bisect.bisect_right(range(0, 100, 3), 50), _bisect.bisect_left((1, 2, 3), 2), _bisect.bisect_left(a, 3, 0, -5))
for f in [lambda: _bisect.bisect_left(a, 1, -1), lambda: _bisect.bisect_left(a), lambda: _bisect.bisect_right(a, 1, 0, 3, 4),
          lambda: _bisect.bisect_right(3, 1), lambda: _bisect.bisect_right(a, 'x'), lambda: _bisect.bisect_left(a, 1, 0, 100),
          lambda: _bisect.insort_left((1, 2), 1), lambda: _bisect.bisect_left(a, 1, lo='0'), lambda: _bisect.bisect_left(a, 1, foo=2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(_bisect) if not n.startswith('__')))
