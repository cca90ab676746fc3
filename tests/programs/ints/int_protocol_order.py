# int(x) asks __int__, then __index__, then __trunc__ (deprecated), then parses str,
# bytes and other buffers; an int subclass may override __int__. Compare abstract.c:
# PyNumber_Long.
import sys
import warnings


class MyInt(int):
    def __int__(self):
        return 42


class Idx:
    def __index__(self):
        return 7


class Trunc:
    def __trunc__(self):
        return 3


class TruncIdx:
    def __trunc__(self):
        return Idx()


class SubInt(int):
    pass


class IntReturnsSub:
    def __int__(self):
        return SubInt(5)


class IndexReturnsSub:
    def __index__(self):
        return True


print(int(MyInt(7)), int(Idx()), type(int(SubInt(9))))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(int(Trunc()), int(TruncIdx()))
    r = int(IntReturnsSub())
    print(r, type(r))
    r = int(IndexReturnsSub())
    print(r, type(r))
    for x in w:
        print(x.category.__name__, x.message)
print(int(memoryview(b"123")[1:3]), int(bytearray(b" 17 ")))
for bad in [object(), [1]]:
    try:
        int(bad)
    except TypeError as e:
        print("TypeError:", e)
for base in [2**234, -(2**234), 1, 37]:
    try:
        int("0", base)
    except ValueError as e:
        print("ValueError:", e)
# X.__new__(T) must be the __new__ T would use itself. Compare typeobject.c: tp_new_wrapper.
class A(int):
    pass


class B(A):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


for f, cls in [(int.__new__, bool), (object.__new__, A), (object.__new__, B), (object.__new__, bool)]:
    try:
        f(cls)
    except TypeError as e:
        print("TypeError:", e)
print(int.__new__(B, 4), type(int.__new__(B, 4)).__name__)
