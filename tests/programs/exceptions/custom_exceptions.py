# User-defined exception hierarchies, custom __init__/__str__, args handling and catching by base.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what, code=404):
        super().__init__(f"{what} not found")
        self.what, self.code = what, code
class Invalid(AppError):
    def __str__(self):
        return "invalid: " + ", ".join(map(str, self.args))
for exc in [NotFound("page"), Invalid("a", 1), AppError(), AppError("x", "y")]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", e, "|", repr(e), "|", e.args)
try:
    raise NotFound("user", code=410)
except NotFound as e:
    print(e.what, e.code)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
print(repr(NoSuper(1, 2)), str(NoSuper(1, 2)), NoSuper(1, 2).args)
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException), NotFound.__mro__[1:])
class MyKeyError(KeyError):
    pass
try:
    raise MyKeyError("k")
except LookupError as e:
    print("caught as LookupError:", repr(e), str(e))
