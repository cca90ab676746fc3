# The simple C types: values, wrap-around, conversions and their errors, from_param.
import ctypes
from ctypes import *


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


names = ("c_byte c_ubyte c_short c_ushort c_int c_uint c_long c_ulong c_longlong c_ulonglong "
         "c_float c_double c_longdouble c_bool c_char c_wchar c_char_p c_wchar_p c_void_p "
         "py_object c_size_t c_ssize_t c_int8 c_uint16 c_int32 c_uint64").split()
for n in names:
    t = getattr(ctypes, n)
    print(n, t._type_, sizeof(t), alignment(t), repr(t()) if n != "py_object" else "")

for t in (c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_longlong, c_ulonglong):
    print(t.__name__, t(-1).value, t(2 ** 64 + 5).value, t(300).value)

show("int from str", lambda: c_int("a"))
show("int from float", lambda: c_int(1.5))
show("double from str", lambda: c_double("x"))
show("double", lambda: c_double(3).value)
show("float rounding", lambda: c_float(0.1).value)
show("char", lambda: c_char(b"x").value)
show("char from int", lambda: c_char(65).value)
show("char too long", lambda: c_char(b"ab"))
show("char from str", lambda: c_char("a"))
show("wchar", lambda: c_wchar("\u20ac").value)
show("wchar from bytes", lambda: c_wchar(b"a"))
show("wchar too long", lambda: c_wchar("ab"))
show("char_p", lambda: c_char_p(b"hello").value)
show("char_p None", lambda: c_char_p().value)
show("char_p float", lambda: c_char_p(3.0))
show("wchar_p", lambda: c_wchar_p("h\u00e9llo").value)
show("wchar_p bytes", lambda: c_wchar_p(b"a"))
show("void_p", lambda: c_void_p(1234).value)
show("void_p None", lambda: c_void_p().value)
show("void_p str", lambda: c_void_p("a"))
show("bool", lambda: (c_bool(5).value, c_bool(0).value, c_bool([]).value))
show("py_object", lambda: py_object([1, 2]).value)
show("py_object NULL", lambda: py_object().value)
show("repr", lambda: (c_int(5), c_double(1.5), c_bool(True), c_char(b"z")))
show("too many args", lambda: c_int(1, 2))
show("bool()", lambda: (bool(c_int(0)), bool(c_int(7)), bool(c_double(0.0))))
show("equality is identity", lambda: c_int(1) == c_int(1))
show("hash", lambda: hash(c_int(1)))

class MyInt(c_int):
    pass

show("subclass value", lambda: MyInt(42).value)
show("subclass repr", lambda: repr(MyInt(42)).split(" object")[0])
show("from_outparam", lambda: (c_int(3).__ctypes_from_outparam__(), type(MyInt(3).__ctypes_from_outparam__()).__name__))

show("from_param int", lambda: c_int.from_param(5))
show("from_param ubyte", lambda: c_ubyte.from_param(200))
show("from_param char", lambda: (c_char.from_param(b"a"), c_char.from_param(1)))
show("from_param double", lambda: c_double.from_param(1))
show("from_param bad", lambda: c_int.from_param("x"))
show("from_param instance", lambda: type(c_int.from_param(c_int(4))).__name__)
show("from_param None", lambda: c_void_p.from_param(None))
show("char_p from_param wrong", lambda: c_char_p.from_param(3))

class AsParam:
    _as_parameter_ = 17

show("as_parameter", lambda: c_int.from_param(AsParam()))

# byte order twins
print(c_int.__ctype_be__.__name__, c_int.__ctype_le__ is c_int, c_byte.__ctype_be__ is c_byte)
be = c_int.__ctype_be__(0x01020304)
print(be.value, bytes(be).hex(), bytes(c_int(0x01020304)).hex())
show("be double", lambda: bytes(c_double.__ctype_be__(1.0)).hex())
show("no be for bool", lambda: hasattr(c_bool, "__ctype_be__"))

# the _type_ checks of the metaclass
def make(code):
    class X(ctypes._SimpleCData):
        _type_ = code
    return X

show("bad _type_", lambda: make("y"))
show("long _type_", lambda: make("ii"))
show("non-str _type_", lambda: make(3))
