# ExceptionGroup and BaseExceptionGroup: construction, subgroup, split, derive, and nesting.
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
vs = eg.subgroup(ValueError)
print(repr(vs))
match, rest = eg.split(TypeError)
print(repr(match), repr(rest))
print(eg.subgroup(KeyError), eg.split(lambda e: "2" in str(e)))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("b"), ValueError("c")])])
print(repr(nested.subgroup(ValueError)))
print(repr(nested.split(KeyError)[0]))
b = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(b).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
for args in [("m", []), ("m", [1]), (1, [ValueError()])]:
    try:
        ExceptionGroup(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
d = eg.derive([KeyError("k")])
print(repr(d), type(d).__name__)
