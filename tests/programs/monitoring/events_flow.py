# sys.monitoring events with their arguments: starts, returns, calls, C returns and
# raises, lines, jumps, branches, generators and exceptions (offsets in bytes).
import sys

m = sys.monitoring
E = m.events
TOOL = 3
m.use_tool_id(TOOL, "golden")
log = []


def show(x):
    if x is m.MISSING:
        return "MISSING"
    if isinstance(x, BaseException):
        return type(x).__name__ + repr(x.args)
    if hasattr(x, "co_code"):
        return "code:" + x.co_name
    if callable(x) and hasattr(x, "__name__"):
        return type(x).__name__ + ":" + x.__name__
    if isinstance(x, (int, str, type(None), float)):
        return repr(x)
    return type(x).__name__


def recorder(name):
    def cb(*args):
        log.append(name + " " + " ".join(show(a) for a in args))
    return cb


ALL = 0
for name in ("PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "LINE", "JUMP", "BRANCH",
             "STOP_ITERATION", "RAISE", "EXCEPTION_HANDLED", "PY_UNWIND", "PY_THROW", "RERAISE",
             "C_RETURN", "C_RAISE"):
    m.register_callback(TOOL, getattr(E, name), recorder(name))
    ALL |= getattr(E, name)


def run(f, events=ALL):
    log.clear()
    m.set_events(TOOL, events)
    try:
        f()
    except Exception as e:
        pass
    m.set_events(TOOL, 0)
    print("==", f.__name__)
    for line in log:
        if "code:run" in line:
            continue
        print("  ", line)


def simple():
    x = 1
    return x + 1


def calls():
    len([])
    [].append(2)
    simple()
    sorted([3, 1], key=abs)
    d = {}
    d.get(1, 2)
    print("hi", end="\n")


def loops():
    t = 0
    for i in range(3):
        if i % 2:
            t += i
        else:
            t -= 1
    while t < 3:
        t += 1
    return t


def gen():
    yield 1
    yield 2
    return 3


def gens():
    for v in gen():
        pass
    g = gen()
    next(g)
    try:
        g.throw(ValueError("x"))
    except ValueError:
        pass
    return [v for v in gen()]


def delegating():
    r = yield from gen()
    return r


def yield_from():
    return list(delegating())


def raising():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    try:
        try:
            raise KeyError("k")
        finally:
            x = 1
    except KeyError:
        pass
    int("z")


def unwinding():
    def inner():
        raise IndexError(5)
    try:
        inner()
    except IndexError as e:
        raise RuntimeError("again") from e


def star_calls():
    args = (1, 2)
    max(*args)
    simple(*())
    f = lambda *a, **k: a
    f(*args, k=1)
    print(*(), end="")


class Base:
    def m(self, x):
        return x


class Child(Base):
    def m(self, x):
        return super().m(x) + 1

    @property
    def p(self):
        return super().m(0)


def supers():
    c = Child()
    c.m(1)
    c.p


run(simple)
run(calls)
run(loops)
run(gens)
run(yield_from)
run(raising)
run(unwinding)
run(star_calls)
run(supers)
run(loops, E.JUMP | E.BRANCH)
run(gens, E.STOP_ITERATION | E.RAISE)
m.free_tool_id(TOOL)
