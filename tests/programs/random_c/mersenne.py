# _random.Random: CPython's Mersenne Twister sequences for int and hashed seeds, getrandbits, getstate/setstate, errors, subclassing
import _random

r = _random.Random(5)
print(r.random(), r.getrandbits(70), r.getrandbits(32), r.getrandbits(1), r.getrandbits(33), r.getrandbits(64))
for seed in [0, 1, -5, 2**32 - 1, 2**32, 2**100 + 7, 12345678901234567890, 1.5, -2.25, (1, 2), 'abc', b'xyz', True, None]:
    r.seed(seed)
    if seed is None:
        print('None seeds', 0.0 <= r.random() < 1.0)
    elif isinstance(seed, (str, bytes)):
        print(repr(seed), 'hashed seed', 0.0 <= r.random() < 1.0)
    else:
        print(seed, [r.random() for _ in range(3)], r.getrandbits(100))
r.seed(42)
vals = [r.random() for _ in range(1000)]
print(sum(vals), min(vals), max(vals), vals[999])
bits = [r.getrandbits(k) for k in range(0, 200, 7)]
print(bits)
r.seed(7)
s = r.getstate()
print(len(s), s[-1], s[:3], s[623])
a = [r.random() for _ in range(5)]
r.setstate(s)
print(a == [r.random() for _ in range(5)])
r.setstate(s[:-1] + (0,))
print(r.random())
for bad in [(1, 2), [1, 2], s[:-1] + (700,), s[:-2] + (-1, 5), s[:-2] + ('x', 5), s[:-1] + (-1,)]:
    try:
        r.setstate(bad)
        print('accepted')
    except Exception as e:
        print(type(e).__name__, e)
r.setstate(s[:-2] + (2**33 + 5, 5))
print(r.getstate()[622], r.random())
for f in [lambda: r.getrandbits(-1), lambda: r.getrandbits(0), lambda: _random.Random(1, 2), lambda: _random.Random(x=1),
          lambda: r.seed(1, 2), lambda: r.random(1), lambda: r.getrandbits('a'), lambda: r.seed([]),
          lambda: r.getrandbits(2.0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class R(_random.Random):
    def __init__(self, a, b):
        self.z = a + b
        super().seed(a)

x = R(3, 4)
print(x.z, x.random(), type(x).__mro__)
print(sorted(n for n in dir(_random) if not n.startswith('__')))
print(sorted(n for n in dir(_random.Random) if not n.startswith('__')))
print(_random.Random, _random.Random.__module__)
