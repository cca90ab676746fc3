# sys.settrace and sys.setprofile switched on and off inside generators that a for loop
# or a yield from resumes (run in the caller's eval loop by pyvm): the events from then on
# are those CPython reports.
import sys

events = []
# (this program's file name as its code objects have it: __file__ may be a .pyc's)
THIS = sys._getframe().f_code.co_filename


def tracer(frame, event, arg):
    if frame.f_code.co_filename == THIS:
        events.append("%s %s %s" % (event, frame.f_code.co_name, frame.f_lineno))
    return tracer


def profiler(frame, event, arg):
    if frame.f_code.co_filename == THIS and event in ("call", "return"):
        events.append("profile %s %s" % (event, frame.f_code.co_name))


def source(n, switch_at, on, off):
    for i in range(n):
        if i == switch_at:
            on()
        if i == switch_at + 3:
            off()
        yield i


def relay(src):
    yield from src


def run(title, on, off):
    events.clear()
    total = 0
    for x in relay(source(8, 2, on, off)):
        total += x
    print(title, total)
    for e in events:
        print("  ", e)


run("settrace", lambda: sys.settrace(tracer), lambda: sys.settrace(None))
run("setprofile", lambda: sys.setprofile(profiler), lambda: sys.setprofile(None))

