# Python-to-Python calls run in the caller's eval loop (no Java call): errors unwind
# through such frames with exact tracebacks, handlers in callers catch them, the
# recursion limit holds, frames link, tracing started inside a call sees the returns.
import sys
import traceback


def show(e):
    print(type(e).__name__, e)
    for fs in traceback.extract_tb(e.__traceback__):
        print("  ", fs.name, fs.lineno, fs.line)


def a(x):
    return b(x) + 1


def b(x):
    if x > 2:
        raise ValueError("big %d" % x)
    return x


def c(x):
    try:
        return a(x)
    except ValueError as e:
        return "caught " + str(e)


print(c(1), c(5))
try:
    a(9)
except ValueError as e:
    show(e)


def r(n):
    return r(n + 1)


for i in range(2):
    try:
        r(0)
    except RecursionError as e:
        print("recursion", e, len(traceback.extract_tb(e.__traceback__)) > 100)


def depth():
    n = 0
    f = sys._getframe()
    while f:
        n += 1
        f = f.f_back
    return n


def d2():
    return depth()


print("depth difference", d2() - depth())


def fin(x):
    try:
        return x * 2
    finally:
        print("finally", x)


print(fin(3))


def gen(n):
    for i in range(n):
        yield a(i)


def usegen():
    return sum(gen(3))


print(list(gen(3)), usegen())

old = sys.getrecursionlimit()
sys.setrecursionlimit(30000)


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print("deep", deep(25000))
sys.setrecursionlimit(old)


def tracer(frame, event, arg):
    if event in ("call", "return"):
        print("trace", event, frame.f_code.co_name, arg if event == "return" else "")
    return tracer


def inner():
    return 5


def starts():
    sys.settrace(tracer)
    x = inner()
    return x


def outer():
    v = starts()
    return v + 1


print(outer())
sys.settrace(None)


def lineno_of_caller():
    return sys._getframe(1).f_lineno


def caller():
    x = 1
    y = lineno_of_caller()
    return y + x


print("caller line", caller())


class K:
    def m(self, v):
        return self.n(v) * 2

    def n(self, v):
        if v < 0:
            raise KeyError(v)
        return v


k = K()
print(k.m(4))
try:
    k.m(-1)
except KeyError as e:
    show(e)


def error_in_handler():
    try:
        b(10)
    except ValueError:
        return b(1) + b(11)


try:
    error_in_handler()
except ValueError as e:
    show(e)
    print("context", repr(e.__context__))


def handled_in_callee():
    return sys.exc_info()[0]


def handler_calls():
    try:
        raise TypeError("t")
    except TypeError:
        return handled_in_callee()


print(handler_calls(), sys.exc_info()[0])


def unbound():
    print(undefined_name)


def calls_unbound():
    return unbound()


try:
    calls_unbound()
except NameError as e:
    show(e)
