# raise forms: class vs instance, re-raise, raise in except, raising non-exceptions.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError("msg", 2)
except ValueError as e:
    print(repr(e), e.args, str(e))
def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling, then re-raise")
        raise
try:
    reraiser()
except ZeroDivisionError as e:
    print("re-raised:", e)
for bad in [5, "str", object]:
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("b")
except IndexError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
