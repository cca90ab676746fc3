# sys.settrace inside a running function does not trace that frame; assigning its own
# f_trace (a STORE_ATTR, no call in between) starts line events at the next line.
import sys

def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
    return tracer

def own():
    sys.settrace(tracer)
    sys._getframe().f_trace = tracer
    a = 1
    b = 2
    sys.settrace(None)
    return a + b

def not_own():
    sys.settrace(tracer)
    x = 1
    y = 2
    sys.settrace(None)
    return x + y

def via_setattr():
    sys.settrace(tracer)
    setattr(sys._getframe(), "f_trace", tracer)
    z = 3
    sys.settrace(None)
    return z

print(own(), not_own(), via_setattr())
