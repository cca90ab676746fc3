# _testcapi's PyFloat_* functions: checks, FromString, AsDouble, GetInfo/Max/Min and the
# Pack/Unpack of binary16/32/64 in both byte orders.
import math
import _testcapi as t

class F(float):
    def __float__(self):
        return 0.5

class Idx:
    def __index__(self):
        return 7

def show(f, *args):
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for o in (1.5, F(2.5), 3, "x"):
    show(t.float_check, o)
    show(t.float_checkexact, o)
    show(t.float_asdouble, o)
for o in ("4.25", b"4.25", bytearray(b" 1e3 "), memoryview(b"4.255")[:-1], memoryview(b"4.25")[::2], "x", 4.25,
          "4.25\0"):
    show(t.float_fromstring, o)
show(t.float_asdouble, Idx())
show(t.float_asdouble, None)
show(t.float_fromdouble, 4.25)
print(t.float_getinfo().max == t.float_getmax(), t.float_getmin())
for size in (2, 4, 8, 3):
    for le in (0, 1):
        for v in (1.5, math.pi, -0.0, float("inf"), 1e10):
            try:
                data = t.float_pack(size, v, le)
                print(size, le, v, data, t.float_unpack(data, le))
            except Exception as e:
                print(size, le, v, type(e).__name__, e)
show(t.float_unpack, b"abc", 0)
