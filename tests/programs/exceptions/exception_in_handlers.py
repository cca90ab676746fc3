# Exceptions raised in except, else and finally blocks, and sys.exc_info / sys.exception inside handlers.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("active")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, repr(sys.exception()))
    try:
        raise KeyError("inner")
    except KeyError:
        print("inner active:", repr(sys.exception()))
    print("restored:", repr(sys.exception()))
print("after:", sys.exception())
try:
    try:
        pass
    except Exception:
        pass
    else:
        raise RuntimeError("from else")
except RuntimeError as e:
    print(repr(e), e.__context__)
def in_handler():
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_thing
try:
    in_handler()
except NameError as e:
    print(repr(e), repr(e.__context__))
def gen_exc():
    try:
        yield 1
        raise ValueError("in generator")
    except ValueError as e:
        yield repr(e)
print(list(gen_exc()))
