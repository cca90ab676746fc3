# bool is an int subclass: arithmetic, repr, bitwise results, indexing, sum and counting with bools.
print(True + True, True * 5, True / 2, True // 2, -True, True ** 10, True << 3, int(True), float(False))
print(repr(True), str(False), True & 1, type(True & 1).__name__, type(True | False).__name__, type(~True).__name__)
print(["a", "b"][True], "xyz"[False], sum([True, False, True]), [1, 2, 3].count(True), {True: "t"}[1])
print(isinstance(True, int), bool.__bases__, True.real, True.numerator, True.bit_length(), (5).__bool__())
print(max(True, 0.5), min(False, -1), sorted([True, 0, -1, 2, False]))
try:
    type("B", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
print(True == 1 == 1.0, hash(True) == hash(1), f"{True:>5}", f"{True:d}", format(False, "b"))
