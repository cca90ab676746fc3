# Generators that a for loop (FOR_ITER) or a yield from (SEND) resumes, which pyvm runs in
# the caller's eval loop (CPython 3.12's FOR_ITER_GEN and SEND_GEN): their state as seen
# from inside and outside, errors leaving them, their tracebacks, and the same generator
# resumed by a loop at one time and by next()/send()/throw() at another.
import sys
import traceback


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "numbers done"


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src):
    for x in src:
        yield x * x


print("pipeline", list(squares(evens(numbers(12)))), sum(squares(evens(numbers(1000)))))


def chained(n):
    r = yield from numbers(n)
    print("  returned", r)
    r = yield from numbers(n // 2)
    print("  returned", r)
    return "chained done"


def outer():
    r = yield from chained(4)
    print("  outer got", r)


print("yield from", [x for x in outer()])


# The generator's state while it runs in the loop, and once it is suspended.
def watched():
    me = gen
    print("  running", me.gi_running, "suspended", me.gi_suspended, "yieldfrom", me.gi_yieldfrom)
    print("  f_back", sys._getframe().f_back.f_code.co_name, "frame is gi_frame", sys._getframe() is me.gi_frame)
    yield 1
    print("  again running", me.gi_running)
    yield 2


def drive_watched():
    for x in gen:
        print("  got", x, "running", gen.gi_running, "suspended", gen.gi_suspended,
              "f_back", gen.gi_frame.f_back)


gen = watched()
drive_watched()
print("after: frame", gen.gi_frame, "running", gen.gi_running, "suspended", gen.gi_suspended)


# A generator entered again while it runs: ValueError, through a loop and through next().
def reenter_loop():
    yield "a"
    for x in me_loop:
        yield x


me_loop = reenter_loop()
try:
    for x in me_loop:
        print("reenter loop got", x)
except ValueError as e:
    print("reenter loop:", type(e).__name__, e)
print("reenter loop finished:", me_loop.gi_frame is None)


def reenter_next():
    yield next(me_next)


me_next = reenter_next()
try:
    for x in me_next:
        print("got", x)
except ValueError as e:
    print("reenter next:", type(e).__name__, e)


def close_self():
    yield 1
    me_close.close()
    yield 2


me_close = close_self()
try:
    for x in me_close:
        print("close_self got", x)
except ValueError as e:
    print("close self:", e)


# close() while a loop iterates the generator: its finally runs, and the loop ends.
def with_finally(tag):
    try:
        yield tag + "1"
        yield tag + "2"
        yield tag + "3"
    finally:
        print("  finally", tag)


g = with_finally("c")
for x in g:
    print("  loop got", x)
    if x == "c2":
        g.close()
        print("  closed: suspended", g.gi_suspended, "frame", g.gi_frame)
print("after close loop")

# The same generator resumed by a loop, then by next(), send() and throw().
g = with_finally("m")
for x in g:
    print("  first loop", x)
    break
print("next", next(g))
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("throw came back:", repr(e))
print("finished", g.gi_frame is None, list(g))


# throw() into a generator paused in a yield from whose delegate a SEND resumed in place.
def inner_catches():
    try:
        yield "i1"
        yield "i2"
    except KeyError as e:
        print("  inner caught", repr(e), "context", repr(e.__context__))
        yield "i-after"
    return "inner result"


def delegating():
    r = yield from inner_catches()
    print("  delegating got", r)
    yield "d-end"


d = delegating()
print("send", next(d), d.send(None))
print("throw", d.throw(KeyError("k")))
print("rest", list(d))


# An error from inside a pipeline: each generator level is in the traceback once.
def failing(n):
    for x in numbers(n):
        if x == 3:
            {}["missing"]
        yield x


def middle(src):
    for x in src:
        yield x + 100


def consume():
    total = 0
    for x in middle(failing(10)):
        total += x
    return total


try:
    consume()
except KeyError as e:
    print("traceback", [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])


# Caught inside the generator itself: the generator continues.
def catches_own():
    for x in numbers(6):
        try:
            if x % 2:
                raise ValueError(x)
            yield x
        except ValueError as e:
            yield -e.args[0]


print("catches own", list(catches_own()))


# An error passing through finally blocks of several generators run in place.
def level(n, src):
    try:
        for x in src:
            yield x
    finally:
        print("  finally level", n, "exception", repr(sys.exception()))


def boom():
    yield 1
    raise OverflowError("deep")


try:
    for x in level(1, level(2, level(3, boom()))):
        print("  levels got", x)
except OverflowError as e:
    print("levels:", repr(e), "context", repr(e.__context__))


# StopIteration inside a generator becomes RuntimeError, as from next().
def stops():
    yield 1
    raise StopIteration("early")


try:
    for x in stops():
        print("stops got", x)
except RuntimeError as e:
    print("stops:", repr(e), repr(e.__cause__), e.__suppress_context__)


# The exception state: the generator's own, and the caller's below it.
def exc_state():
    print("  gen sees", repr(sys.exception()))
    try:
        raise TypeError("gen's own")
    except TypeError:
        yield 1
        print("  gen sees after yield", repr(sys.exception()))
        yield 2
    print("  gen sees at end", repr(sys.exception()))
    yield 3


for x in exc_state():
    print("  caller sees", x, repr(sys.exception()))
try:
    raise ValueError("caller's")
except ValueError:
    for x in exc_state():
        print("  caller handling sees", x, repr(sys.exception()))
        try:
            raise IndexError("in loop body")
        except IndexError as e:
            print("  body context", repr(e.__context__))


def raises_in_handler():
    try:
        raise TypeError("gen handling")
    except TypeError:
        yield "paused in handler"
        raise LookupError("from gen")


try:
    raise ValueError("caller handling")
except ValueError:
    try:
        for x in raises_in_handler():
            print(" ", x)
    except LookupError as e:
        print("  context chain", repr(e.__context__), repr(e.__context__.__context__))


# A loop body that raises leaves the generator suspended; a later loop goes on.
g = numbers(6)
try:
    for x in g:
        if x == 2:
            raise ArithmeticError
except ArithmeticError:
    pass
print("resumed later", list(g), g.gi_frame)


# Deep delegation and recursion through generators.
def tree(n):
    if n == 0:
        yield 0
        return
    yield n
    yield from tree(n - 1)
    for x in tree(n - 1):
        yield -x


print("tree", list(tree(4))[:12], len(list(tree(10))))


def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield len(traceback.extract_stack())


base = len(traceback.extract_stack())
print("deep stack", [x - base for x in deep(40)])

try:
    list(deep(sys.getrecursionlimit() + 50))
except RecursionError as e:
    print("recursion:", type(e).__name__)


# Coroutines awaiting coroutines (SEND), driven by send() by hand.
class Later:
    def __await__(self):
        v = yield "waiting"
        return v


async def leaf(n):
    got = await Later()
    if n == 2:
        raise KeyError("leaf %d" % n)
    return n * 10 + got


async def branch():
    total = 0
    for n in range(4):
        try:
            total += await leaf(n)
        except KeyError as e:
            print("  branch caught", repr(e))
    return total


c = branch()
step = 0
try:
    v = c.send(None)
    while True:
        step += 1
        v = c.send(step)
except StopIteration as e:
    print("coroutine result", e.value, "after", step, "sends")

# Values sent through a chain of yield froms reach the innermost generator.
def echo():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            return got
        got.append(v)


def relay():
    r = yield from echo()
    print("  relay got", r)
    return r


def top():
    r = yield from relay()
    yield "top got %r" % (r,)


t = top()
print("sends", next(t), t.send("a"), t.send("b"), t.send(None))
