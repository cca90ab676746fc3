# except* handling: matching parts of groups, multiple clauses, re-raising the unhandled rest, naked exceptions.
def handle(exc):
    try:
        raise exc
    except* ValueError as g:
        print("ValueError part:", repr(g))
    except* TypeError as g:
        print("TypeError part:", repr(g))
handle(ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)]))
handle(ValueError("naked"))
try:
    handle(ExceptionGroup("g", [ValueError(1), KeyError(2)]))
except ExceptionGroup as rest:
    print("rest:", repr(rest))
try:
    try:
        raise ExceptionGroup("g", [OSError("o"), ValueError("v")])
    except* OSError:
        print("handled OSError")
    except* ValueError:
        raise KeyError("new in handler")
except (ExceptionGroup, KeyError) as e:
    print("outer:", repr(e), repr(e.__context__))
try:
    raise ExceptionGroup("nested", [ExceptionGroup("in", [ValueError("deep")]), TypeError("t")])
except* ValueError as g:
    print("deep match:", repr(g))
except* TypeError as g:
    print("t match:", repr(g))
try:
    raise TypeError("plain")
except* TypeError as g:
    print(type(g).__name__, g.exceptions)
else:
    print("no else")
finally:
    print("finally after except*")
