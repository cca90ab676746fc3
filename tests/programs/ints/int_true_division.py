# True division of ints is correctly rounded even for huge operands; results that overflow or underflow.
print(1 / 3, 2 / 3, 10 / 4, -7 / 2, 7 / -2, 0 / 5, -0 / 5)
print((2 ** 53 + 1) / 1, (2 ** 53 + 3) / 2, (10 ** 30 + 1) / 10 ** 12, 10 ** 100 / 3 ** 200)
print((10 ** 400 + 1) / 10 ** 390, 1 / 10 ** 400, -(1) / 10 ** 400, 2 ** 1100 / 2 ** 1000)
print(123456789123456789123456789 / 987654321987654321, (1 << 1023) / (1 << 1022))
for a, b in [(10 ** 400, 1), (1, 0), (2 ** 2000, 3)]:
    try:
        print(a / b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(sum(1 / n for n in range(1, 50)), 6 / 3 == 2, type(6 / 3).__name__)
