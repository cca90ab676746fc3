# Generator object attributes: gi_running, gi_frame, gi_suspended states and re-entrancy error.
def g():
    yield 1
    yield 2
gen = g()
print(gen.gi_running, gen.gi_frame is not None, gen.gi_suspended)
next(gen)
print(gen.gi_suspended, gen.gi_frame.f_lineno)
list(gen)
print(gen.gi_frame, gen.gi_suspended)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def gen_code():
    x = 1
    yield x
print(gen_code.__code__.co_flags & 0x20 != 0, g().gi_code.co_name)
