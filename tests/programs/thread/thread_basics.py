# _thread: start_new_thread under the GIL, Lock, RLock, _local, errors, uncaught errors in threads
import _thread, time
lock = _thread.allocate_lock()
results = []
done = _thread.allocate_lock()
n = 4
counter = [0]
finished = [0]
def worker(i, k=0):
    for j in range(20000):
        with lock:
            counter[0] += 1
    with lock:
        results.append(i + k)
        finished[0] += 1
for i in range(n):
    _thread.start_new_thread(worker, (i,), {'k': 10})
while True:
    with lock:
        if finished[0] == n:
            break
    time.sleep(0.001)
print(sorted(results), counter[0])
print(repr(lock).split(' object')[0], lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
try: lock.release()
except RuntimeError as e: print('RuntimeError', e)
r = _thread.RLock(); print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count()); r.release(); r.release()
try: r.release()
except RuntimeError as e: print('RuntimeError', e)
loc = _thread._local(); loc.x = 1
seen = []
def t2():
    seen.append(hasattr(loc, 'x')); loc.x = 2; seen.append(loc.x)
    done.release()
done.acquire()
_thread.start_new_thread(t2, ())
done.acquire()
print(seen, loc.x, _thread.TIMEOUT_MAX, _thread.error)
# busy threads interleave via the eval breaker
order = []
fin = _thread.allocate_lock(); fin.acquire()
def spin(name):
    x = 0
    for i in range(300000):
        x += i
    order.append(name)
    if len(order) == 2: fin.release()
_thread.start_new_thread(spin, ('a',)); _thread.start_new_thread(spin, ('b',))
fin.acquire()
print(sorted(order))


class Bad:
    def __repr__(self):
        return '<Bad>'

    def __call__(self):
        done.release()
        raise ValueError('oops')


bad = Bad()
_thread.start_new_thread(bad, ())
done.acquire()
while _thread._count():
    time.sleep(0.001)
for f in [lambda: _thread.start_new_thread(1, ()), lambda: _thread.start_new_thread(bad, []), lambda: lock.acquire(False, 1), lambda: lock.acquire(timeout=-2), lambda: _thread.stack_size(100), lambda: _thread._local(1), lambda: _thread.start_new_thread(bad, (), 1), lambda: lock.acquire(1, 2, 3)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(_thread.get_ident() == _thread.get_ident(), type(_thread.get_native_id()).__name__, _thread.stack_size())
print(_thread.daemon_threads_allowed(), _thread.LockType is type(lock), _thread.allocate() is not None)
s = _thread._set_sentinel()
print(s.locked(), s.acquire(), s.locked())
r = _thread.RLock()
print(repr(r).split(' at ')[0])
r.acquire()
state = r._release_save()
print(state[0], r._is_owned())
r._acquire_restore(state)
print(r._is_owned(), r._recursion_count())
