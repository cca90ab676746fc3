# A loop whose body only moves data runs in interp.DataLoop; its backward jump must still
# let other threads take the GIL, deliver signals, and let a trace function set meanwhile
# see the loop's lines.
import signal
import sys
import threading


def spin(flag, out):
    n = 0
    while flag[0]:
        n += 1
        flag[1] = n
    out.append(n > 0)


flag = [True, 0]
out = []
t = threading.Thread(target=spin, args=(flag, out))
t.start()
# The spinning thread holds the GIL in a pure data loop: this thread only gets on if it
# is made to hand the GIL over.
while flag[1] < 1000:
    threading.Event().wait(0.001)
flag[0] = False
t.join()
print("thread stopped", out)

hits = []


def handler(signum, frame):
    hits.append(signum)


signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
box = [0]
i = 0
while not hits:
    i += 1
    box[0] = i
print("signal seen", hits == [signal.SIGALRM], box[0] > 0)


def traced_loop():
    total = 0
    for i in range(3):
        total += i
        if i == 1:
            total = total * 2
    return total


lines = []


def tracer(frame, event, arg):
    if frame.f_code is traced_loop.__code__ and event == "line":
        lines.append(frame.f_lineno - traced_loop.__code__.co_firstlineno)
    return tracer


sys.settrace(tracer)
r = traced_loop()
sys.settrace(None)
print(r, lines)


class Adder:
    def __add__(self, other):
        sys.settrace(tracer)
        return other


def starts_tracing():
    a = Adder()
    n = 0
    for i in range(3):
        n = a + i
        n = n * 2
    return n


lines.clear()
print(starts_tracing())
sys.settrace(None)
print(lines)
