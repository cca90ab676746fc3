# Calling libc: argtypes, restype, errcheck, errno, variadic calls, callbacks (qsort).
import ctypes
import ctypes.util
import errno
from ctypes import *


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


libc = CDLL(None, use_errno=True)
print(libc.strlen(b"hello"), libc.strlen(create_string_buffer(b"abc")))
libc.abs.argtypes = [c_int]
print(libc.abs(-5), libc.abs.argtypes, libc.abs.restype)
libc.labs.restype = c_long
libc.labs.argtypes = (c_long,)
print(libc.labs(-2 ** 40))
show("bad argument", lambda: libc.labs("x"))
show("wrong count", lambda: libc.labs(1, 2))
show("keyword", lambda: libc.labs(x=1))
show("unknown parameter", lambda: libc.strlen(1.5))
show("missing symbol", lambda: "undefined symbol" in str(getattr(CDLL(None), "no_such_function_here", "")))
show("missing library", lambda: CDLL("libno_such_library_at_all.so"))
show("restype check", lambda: setattr(libc.abs, "restype", 3))
show("errcheck check", lambda: setattr(libc.abs, "errcheck", 3))

m = CDLL(ctypes.util.find_library("m"))
m.sqrt.restype = c_double
m.sqrt.argtypes = [c_double]
m.powf.restype = c_float
m.powf.argtypes = [c_float, c_float]
print(m.sqrt(2.0), m.sqrt(16), m.powf(2, 10))

buf = create_string_buffer(64)
libc.snprintf(buf, 64, b"%d-%s-%.2f-%c", 42, b"str", c_double(3.14159), ord("x"))
print(buf.value)
libc.toupper.restype = c_char
print(libc.toupper(ord("q")))

libc.strchr.restype = c_char_p
libc.strchr.argtypes = [c_char_p, c_int]
print(libc.strchr(b"hello world", ord("w")), libc.strchr(b"abc", ord("z")))
libc.strtol.restype = c_long
end = c_char_p()
print(libc.strtol(b"123abc", byref(end), 10), end.value)

def check(result, func, args):
    if result < 0:
        raise OSError("negative", result, args)
    return result * 10

libc.atoi.errcheck = check
libc.atoi.argtypes = [c_char_p]
print(libc.atoi(b"7"))
show("errcheck raises", lambda: libc.atoi(b"-3"))

libc.open.argtypes = [c_char_p, c_int]
set_errno(0)
print(libc.open(b"/no/such/file/anywhere", 0), get_errno() == errno.ENOENT)
print(set_errno(5), get_errno())

CMPFUNC = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
calls = []

def py_cmp(a, b):
    calls.append(1)
    return a[0] - b[0]

ia = (c_int * 6)(5, 1, 7, 33, 99, -4)
libc.qsort(ia, len(ia), sizeof(c_int), CMPFUNC(py_cmp))
print(list(ia), len(calls) > 0)

INTFUNC = CFUNCTYPE(c_int, c_int, c_double, c_char_p)
cb = INTFUNC(lambda i, d, s: i + int(d) + len(s))
print(cb(1, 2.5, b"abc"), type(cb).__name__, INTFUNC._restype_, INTFUNC._argtypes_)
show("no argtypes", lambda: CFUNCTYPE(c_int).__mro__[1](lambda: 0)())
VOIDFUNC = CFUNCTYPE(None, c_int)
got = []
VOIDFUNC(got.append)(7)
print(got)
show("bad callback result type", lambda: CFUNCTYPE(POINTER(c_int))(lambda: None))

import sys
def hook(u):
    print("unraisable:", u.err_msg, type(u.exc_value).__name__, u.exc_value)
sys.unraisablehook = hook
failing = INTFUNC(lambda i, d, s: 1 / 0)
print(type(failing(1, 1.0, b"")).__name__)

# a function pointer from an address, and the proto with a library
strlen_addr = cast(libc.strlen, c_void_p).value
STRLEN = CFUNCTYPE(c_size_t, c_char_p)
print(STRLEN(strlen_addr)(b"four"))
print(STRLEN(("strlen", libc))(b"seven!!"))
show("bad name", lambda: STRLEN((3, libc)))

# paramflags: an 'out' parameter
libc.strtod.restype = c_double
STRTOD = CFUNCTYPE(c_double, c_char_p, POINTER(c_char_p))
strtod = STRTOD(("strtod", libc), ((1, "s"), (2, "end")))
print(strtod(b"2.5rest"), strtod(s=b"1e3x"))

class Pair(Structure):
    _fields_ = [("a", c_int), ("b", c_double)]

div = libc.div
class DIV(Structure):
    _fields_ = [("quot", c_int), ("rem", c_int)]
div.restype = DIV
div.argtypes = [c_int, c_int]
q = div(17, 5)
print(q.quot, q.rem)
