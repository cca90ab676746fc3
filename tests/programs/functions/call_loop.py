# Plain functions made only of locals, constants, globals, arithmetic, comparisons, jumps,
# calls and returns (pyvm runs their calls and returns in a small loop of their own,
# CallLoop): what such code leaves to the general interpreter part-way must behave as
# everywhere else (tracebacks, frames, the recursion limit, tracing, globals rebinding).
import sys
import threading


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(22))


# The frames seen from inside: f_back, f_lineno of each caller, f_lasti moving on.
def leaf(n):
    if n is None:
        return probe()
    return leaf(None)


def probe():
    f = sys._getframe(1)
    out = []
    while f is not None and f.f_code.co_name != "<module>":
        out.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return out


def outer(n):
    if n == 0:
        return leaf(n)
    return outer(n - 1)


print(outer(3))


# An error part-way: big ints, a float, a division by zero, an unsupported operand.
def grow(n, acc):
    if n == 0:
        return acc
    return grow(n - 1, acc * 1000003 + n)


print(grow(12, 1) % 999983)


def mixed(x):
    if x < 1:
        return x
    return mixed(x - 0.5) + mixed(x / 3) + 1


print(mixed(6))


def divide(n, d):
    if n == 0:
        return 10 // d
    return divide(n - 1, d) + 1


def show(exc):
    tb = exc.__traceback__
    rows = []
    while tb is not None:
        rows.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(type(exc).__name__, exc, rows)


for d in (2, 0):
    try:
        print(divide(4, d))
    except ZeroDivisionError as e:
        show(e)


def add(a, b):
    if a is None:
        return b
    return add(None, a + b)


try:
    add(1, "x")
except TypeError as e:
    show(e)
print(add("a", "b"))


# Comparisons and truth tests outside the fast paths.
def pick(a, b):
    if a < b:
        return a
    if b:
        return b
    return None


print(pick(1, 2), pick("b", "a"), pick([], []), pick(2.5, 1), pick(3, 0))


# The recursion limit, reached inside such functions and recovered from.
def deep(n):
    return deep(n + 1)


old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(old)


# Deeper than the frame pool keeps (returns from more than 200 deep).
def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1


print(count(600), count(600))


# A global rebound between calls, and a function whose __code__ is replaced.
def target(n):
    return n + 1


def caller(n):
    return target(n) * 2


print(caller(1))


def target(n):
    return n + 100


print(caller(1))


def other(n):
    return n - 1


target.__code__ = other.__code__
print(caller(1))
del target
try:
    caller(1)
except NameError as e:
    print("NameError", e)


# Tracing switched on inside a call made from such a function, then off again.
events = []


def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


def start_tracing():
    sys.settrace(tracer)
    return 0


def stop_tracing():
    sys.settrace(None)
    return 0


def traced(n):
    if n == 3:
        return start_tracing() + traced(n - 1)
    if n == 0:
        return stop_tracing()
    return traced(n - 1) + n


print(traced(5))
print(events)
print(fib(10))


# The same functions on two threads at once (the GIL passes between them).
results = []


def work():
    results.append(fib(18))


threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)


# A frame object kept by a callee that returns (it must stay intact).
def keep(n):
    if n == 0:
        return sys._getframe(1)
    return keep(n - 1)


fr = keep(3)
print(fr.f_code.co_name, fr.f_locals, fr.f_back.f_code.co_name, fr.f_back.f_locals)
print(fib(15), count(5))
