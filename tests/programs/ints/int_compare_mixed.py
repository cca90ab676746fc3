# Comparisons and equality between ints, floats, bools and big values.
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > float("inf"), 10 ** 400 < float("inf"), -10 ** 400 > float("-inf"))
print(1 < float("nan"), 1 > float("nan"), 1 == float("nan"))
print(True == 1.0, False < 0.5, 3 > True)
print(max(1, 2.0, True), min(-1, -1.0), max(2.0, 2), max(2, 2.0))
print(hash(1) == hash(1.0) == hash(True), hash(0.5), hash(-1.0))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print(sorted([3, 1.5, True, -2, 0.0, 2 ** 65]))
print(9007199254740993 == 9007199254740992.0, 9007199254740993 < 9007199254740994.0)
