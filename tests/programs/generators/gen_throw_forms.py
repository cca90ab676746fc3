# generator.throw(): the one-argument form, the deprecated (type, value, tb) form with
# CPython's normalization and argument errors, and an exception class whose call does
# not return an exception (the TypeError goes into the generator).
import sys
import warnings


def catcher():
    while True:
        try:
            yield
        except GeneratorExit:
            return
        except BaseException as e:
            print("caught", type(e).__name__, e.args)


g = catcher()
next(g)
g.throw(ValueError("one"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    g.throw(ValueError, "two")
    g.throw(ValueError, ("a", "b"))
    g.throw(ValueError, TypeError(1))
    g.throw(ValueError, ValueError(3), None)
    print([str(x.message) for x in w][:1], len(w))
    for args in [(ValueError(1), "foo"), (ValueError, "foo", 23), (42,)]:
        try:
            g.throw(*args)
        except TypeError as e:
            print("TypeError:", e)
    try:
        raise KeyError("k")
    except KeyError:
        g.throw(*sys.exc_info())


class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


g2 = catcher()
next(g2)
g2.throw(E)


def plain():
    yield


g = plain()
try:
    g.throw(E)
except TypeError as e:
    print("TypeError:", e)
print(next(g, "exhausted"))
