# frame.clear() on the frame of a suspended generator closes the generator (its finally
# blocks run); on a running one it is refused; a never-started coroutine's frame warns that
# the coroutine was never awaited. The C API frame functions _testcapi offers agree with
# the frame's attributes.
import sys
import warnings

import _testcapi

log = []


def gen():
    try:
        yield 1
        yield 2
    finally:
        log.append("finally ran")


g = gen()
next(g)
frame = g.gi_frame
frame.clear()
print(log, g.gi_frame, g.gi_suspended)
try:
    next(g)
except StopIteration:
    print("closed generator is exhausted")


def running():
    try:
        f = sys._getframe()
        try:
            f.clear()
        except RuntimeError as exc:
            print("RuntimeError:", exc)
        yield f
    finally:
        log.append("second finally")


r = running()
f = next(r)
f.clear()
print(log)

unstarted = gen()
unstarted.gi_frame.clear()
print("unstarted generator:", unstarted.gi_frame, list(unstarted))


async def coro():
    return 1


c = coro()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    c.cr_frame.clear()
print([(w.category.__name__, str(w.message)) for w in caught], c.cr_frame is not None)
c.close()


def stubborn():
    try:
        yield 1
    finally:
        yield 2


s = stubborn()
next(s)
hooked = []
old = sys.unraisablehook
sys.unraisablehook = lambda u: hooked.append((u.exc_type.__name__, str(u.exc_value)))
try:
    s.gi_frame.clear()
finally:
    sys.unraisablehook = old
print(hooked)
try:
    next(s)
except GeneratorExit:
    print("stubborn generator finished: its finally re-raised GeneratorExit")


def where():
    x = 10
    fr = sys._getframe()
    return fr, x


fr, _ = where()
print(_testcapi.frame_getvar(fr, "x"), _testcapi.frame_getvarstring(fr, b"x"))
for name in ("nope", b"x", 3):
    try:
        _testcapi.frame_getvar(fr, name)
    except (NameError, TypeError) as exc:
        print(type(exc).__name__)
here = sys._getframe()
print(_testcapi.frame_getglobals(here) is globals(), _testcapi.frame_getbuiltins(here) is here.f_builtins,
      type(_testcapi.frame_getlasti(here)) is int, _testcapi.frame_getlocals(here) is here.f_locals)


def gframe():
    yield sys._getframe()


gg = gframe()
print(_testcapi.frame_getgenerator(next(gg)) is gg)


def dummy():
    pass


new = _testcapi.frame_new(dummy.__code__, globals(), {"q": 1})
print(new.f_back, new.f_locals, new.f_code is dummy.__code__, new.f_globals is globals())
