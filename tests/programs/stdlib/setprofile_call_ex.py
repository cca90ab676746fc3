# The profiler sees builtins called through f(*args, **kwargs) (CALL_FUNCTION_EX) as it
# sees plain calls: c_call/c_return, a method descriptor bound to its first argument.
import sys

events = []


def prof(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, getattr(arg, "__name__", None), type(getattr(arg, "__self__", None)).__name__))


sys.setprofile(prof)
max([0], **dict(key=int))
args = [[3, 1, 2]]
sorted(*args)
list.append(*[[], 1])
(lambda *a: a)(*[1])
try:
    len(*[1, 2])
except TypeError:
    pass
sys.setprofile(None)
for e in events:
    print(*e)
