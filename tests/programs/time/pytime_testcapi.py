# _testcapi's entry points to CPython's time conversions (Python/pytime.c), in the four
# rounding modes (0 floor, 1 ceiling, 2 half even, 3 away from zero), with their overflow
# and argument errors.
import _testcapi as t

def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(f.__name__, args, r)

ns_values = [0, 1, -1, 499, 500, 501, -500, -501, 1500, 2500, -2500, 999_999, 1_000_000,
             -1_500_000, 2_500_000_000, -2_500_000_001, 2**63 - 1, -2**63]
for ns in ns_values:
    for rnd in range(4):
        show(t.PyTime_AsTimeval, ns, rnd)
        show(t.PyTime_AsMilliseconds, ns, rnd)
        show(t.PyTime_AsMicroseconds, ns, rnd)
    show(t.PyTime_AsSecondsDouble, ns)
    show(t.PyTime_AsTimespec, ns)
    show(t.PyTime_AsTimespec_clamp, ns)
    show(t.PyTime_AsTimeval_clamp, ns, 1)

sec_values = [0, 1, -1, 2**31 - 1, -2**31, 9223372036, 9223372037, -9223372037,
              0.5, 1.5, 2.5, -0.5, -1.5, 1e-9, 1.5e-9, 2.5e-9, -2.5e-9, 1e-10, 123.456789123,
              -123.456789123, 9.3e9, -9.3e9, 1e300, float("inf"), float("-inf"), float("nan")]
for s in sec_values:
    for rnd in range(4):
        show(t.PyTime_FromSecondsObject, s, rnd)
        show(t.pytime_object_to_time_t, s, rnd)
        show(t.pytime_object_to_timeval, s, rnd)
        show(t.pytime_object_to_timespec, s, rnd)
for s in [0, 5, -5, 2**31 - 1, 2**31, 1.5, "x"]:
    show(t.PyTime_FromSeconds, s)

show(t.PyTime_FromSecondsObject, 2**64, 0)
show(t.pytime_object_to_time_t, 2**64, 0)
show(t.pytime_object_to_timeval, -2**64, 0)
show(t.PyTime_AsTimeval, 2**63, 0)
show(t.PyTime_AsTimeval, 1.0, 0)
show(t.PyTime_AsSecondsDouble, 1.0)
show(t.PyTime_AsMilliseconds, 5, 4)
show(t.PyTime_AsMilliseconds, 2**64, 4)
show(t.PyTime_FromSecondsObject, 1, -1)
show(t.PyTime_FromSecondsObject, "1", 0)
show(t.pytime_object_to_timespec, 1, 2**31)
