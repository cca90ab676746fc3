# Exceptions in with blocks: __exit__ sees them, suppression by true return, exceptions inside __exit__ and __enter__.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressing", et.__name__, ev)
            return True
        return None
with Suppress(KeyError, IndexError):
    {}["x"]
print("continued")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit failed")
try:
    with ExitRaises():
        raise ValueError("body failed")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
class EnterRaises:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterRaises():
        print("body should not run")
except OSError as e:
    print(repr(e))
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "non-empty string is true"
def f():
    with Truthy():
        raise ValueError
    return "suppressed by truthy value"
print(f())
class Outer:
    def __enter__(self):
        print("outer enter")
    def __exit__(self, et, ev, tb):
        print("outer exit sees", et.__name__ if et else None)
with Outer():
    with Suppress(TypeError):
        raise TypeError("inner")
try:
    with Outer(), EnterRaises():
        pass
except OSError:
    print("second enter failed; first exit ran")
