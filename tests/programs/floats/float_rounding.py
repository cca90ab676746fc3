# round() on floats: banker's rounding, ndigits positive and negative, and representation effects.
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 0.125, 0.375, 1.005]:
    print(x, round(x), round(x, 2), round(x, 1))
print(round(123.456, -1), round(123.456, -2), round(-123.456, 0), round(1e20, -19))
print(round(0.1 + 0.2, 15), round(1234.5678, 3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(5e-324, 400), round(1.5, 1000), round(12.5, -1000))
print(int(2.9), int(-2.9), (2.9).__trunc__(), (2.5).__round__(), (-2.5).__floor__(), (-2.5).__ceil__())
