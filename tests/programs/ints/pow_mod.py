# Three-argument pow, negative exponents, modular inverses and errors.
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 1000000007))
print(pow(2, -1), pow(-2, -2), pow(2.0, 3))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3, 11))
print(pow(5, 0, 1), pow(5, 3, -7), pow(-5, 3, 7))
print(pow(10 ** 30, 10 ** 10, 97))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 1.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(base=2, exp=5, mod=7))
print((-8) ** 2, -8 ** 2, 2 ** 0.5)
print(pow(0, 0), 0 ** 0.0, pow(-1, 10 ** 20))
