# tracemalloc while tracing: the tracebacks of objects made by Python code (bytes, cells,
# instances; CPython's lists may come from a free list made before tracing, so only their
# memory is looked at), the traced sizes and their fall when an object dies, interned
# tracebacks, clear/stop, the traceback limit, and the C API's tracking of raw blocks by
# domain and address (through _testcapi).
import os, sys, tracemalloc, _tracemalloc, _testcapi

def where(tb):
    return [(os.path.basename(f), n) for f, n in tb] if tb is not None else None

def make_bytes(n):
    return b'x' * n

def make_closure():
    x = 1
    def inner():
        return x
    return inner

class C:
    pass

print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.start(3)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.start(5)   # already tracing: the limit stays
print(tracemalloc.get_traceback_limit())

def outer():
    b = make_bytes(100)
    c = make_closure().__closure__[0]   # made before inner's frame is complete: not in the traceback
    o = C()
    return b, c, o

b, c, o = outer()
for obj in (b, c, o):
    print(type(obj).__name__, where(_tracemalloc._get_object_traceback(obj)))
print(os.path.basename(str(tracemalloc.get_object_traceback(b))))
print(tracemalloc.get_object_traceback(12345), tracemalloc.get_object_traceback(make_bytes))

# Traces: (domain, size, frames, total_nframe); the size is what sys.getsizeof says.
traces = _tracemalloc._get_traces()
tb = _tracemalloc._get_object_traceback(b)
mine = [t for t in traces if t[2] == tb]
print(len(mine), mine[0][0], mine[0][1] == sys.getsizeof(b), mine[0][3] >= 2)
# Equal tracebacks are one tuple in the traces.
pair = [make_bytes(10) for i in range(2)]
tbs = [_tracemalloc._get_object_traceback(x) for x in pair]
print(tbs[0] == tbs[1])
same = [t[2] for t in _tracemalloc._get_traces() if t[2] == tbs[0]]
print(len(same), same[0] is same[1])

# Traced memory: an object of 1 MB counts while it lives.
tracemalloc.clear_traces()
print(os.path.basename(str(tracemalloc.get_object_traceback(b))))
big = make_bytes(1024 * 1024)
cur, peak = tracemalloc.get_traced_memory()
print(cur >= 1024 * 1024, cur - 1024 * 1024 < 4096, peak >= cur)
big = None
cur2, peak2 = tracemalloc.get_traced_memory()
print(cur - cur2 > 1024 * 1024 - 4096, peak2 >= peak)
tracemalloc.reset_peak()
cur3, peak3 = tracemalloc.get_traced_memory()
print(peak3 < peak, peak3 >= cur3)
print(tracemalloc.get_tracemalloc_memory() >= 0)
# A list of 100000 items that lives for one statement raises the peak, not the size.
tracemalloc.reset_peak()
total = sum(list(range(100000)))
cur4, peak4 = tracemalloc.get_traced_memory()
print(peak4 - cur4 > 8 * 100000 - 4096, cur4 < 4096)

# Raw blocks of the C API, by domain and address.
tracemalloc.clear_traces()
_testcapi.tracemalloc_track(7, 0x1000, 50)
print(where(_testcapi.tracemalloc_get_traceback(7, 0x1000)))
print(_testcapi.tracemalloc_get_traceback(8, 0x1000))
print(sorted(t[1] for t in _tracemalloc._get_traces() if t[0] == 7))
_testcapi.tracemalloc_track(7, 0x1000, 60)     # tracking again replaces the trace
print(sorted(t[1] for t in _tracemalloc._get_traces() if t[0] == 7))
_testcapi.tracemalloc_untrack(7, 0x1000)
_testcapi.tracemalloc_untrack(7, 0x1000)
print(_testcapi.tracemalloc_get_traceback(7, 0x1000), [t for t in _tracemalloc._get_traces() if t[0] == 7])

tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), _tracemalloc._get_traces(),
      tracemalloc.get_traceback_limit())
print(tracemalloc.get_object_traceback(o))
for f in (lambda: _testcapi.tracemalloc_track(7, 0x1000, 50), lambda: _testcapi.tracemalloc_untrack(7, 0x1000),
          lambda: tracemalloc.take_snapshot(), lambda: tracemalloc.start(0)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

# One frame by default; a frame of a generator is complete from its start.
tracemalloc.start()
def gen():
    yield C()
x = next(gen())
print(tracemalloc.get_traceback_limit(), where(_tracemalloc._get_object_traceback(x)))
tracemalloc.stop()
