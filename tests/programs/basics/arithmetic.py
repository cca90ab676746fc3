# Integer and float arithmetic operators, precedence and unary operators.
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 7 ** 2)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(2 ** -1, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-(-3), +3, ~5, ~-1, not 0)
print(10 / 4, 10 / 5, type(10 / 5).__name__)
print(1 + 2.0, 3 * 1.5, 7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(True + True, True * 10, False - 1)
print(1 - 2 - 3, 100 / 10 / 5, 2 * 3 % 4)
for a, b in [(5, 0), (5.0, 0), (5, 0.0)]:
    for op, fn in (("/", lambda: a / b), ("//", lambda: a // b), ("%", lambda: a % b)):
        try:
            r = fn()
            print(op, r)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("pow", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("fpow", e)
print((-8) ** (1/3))
print(3 % 1.5, 1e300 * 1e300, -1e300 * 1e300)
