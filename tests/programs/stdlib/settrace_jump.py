# Assigning frame.f_lineno from a trace function jumps (frameobject.c: frame_setlineno):
# forward and backward jumps, out of a for loop and an except block, the refusals and
# their messages, and the None bound to unbound locals with a RuntimeWarning.
import sys
import warnings


class Jumper:
    def __init__(self, code, at, to, event="line"):
        self.code, self.at, self.to, self.event = code, at, to, event
        self.done = False
        self.error = None

    def trace(self, frame, event, arg):
        if self.done or frame.f_code is not self.code:
            return self.trace
        first = self.code.co_firstlineno
        if event == self.event and frame.f_lineno == first + self.at:
            self.done = True
            try:
                frame.f_lineno = first + self.to if isinstance(self.to, int) else self.to
            except ValueError as e:
                self.error = "ValueError: " + str(e)
            print("  lineno now", frame.f_lineno - first)
        return self.trace


def run(func, at, to, event="line"):
    out = []
    j = Jumper(func.__code__, at, to, event)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        sys.settrace(j.trace)
        try:
            func(out)
        finally:
            sys.settrace(None)
    print(func.__name__, out, j.error, [str(x.message) for x in w])


def forward(out):
    out.append(1)
    out.append(2)
    out.append(3)


def backward(out):
    out.append(1)
    if len(out) < 3:
        out.append(3)
    out.append(4)


def out_of_loop(out):
    for i in range(5):
        out.append(i)
    out.append(5)


def into_loop(out):
    out.append(1)
    for i in range(2):
        out.append(i)


def out_of_except(out):
    try:
        1 / 0
    except ZeroDivisionError:
        out.append("caught")
        out.append("skipped")
    out.append("after")
    print("  handled now", sys.exc_info()[0])


def into_except(out):
    out.append(1)
    try:
        out.append(2)
    except ZeroDivisionError:
        out.append(4)


def unbound(out):
    out.append(1)
    x = 2
    out.append(x)


run(forward, 1, 3)
run(backward, 4, 2)
run(out_of_loop, 2, 3)
run(into_loop, 1, 3)
run(out_of_except, 4, 6)
run(into_except, 1, 5)
run(unbound, 1, 3)
run(forward, 1, 0)
run(forward, 1, 100)
run(forward, 1, "x")
run(forward, 0, 2, event="call")
run(forward, 3, 1, event="return")

try:
    sys._getframe().f_lineno = 1
except ValueError as e:
    print("no trace:", e)
