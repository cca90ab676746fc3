# Frames as sys._getframe gives them: f_back, f_code, f_globals, f_builtins, f_locals,
# f_lineno, f_lasti, f_trace*, frame.clear(); sys.call_tracing; sys.getrefcount.
import sys

def frames():
    f = sys._getframe()
    g = sys._getframe(1)
    print(f.f_code.co_name, g.f_code.co_name, f.f_back is g, f.f_globals is globals(), f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else f.f_builtins is __builtins__)
    print(f.f_lineno - frames.__code__.co_firstlineno, f.f_lasti >= 0, f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
    local = 5
    print(sorted(f.f_locals))
    try:
        f.clear()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        sys._getframe(1000)
    except ValueError as e:
        print("ValueError", e)
    try:
        f.f_trace_lines = 1
    except TypeError as e:
        print("TypeError", e)
    return f


done = frames()
done.clear()
print(done.f_locals)
print(sys.getrefcount(object()) > 0)


def traced(frame, event, arg):
    print("event", event, frame.f_code.co_name)
    return None


def inner():
    return 1


def call_in_tracer(frame, event, arg):
    # Inside a trace function no events are reported, except under sys.call_tracing.
    print("event", event, frame.f_code.co_name)
    if frame.f_code.co_name == "outer":
        inner()
        sys.call_tracing(inner, ())
    return None


def outer():
    return 2


sys.settrace(traced)
inner()
sys.settrace(call_in_tracer)
outer()
sys.settrace(None)
try:
    sys.call_tracing(len, [1])
except TypeError as e:
    print("TypeError", e)
print(sys.call_tracing(len, ([1, 2],)))
