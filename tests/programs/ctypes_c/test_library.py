# CDLL(_ctypes_test.__file__): pyvm's Java-written test library (TestLibrary) answers as
# CPython's C one does: integer and float functions, exported variables, callbacks,
# structures and unions by value and by reference, bit fields, missing symbols.
import _ctypes_test
from ctypes import *

dll = CDLL(_ctypes_test.__file__)
print(dll.get_an_integer(), c_int.in_dll(dll, "an_integer").value)
v = c_int.in_dll(dll, "an_integer"); v.value = 7; print(dll.get_an_integer()); v.value = 42
# (The library is loaded once per JVM, like a shared object once per process: an earlier
# program in the same JVM may have left values here.)
c_longlong.in_dll(dll, "last_tf_arg_s").value = 0
c_ulonglong.in_dll(dll, "last_tf_arg_u").value = 0

for code, t in [("b", c_byte), ("B", c_ubyte), ("h", c_short), ("H", c_ushort), ("i", c_int), ("I", c_uint),
                ("l", c_long), ("L", c_ulong), ("q", c_longlong), ("Q", c_ulonglong)]:
    f = getattr(dll, "tf_" + code); f.restype = t; f.argtypes = [t]
    g = getattr(dll, "tf_b" + code); g.restype = t; g.argtypes = [c_byte, t]
    lo, hi = (0, 2 ** (8 * sizeof(t)) - 1) if code.isupper() else (-2 ** (8 * sizeof(t) - 1), 2 ** (8 * sizeof(t) - 1) - 1)
    print(code, f(lo), f(hi), g(0, hi), c_longlong.in_dll(dll, "last_tf_arg_s").value,
          c_ulonglong.in_dll(dll, "last_tf_arg_u").value)
dll.tf_d.restype = c_double; dll.tf_d.argtypes = [c_double]; print(dll.tf_d(42.0))
dll.tf_bf.restype = c_float; dll.tf_bf.argtypes = [c_byte, c_float]; print(dll.tf_bf(0, -42.0))

print(dll._testfunc_callback_i_if(10, CFUNCTYPE(c_int, c_int)(lambda x: x * 2)))
cb = CFUNCTYPE(c_longlong, c_longlong)(lambda x: x + 1)
dll._testfunc_callback_q_qf.restype = c_longlong
print(dll._testfunc_callback_q_qf(c_longlong(2 ** 40), cb))
dll.integrate.restype = c_double
print(round(dll.integrate(c_double(0.0), c_double(1.0), CFUNCTYPE(c_double, c_double)(lambda x: x * x), 100), 6))

class POINT(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]
p, q = POINT(1, 2), POINT()
print(dll._testfunc_byval(p, byref(q)), q.x, q.y)

class S8I(Structure):
    _fields_ = [(c, c_int) for c in "abcdefgh"]
dll.ret_8i_func.restype = S8I; dll.ret_8i_func.argtypes = [S8I]
r = dll.ret_8i_func(S8I(*range(1, 9))); print([getattr(r, c) for c in "abcdefgh"])

class Test4(Union):
    class S(Structure):
        _fields_ = [("an_int", c_int), ("another_int", c_int)]
    _fields_ = [("a_long", c_long), ("a_struct", S)]
u = Test4(); u.a_struct.an_int = 3; u.a_struct.another_int = 4
dll._testfunc_union_by_value1.restype = c_long; dll._testfunc_union_by_value1.argtypes = [Test4]
print(dll._testfunc_union_by_value1(u) == u.a_long + 7, u.a_struct.an_int)
dll._testfunc_union_by_reference2.restype = c_long; dll._testfunc_union_by_reference2.argtypes = [POINTER(Test4)]
print(dll._testfunc_union_by_reference2(byref(u)), u.a_long)

class BITS(Structure):
    _fields_ = [(n, c_int, w) for n, w in zip("ABCDEFGHI", range(1, 10))] + \
               [(n, c_short, w) for n, w in zip("MNOPQRS", range(1, 8))]
b = BITS()
for n, w in zip("ABCDEFGHIMNOPQRS", list(range(1, 10)) + list(range(1, 8))):
    setattr(b, n, -1)
    print(n, dll.unpack_bitfields(byref(b), c_char(n.encode())), end="; ")
print()

for name in ("nosuch",):
    try:
        getattr(dll, name)
    except AttributeError as e:
        print("AttributeError", str(e).endswith(": undefined symbol: " + name))
try:
    c_int.in_dll(dll, "nosuch")
except ValueError as e:
    print("ValueError", str(e).endswith(": undefined symbol: nosuch"))
dll.my_strdup.restype = c_char_p
print(dll.my_strdup(b"abc"), dll.my_strchr(b"xyz", ord("y")) != 0)
print(_ctypes_test.func(), _ctypes_test.func_si("a", 1))
