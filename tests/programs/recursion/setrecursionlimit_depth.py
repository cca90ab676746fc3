# sys.setrecursionlimit refuses a limit at or below the current depth of Python frames
# (sysmodule.c: sys_setrecursionlimit_impl); argument errors as for a C int.
import sys

old = sys.getrecursionlimit()


def probe():
    """The lowest limit accepted here, and the error for the one below it."""
    n = 1
    last = None
    while True:
        try:
            sys.setrecursionlimit(n)
        except RecursionError as e:
            last = str(e)
            n += 1
        else:
            sys.setrecursionlimit(old)
            return n, last


n1, msg = probe()
print(msg == f"cannot set the recursion limit to {n1 - 1} at the recursion depth "
      f"{n1 - 1}: the limit is too low")


def nested():
    return probe()[0]


def gen():
    yield probe()[0]


print("one frame deeper:", nested() - n1)
print("in a generator:", list(gen())[0] - n1)


# A limit just above the current depth: recursion stops soon after, also in a handler.
def recurse_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        recurse_in_except()


def run_near_limit(func):
    sys.setrecursionlimit(probe()[0] + 10)
    try:
        func()
    except RecursionError as e:
        print("RecursionError:", e)
    finally:
        sys.setrecursionlimit(old)


run_near_limit(recurse_in_except)

for bad in (2 ** 40, 1.5, 0, -3, "10"):
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit() == old)
