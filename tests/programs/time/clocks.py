# time clocks: types, monotonicity, ns/float agreement, sleep and its errors, clock info
import time

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    f = getattr(time, name)
    fns = getattr(time, name + '_ns')
    a = f()
    b = fns()
    print(name, type(a).__name__, type(b).__name__, a >= 0, b >= 0)
    info = time.get_clock_info(name)
    print(' ', info.monotonic, info.adjustable, 0 < info.resolution <= 0.01, type(info.implementation).__name__)

print(time.time() > 1.7e9, time.time_ns() > 17 * 10**17)
m = [time.monotonic() for _ in range(1000)]
print('monotonic', all(x <= y for x, y in zip(m, m[1:])))
p = [time.perf_counter_ns() for _ in range(1000)]
print('perf_counter_ns', all(x <= y for x, y in zip(p, p[1:])))
t0 = time.monotonic()
time.sleep(0.02)
t1 = time.monotonic()
print('slept', t1 - t0 >= 0.019)
time.sleep(0)
time.sleep(0.0)
show('negative', lambda: time.sleep(-1))
show('negative float', lambda: time.sleep(-0.5))
show('str', lambda: time.sleep('a'))
show('nan', lambda: time.sleep(float('nan')))
show('unknown clock', lambda: time.get_clock_info('x'))
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.clock_gettime(time.CLOCK_REALTIME) > 1.7e9)
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname))
print(type(time.localtime()).__name__, len(time.localtime()), type(time.mktime(time.localtime())).__name__)
print(type(time.ctime()).__name__, len(time.asctime()) >= 24, type(time.strftime('%Y')).__name__)
lt = time.localtime(1709211909)
print(time.mktime(lt) == 1709211909.0)
print(type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__)
show('gmtime(1, 2)', lambda: time.gmtime(1, 2))
show('localtime(1, 2)', lambda: time.localtime(1, 2))
show('strftime()', lambda: time.strftime())
show('asctime(1, 2)', lambda: time.asctime(1, 2))
show('asctime(1)', lambda: time.asctime(1))
show('ctime("x")', lambda: time.ctime('x'))
show('mktime(1)', lambda: time.mktime(1))
show('strftime tuple', lambda: time.strftime('%Y', (2024,) * 9))
