# A generator's exception state: sys.exception() inside a generator sees the exception
# its caller is handling when the generator handles none itself; raising inside chains
# to it; the generator's own handled exception is kept across yields.
import sys


def seen():
    yield repr(sys.exception())
    try:
        raise KeyError("inner")
    except KeyError:
        yield repr(sys.exception())
    yield repr(sys.exception())


g = seen()
print(next(g))
try:
    raise ValueError("outer")
except ValueError:
    print(next(g))
    print(next(g))


def chains():
    try:
        raise TypeError("in gen")
    except TypeError as e:
        yield repr(e.__context__)


try:
    raise ValueError("caller")
except ValueError:
    print(next(chains()))


def reraises():
    yield 1
    raise


g = reraises()
next(g)
try:
    raise LookupError("to reraise")
except LookupError:
    try:
        next(g)
    except LookupError as e:
        print("reraised", repr(e))


def nested():
    try:
        raise TypeError("outer gen")
    except TypeError:
        for x in inner():
            yield x


def inner():
    yield repr(sys.exception())


print(list(nested()))


# A cycle already in a context chain does not hang the chaining of a new exception.
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)


try:
    cycle()
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__context__.__context__ is e.__context__)
