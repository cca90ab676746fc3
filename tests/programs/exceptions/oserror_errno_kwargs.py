# OSError(errno, ...) picks the subclass from CPython's errno map (every mapped number,
# and unmapped ones staying OSError); keyword arguments follow oserror_use_init.
import errno

for n in sorted(errno.errorcode):
    e = OSError(n, "msg")
    if type(e) is not OSError:
        print(n, errno.errorcode[n], type(e).__name__)
print(type(OSError(9999, "x")).__name__, type(OSError("just a message")).__name__)
print(type(OSError(True, "x")).__name__)

class SubOSError(OSError):
    pass
print(type(SubOSError(errno.EEXIST, "x")).__name__)  # no mapping for a subclass

class WithNew(OSError):
    def __new__(cls, message, baz):
        self = super().__new__(cls, message)
        self.baz = baz
        return self
e = WithNew("some message", baz="baz")
print(e.baz, e.args)

class WithInit(OSError):
    def __init__(self, message, bar=None):
        super().__init__(message)
        self.bar = bar
e = WithInit("m", bar="b")
print(e.bar, e.args)

for call in (lambda: OSError(1, "a", baz=3), lambda: PermissionError("a", x=1), lambda: SubOSError(2, "b", y=2)):
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)

class InitTakesNoKw(OSError):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
try:
    InitTakesNoKw("a", z=1)
except TypeError as exc:
    print("TypeError:", exc)
