# A traced frame's f_locals is one dict across reads: keys a trace function adds stay
# (bdb's __return__), and assignments made to it during a trace call reach the frame's
# variables when the call returns (each read of f_locals refreshes the dict from them). f_trace_opcodes gives 'opcode' events.
import sys

log = []

def tracer(frame, event, arg):
    if frame.f_code.co_name != "target":
        return tracer
    loc = frame.f_locals
    if event == "line" and frame.f_lineno == frame.f_code.co_firstlineno + 3:
        loc["a"] = 100          # written back into the frame
        loc["extra"] = "kept"   # not a local: stays in the dict only
    if event == "return":
        loc["__return__"] = arg
        log.append(("return", sorted(k for k in frame.f_locals), frame.f_locals["__return__"]))
    else:
        log.append((event, frame.f_lineno, "extra" in loc))
    return tracer

def target():
    a = 1
    b = 2
    c = a + b
    return c

sys.settrace(tracer)
r = target()
sys.settrace(None)
print("result", r)
for entry in log:
    print(entry)

def cells():
    x = 1
    def inner():
        return x
    y = 5
    return inner() + y

def celltracer(frame, event, arg):
    if frame.f_code.co_name == "cells" and event == "line" and frame.f_lineno == frame.f_code.co_firstlineno + 4:
        frame.f_locals["x"] = 40
    return celltracer

sys.settrace(celltracer)
print("cells", cells())
sys.settrace(None)

events = []
def optracer(frame, event, arg):
    if frame.f_code.co_name == "ops":
        events.append((event, frame.f_lineno))
    return optracer

def ops(x):
    sys._getframe().f_trace_opcodes = True
    sys._getframe().f_trace = optracer
    sys.settrace(optracer)
    for i in range(2):
        a = i if x else 0
    return a

ops(1)
sys.settrace(None)
print(len(events), events[:6], events[-3:])
print(sorted(set(e for e, _ in events)))
