# Shortest round-trip repr of floats, str of floats, exponents and small/large magnitudes.
for x in [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1.0, 100.0, 1e16, 1e15, 1.5e16, 123456789012345678.0,
          1e-4, 1e-5, 0.0001234, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
          -0.0, 1e22, 1e23, 9007199254740993.0, 0.30000000000000004, 3.14159]:
    print(repr(x), str(x), float(repr(x)) == x)
print(1e300 * 10, -1e308 * 10)
print(float("1e-400"), float("-1e-400"))
print(0.1 * 3, 1.1 + 2.2, 3.3 * 3, 1 - 0.9)
print(2.0 ** 0.5, 10 / 3, 1e308 + 1e308)
