# raise ... from: __cause__, __context__, __suppress_context__, and from None.
try:
    try:
        {}["x"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise ValueError("hidden context") from None
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError("direct") from OSError("os")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise RuntimeError from KeyError
except RuntimeError as e:
    print(repr(e.__cause__))
try:
    raise RuntimeError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
