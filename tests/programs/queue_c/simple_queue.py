import _queue, queue, threading, time, weakref
print(_queue.Empty, _queue.Empty.__mro__, queue.Empty is _queue.Empty)
print(_queue.SimpleQueue)
q = _queue.SimpleQueue()
for i in range(3): q.put(i)
q.put_nowait('x'); q.put(item=5, block=False, timeout=3)
print(q.qsize(), q.empty(), [q.get() for _ in range(5)], q.empty())
for args in [(False,), (True, 0.01), (True, 0)]:
    try: q.get(*args)
    except _queue.Empty as e: print('Empty', repr(e), e.args)
try: q.get_nowait()
except Exception as e: print(type(e), repr(e))
for bad in [-1, 'a', float('nan'), 1e300, 2**100]:
    try: q.get(True, bad)
    except Exception as e: print(type(e).__name__, e)
for a, k in [((1,), {}), ((), {'a': 1})]:
    try: _queue.SimpleQueue(*a, **k)
    except Exception as e: print(type(e).__name__, e)
class S(_queue.SimpleQueue):
    def __init__(self, n): self.n = n
s = S(3); s.put(1); print(s.n, s.get(), weakref.ref(s)() is s, weakref.ref(q)() is q)
print(_queue.SimpleQueue[int])
r = []
def worker():
    r.append(q.get(timeout=5))
t = threading.Thread(target=worker); t.start(); time.sleep(0.1); q.put('hello'); t.join(); print(r)
try: q.put()
except TypeError as e: print(e)
print(sorted(x for x in dir(q) if not x.startswith('__')))
