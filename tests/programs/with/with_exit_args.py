# __exit__ receives (type, value, traceback); exceptions raised by with-body, KeyboardInterrupt-like BaseException, SystemExit.
import sys
class Show:
    def __exit__(self, et, ev, tb):
        print("exit:", et.__name__ if et else None, repr(ev), type(tb).__name__)
        return et is not None and issubclass(et, (SystemExit, LookupError))
    def __enter__(self):
        return self
with Show():
    pass
with Show():
    sys.exit(9)
print("SystemExit suppressed by __exit__")
with Show():
    raise IndexError("index")
class Interrupt(BaseException):
    pass
try:
    with Show():
        raise Interrupt("base")
except Interrupt as e:
    print("propagated", repr(e))
def gen():
    with Show():
        yield 1
g = gen()
next(g)
g.close()
