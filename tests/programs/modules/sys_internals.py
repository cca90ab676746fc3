# sys functions and data for introspection: intern identity, struct sequences that
# refuse new instances, _getframemodulename, _current_frames/_current_exceptions of
# this thread, thread_info, float_repr_style, is_finalizing, excepthook with a
# non-exception, and tracebacklimit in traceback printing.
import io
import sys
import threading

# A value no run has interned before (the test JVM runs many programs).
unique = "never interned " + str(id(object())) + " " + str(id(sys))
s = "".join([unique, "!"])
print(sys.intern(s) is s)
s2 = "".join([unique, "!"])
print(s2 is not s, sys.intern(s2) is s)


class S(str):
    pass


for bad in (S("abc"), 1):
    try:
        sys.intern(bad)
    except TypeError as e:
        print("TypeError:", e)

for o in (sys.flags, sys.version_info):
    t = type(o)
    print(t)
    for make in (lambda: t(o), lambda: t.__new__(t, o)):
        try:
            make()
        except TypeError as e:
            print("TypeError:", e)
print(type(sys.float_info), type(sys.get_asyncgen_hooks()))


def where():
    return sys._getframemodulename(), sys._getframemodulename(1)


print(where())
print(sys._getframemodulename(1000))

me = threading.get_ident()
frames = sys._current_frames()
print(frames[me] is sys._getframe())
print(sys._current_exceptions()[me])
try:
    raise KeyError("k")
except KeyError as e:
    print(sys._current_exceptions()[me] is e)

print(sys.float_repr_style, len(sys.thread_info), sys.thread_info.name)
print(sys.is_finalizing())

old = sys.stderr
sys.stderr = io.StringIO()
try:
    sys.excepthook(1, "1", 1)
    sys.excepthook(None, None, None)
    out = sys.stderr.getvalue()
finally:
    sys.stderr = old
print(out, end="")


def f1():
    1 / 0


def f2():
    f1()


for limit in (2, 0, -1, 1 << 100, None):
    sys.tracebacklimit = limit
    sys.stderr = io.StringIO()
    try:
        try:
            f2()
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
        lines = [l for l in sys.stderr.getvalue().splitlines() if l.lstrip().startswith(("File", "Trace", "Zero"))]
    finally:
        sys.stderr = old
    print(limit, [l.split(",")[-1].strip() if l.lstrip().startswith("File") else l for l in lines])
del sys.tracebacklimit
