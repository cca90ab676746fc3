# sys.settrace / sys.setprofile: CPython 3.12's event sequence for calls, lines, loops,
# exceptions, generators, builtins; f_trace, f_trace_lines, f_lineno, gettrace.
import sys

events = []


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ("tracer", "stop"):
        return None
    shown = arg if event in ("return", "call") and not callable(arg) else (arg[0].__name__ if event == "exception" else arg)
    events.append((event, name, frame.f_lineno - frame.f_code.co_firstlineno, shown if event != "line" else None))
    return tracer


def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
    while n > 0:
        n -= 1
    return total


def fails():
    x = 1
    raise ValueError("boom")


def catches():
    try:
        fails()
    except ValueError:
        y = 2
    finally:
        z = 3
    return y + z


def gen(n):
    for i in range(n):
        yield i * 10
    return "end"


def uses_gen():
    out = []
    for v in gen(2):
        out.append(v)
    return out


def one_line(): return 5


def stop():
    sys.settrace(None)


def show(title):
    print(title)
    for e in events:
        print("  ", e)
    events.clear()


sys.settrace(tracer)
loop(3)
stop()
show("loop")

sys.settrace(tracer)
catches()
stop()
show("catches")

sys.settrace(tracer)
uses_gen()
stop()
show("generator")

sys.settrace(tracer)
one_line()
x = [one_line() for _ in range(2)]
stop()
show("one_line and comprehension")

print(sys.gettrace())
sys.settrace(tracer)
print(sys.gettrace() is tracer)
stop()
events.clear()


# A local trace function that turns off line events.
def no_lines(frame, event, arg):
    frame.f_trace_lines = False
    events.append((event, frame.f_code.co_name))
    return no_lines


sys.settrace(no_lines)
loop(2)
stop()
show("f_trace_lines = False")


# Returning None from 'call' means no local tracing of that frame.
def calls_only(frame, event, arg):
    events.append((event, frame.f_code.co_name))
    return None


sys.settrace(calls_only)
catches()
stop()
show("calls only")


# The trace function raising: tracing stops, the error propagates.
def raising(frame, event, arg):
    if event == "line":
        raise RuntimeError("from tracer")
    return raising


sys.settrace(raising)
try:
    loop(1)
except RuntimeError as e:
    print("caught", e, sys.gettrace())
sys.settrace(None)

# Profile: c_call/c_return/c_exception and Python call/return.
prof = []


def profiler(frame, event, arg):
    prof.append((event, frame.f_code.co_name, getattr(arg, "__name__", None) if event.startswith("c_") else arg))


def uses_builtins():
    len([1, 2])
    try:
        int("x")
    except ValueError:
        pass
    return sorted([3, 1])


sys.setprofile(profiler)
uses_builtins()
sys.setprofile(None)
for p in prof:
    print("  ", p)
print(sys.getprofile())

# Setting f_trace on a running frame and then settrace: the frame gets line events.
def later():
    frame = sys._getframe()
    frame.f_trace = tracer
    sys.settrace(tracer)
    a = 1
    b = 2
    sys.settrace(None)
    return a + b


later()
show("set on a running frame")
