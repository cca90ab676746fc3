# The builtin exception hierarchy: MROs of common exceptions and catching by base classes.
for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError,
            NotImplementedError, StopIteration, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit,
            ModuleNotFoundError, UnboundLocalError, TabError, BrokenPipeError, TimeoutError, ExceptionGroup]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
print(IOError is OSError, EnvironmentError is OSError)
def catch(exc_type, base):
    try:
        raise exc_type("x") if exc_type is not UnicodeDecodeError else exc_type("utf-8", b"", 0, 1, "r")
    except base:
        return f"{exc_type.__name__} caught by {base.__name__}"
    except BaseException:
        return f"{exc_type.__name__} not caught by {base.__name__}"
print(catch(ZeroDivisionError, ArithmeticError), catch(KeyError, LookupError), catch(UnicodeDecodeError, ValueError))
print(catch(SystemExit, Exception), catch(NotImplementedError, RuntimeError), catch(ConnectionResetError, OSError))
