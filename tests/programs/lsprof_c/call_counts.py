# cProfile over _lsprof: call counts per function and per caller, builtins named as
# CPython names them, PROFILER_ID claimed while enabled, a second profiler refused,
# getstats' structure, a user timer in timeunits (deterministic times).
import _lsprof
import cProfile
import pstats
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work():
    items = []
    for _ in range(3):
        items.append(fib(8))
    return max(items), len(items), sorted(items), "x".upper()


pr = cProfile.Profile()
pr.enable()
print(sys.getprofile(), sys.monitoring.get_tool(sys.monitoring.PROFILER_ID))
work()
pr.disable()
print(sys.monitoring.get_tool(sys.monitoring.PROFILER_ID))
st = pstats.Stats(pr)
for k, v in sorted(st.stats.items(), key=lambda kv: (kv[0][2], kv[0][1])):
    callers = sorted((c[2], n[0], n[1]) for c, n in v[4].items())
    print(k[0].rsplit("/", 1)[-1], k[1], k[2], v[0], v[1], callers)

p2 = cProfile.Profile()
pr.enable()
try:
    p2.enable()
except ValueError as e:
    print(e)
pr.disable()

ticks = [0]


def timer():
    ticks[0] += 1
    return ticks[0]


prof = _lsprof.Profiler(timer, 0.5)
prof.enable()
fib(3)
prof.disable()
for e in sorted(prof.getstats(), key=lambda e: str(e.code)):
    name = e.code if isinstance(e.code, str) else e.code.co_name
    subs = sorted((s.code if isinstance(s.code, str) else s.code.co_name, s.callcount, s.reccallcount,
                   s.totaltime, s.inlinetime) for s in e.calls or ())
    print(name, e.callcount, e.reccallcount, e.totaltime, e.inlinetime, subs)
print(type(prof.getstats()[0]).__name__, len(prof.getstats()[0]))
prof.clear()
print(prof.getstats())
