# int() from strings in various bases, floats, and its error messages.
print(int(), int(42), int(-3.9), int(3.9), int("  17  "), int("-0"), int("+5"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("1_000", 0))
print(int("z", 36), int("Z", 36), int("101", 2), int("777", 8), int("1_2_3"))
print(int(True), int("١٢٣"), int(b"42"), int(bytearray(b"-9")))
print(int("9" * 50))
print(int(1e20), int(-1.5e18), int(2.5), int(-2.5))
for s, base in [("", 10), ("abc", 10), ("12", 2), ("0x10", 10), ("1__0", 10), ("_1", 10),
                ("010", 0), ("1.5", 10), ("5", 1), ("5", 37), (" ", 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [float("inf"), float("nan"), None, [1]]:
    try:
        print(int(v))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int("0", 0), int("00", 0), int("0_0", 0))
class Idx:
    def __index__(self):
        return 7
class Intable:
    def __int__(self):
        return 9
print(int(Idx()), int(Intable()))
