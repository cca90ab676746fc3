# except clauses: the type expression is evaluated only when an exception arrives, left to right; invalid types raise TypeError.
def t(name, cls):
    print("evaluating except clause", name)
    return cls
try:
    print("no exception")
except t("never", ValueError):
    pass
try:
    raise KeyError("k")
except t("first", ValueError):
    print("wrong")
except t("second", LookupError) as e:
    print("caught by second", repr(e))
except t("third", Exception):
    print("wrong")
class NotAnException:
    pass
try:
    try:
        raise ValueError("v")
    except NotAnException:
        print("no")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except (KeyError, 42):
        print("no")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except* 42:
        print("no")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except* ExceptionGroup:
        print("no")
except TypeError as e:
    print(type(e).__name__, e)
handlers = (ZeroDivisionError, OverflowError)
try:
    1 / 0
except handlers as e:
    print("caught via tuple variable", type(e).__name__)
