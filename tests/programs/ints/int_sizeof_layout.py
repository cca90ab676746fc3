# int.__sizeof__, type.__basicsize__/__itemsize__ and sys.getsizeof follow CPython's int
# layout as sys.int_info describes it (30-bit digits of 4 bytes, at least one digit).
import sys

BASE = 2 ** sys.int_info.bits_per_digit
print(int.__itemsize__ == sys.int_info.sizeof_digit, int.__basicsize__, bool.__basicsize__, bool.__itemsize__)
for v in (0, 1, -1, BASE - 1, 1 - BASE, BASE, -BASE, BASE * BASE - 1, BASE * BASE, 10 ** 100, True):
    print(v.__sizeof__(), sys.getsizeof(v), int.__sizeof__(v))


class MyInt(int):
    pass


class Slotted:
    __slots__ = ("a", "b")


class More(Slotted):
    __slots__ = ("c", "__dict__", "__weakref__")


class Plain:
    pass


print(MyInt.__basicsize__, MyInt.__itemsize__, MyInt(5).__sizeof__(), sys.getsizeof(MyInt(5)))
print(object.__basicsize__, Plain.__basicsize__, Slotted.__basicsize__, More.__basicsize__, More.__itemsize__)
print(tuple.__basicsize__, tuple.__itemsize__, type.__basicsize__, type.__itemsize__)
for t, attr in ((Plain, "__basicsize__"), (Plain, "__itemsize__"), (int, "__basicsize__")):
    try:
        setattr(t, attr, 3)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
for attr in ("__flags__", "__doc__", "__name__", "__mro__"):
    try:
        setattr(int, attr, 0)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        delattr(float, attr)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
