# Builtin type constructors: bool(), int(), float(), str(), list(), tuple(), dict(), set() with odd inputs.
print(bool(), bool(0), bool("0"), bool([None]), bool(0.0), bool(-0.0), bool(float("nan")))
print(int(), float(), str(), list(), tuple(), dict(), set(), frozenset(), complex(), bytes(), bytearray())
print(int(" 42\n"), float(" 1.5\t"), str(1.0), str(-0.0), list(range(2)), tuple({1: 2}), set("aa"))
print(float("1e3"), float("-.5"), float("5."), float("infinity"), int(float("1e5")))
class WithIndexOnly:
    def __index__(self):
        return 5
print(int(WithIndexOnly()), float(WithIndexOnly()))
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
