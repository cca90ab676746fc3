# PY_THROW into a generator when the generator it delegates to (yield from) raises;
# super()'s C_RETURN before the attribute (a property) is looked up, C_RAISE when super()
# fails; CALL_FUNCTION_EX's first argument from an iterable that is not a tuple.
import sys

m = sys.monitoring
E = m.events
log = []


def show(x):
    if x is m.MISSING:
        return "MISSING"
    if isinstance(x, BaseException):
        return type(x).__name__
    if hasattr(x, "co_code"):
        return x.co_name
    if isinstance(x, (int, str)):
        return repr(x)
    return getattr(x, "__name__", type(x).__name__)


def rec(name):
    return lambda *a: log.append(name + " " + " ".join(show(x) for x in a))


m.use_tool_id(0, "dbg")
EVENTS = 0
for n in ("PY_START", "PY_RETURN", "PY_THROW", "PY_UNWIND", "CALL", "C_RETURN", "C_RAISE", "RAISE",
          "EXCEPTION_HANDLED", "RERAISE", "LINE"):
    m.register_callback(0, getattr(E, n), rec(n))
    EVENTS |= getattr(E, n)


def inner():
    try:
        yield 1
    except KeyError:
        raise ValueError("from inner")


def outer():
    try:
        yield from inner()
    except ValueError:
        yield 2


class A:
    @property
    def p(self):
        return "A.p"


class B(A):
    def get(self):
        return super().p

    def bad(self):
        return super(1, self).p


def star(*a):
    return a


KEEP = []


def run():
    g = outer()
    KEEP.append(g)  # closed after the events are off (CPython would close it at run's return)
    next(g)
    g.throw(KeyError("k"))
    B().get()
    try:
        B().bad()
    except TypeError:
        pass
    max(*map(int, "31"))
    star(*map(int, "12"))


m.set_events(0, EVENTS)
run()
m.set_events(0, 0)
for line in log:
    if not line.endswith(" run") and " run " not in line:
        print(line)
