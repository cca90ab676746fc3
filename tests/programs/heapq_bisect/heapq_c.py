# _heapq: push/pop/replace/pushpop/heapify and the _max variants give CPython's exact heap layouts; errors
import _heapq

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n

h = []
for i in range(40):
    _heapq.heappush(h, rnd(100))
print(h)
print([_heapq.heappop(h) for _ in range(10)], h)
print(_heapq.heapreplace(h, 50), h)
print(_heapq.heappushpop(h, 1), _heapq.heappushpop(h, 99), h)
data = [rnd(1000) for _ in range(3000)]
d1 = list(data)
_heapq.heapify(d1)
print(d1[:20], d1[-5:])
d2 = list(data[:50])
_heapq._heapify_max(d2)
print(d2)
print([_heapq._heappop_max(d2) for _ in range(5)], _heapq._heapreplace_max(d2, 500), d2[:10])
print(sorted(data)[:10] == [_heapq.heappop(d1) for _ in range(10)])
t = [(rnd(5), 'abcdef'[rnd(6)]) for _ in range(20)]
_heapq.heapify(t)
print(t)
print(_heapq.heappushpop([], 3))
for f in [lambda: _heapq.heappop([]), lambda: _heapq.heapreplace([], 1), lambda: _heapq.heappush((), 1),
          lambda: _heapq.heapify((1,)), lambda: _heapq.heappush([]), lambda: _heapq.heappop([1, 2], 3),
          lambda: _heapq.heappush([1, 'a'], 2), lambda: _heapq._heappop_max([]), lambda: _heapq.heappush(h, x=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Evil:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return False

e = []
e.extend([Evil(e), Evil(e)])
try:
    _heapq.heappush(e, Evil(e))
except Exception as ex:
    print(type(ex).__name__, ex)
print(sorted(n for n in dir(_heapq) if not n.startswith('__')), type(_heapq.__about__))
