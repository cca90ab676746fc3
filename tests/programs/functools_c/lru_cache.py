# _functools._lru_cache_wrapper: hits, misses, eviction order, typed keys, methods, errors.
from _functools import _lru_cache_wrapper

class CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))
    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)

def check(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

calls = []
def square(x):
    calls.append(x)
    return x * x

w = _lru_cache_wrapper(square, 2, False, CacheInfo)
print(w(2), w(2), w(3), w(2), w(4), w(3), calls)
print(w.cache_info())
w.cache_clear()
print(w.cache_info(), w(2), calls[-1])

def fib(n):
    return n if n < 2 else fibc(n - 1) + fibc(n - 2)
fibc = _lru_cache_wrapper(fib, None, False, CacheInfo)
print(fibc(80), fibc.cache_info())

calls.clear()
t = _lru_cache_wrapper(square, 10, True, CacheInfo)
print(t(2), t(2.0), t(2), calls, t.cache_info())
calls.clear()
u = _lru_cache_wrapper(square, 10, False, CacheInfo)
print(u(2), u(2.0), calls, u.cache_info())
z = _lru_cache_wrapper(square, 0, False, CacheInfo)
print(z(3), z(3), z.cache_info())
n = _lru_cache_wrapper(square, -5, False, CacheInfo)
print(n(3), n.cache_info())

def kw(a, b=0):
    calls.append((a, b))
    return a + b
calls.clear()
k = _lru_cache_wrapper(kw, 8, False, CacheInfo)
print(k(1, b=2), k(1, b=2), k(1, 2), k(b=2, a=1), calls, k.cache_info()[3])

class C:
    def __init__(self, v):
        self.v = v
    def get(self, n):
        return (self.v, n)
    get = _lru_cache_wrapper(get, 4, False, CacheInfo)
c1, c2 = C(1), C(2)
print(c1.get(5), c2.get(5), c1.get(5), C.get.cache_info())
w.__wrapped__ = square
w.__doc__ = 'documented'
print(w.__wrapped__ is square, w.__doc__, type(w).__qualname__, w.__copy__() is w)
class Unhashable:
    __hash__ = None
check('unhashable', lambda: w(Unhashable()))
check('maxsize str', lambda: _lru_cache_wrapper(square, 'a', False, CacheInfo))
check('not callable', lambda: _lru_cache_wrapper(1, 2, False, CacheInfo))
check('missing', lambda: _lru_cache_wrapper(square, 2))

def boom(x):
    raise ValueError(x)
b = _lru_cache_wrapper(boom, 4, False, CacheInfo)
check('raises', lambda: b(1))
print(b.cache_info())
