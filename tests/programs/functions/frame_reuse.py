# Frames of plain calls are reused by later calls of the same code (interp.Steps.recycle):
# a frame that Python code still holds (a frame object, a traceback, a signal handler's
# frame) must keep its locals and f_back after its call returned and the code runs again.
import gc
import signal
import sys
import weakref


def keep(n):
    x = n * 10
    return sys._getframe()


frames = [keep(i) for i in range(5)]
for i in range(100):
    keep(i)
print([f.f_locals["x"] for f in frames])
print([f.f_back.f_code.co_name for f in frames])


def fails(n):
    y = n + 1
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e


errs = [fails(i) for i in range(3)]
for i in range(50):
    fails(i)
print([e.__traceback__.tb_frame.f_locals["y"] for e in errs])


def plain(a, b):
    c = a + b
    return c


def caller(k):
    total = 0
    for i in range(k):
        total += plain(i, k)
    return total


print(caller(1000), caller(10))


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


print(deep(500), deep(5), deep(300))

handled = []


def handler(signum, frame):
    handled.append(frame)


def raises_signal(v):
    w = v * 2
    signal.raise_signal(signal.SIGUSR1)
    return w


old = signal.signal(signal.SIGUSR1, handler)
try:
    raises_signal(21)
finally:
    signal.signal(signal.SIGUSR1, old)
for i in range(20):
    plain(i, i)
print(handled[0].f_code.co_name, handled[0].f_locals.get("w"))


def make():
    def inner(x):
        return x + 1
    for i in range(3):
        inner(i)
    return weakref.ref(inner)


r = make()
gc.collect()
print(r() is None)


def local_state(flag):
    if flag:
        v = 1
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__


print(local_state(True), local_state(False), local_state(True))
