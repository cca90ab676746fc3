# Iterators, ranges, slices and builtin functions pickle (protocols 0-3); NaN hashes by identity; __float__ of float
# subclasses; ~bool; __flags__; list repeat overflow.
import pickle, copy
for it in [iter([1,2,3]), iter((1,2)), iter(range(5)), iter(range(2**70, 2**70+3)), iter({1,2}), iter({1:2, 3:4}), iter({1:2}.items()), reversed([1,2,3]), iter("abc"), iter(b"ab")]:
    next(it)
    for proto in range(4):
        it2 = pickle.loads(pickle.dumps(it, proto))
        assert list(copy.copy(it2)) == list(copy.copy(it2))
    print(type(it).__name__, list(it2), it.__length_hint__() if hasattr(it, '__length_hint__') else '-')
print(pickle.loads(pickle.dumps(len, 2)), pickle.loads(pickle.dumps([].append, 2)).__name__)
x = float('nan'); print(hash(x) == object.__hash__(x), {x: 1}[x])
print(int.__flags__ & (1 << 9), int.__flags__ & (1 << 10) != 0, bool.__flags__ & (1 << 10), (1 << 24) & bool.__flags__ != 0)
class A: pass
print(A.__flags__ & (1 << 9) != 0, A.__flags__ & (1<<8))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(~True, ~False)
    class F(float):
        def __float__(self): return self
    print(float(F(2.5)))
print([str(x.message)[:40] for x in w])
class FooStr(str):
    def __float__(self): return float(str(self)) + 1
print(float(FooStr('8')), (2.5).__getnewargs__(), (1+2j).__getnewargs__())
s = {1, 2, 3}
print(pickle.loads(pickle.dumps(copy.copy(iter(s)), 2)) is not None)
lst = [4, 5, 6, 7]
try: lst * ((2**63*2+2)//4)
except (MemoryError, OverflowError) as e: print(type(e).__name__)
import pickle; print(pickle.loads(pickle.dumps(slice(1,2,3), 2)), pickle.loads(pickle.dumps(range(1,9,2), 0)))
