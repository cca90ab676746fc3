# Float/int boundaries: 2**53, int(float) truncation, float(int) rounding (half-even), huge int comparisons.
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 53 + 2), float(2 ** 53 + 3))
print(int(2.0 ** 63), int(-2.0 ** 63), int(1.9999999999999998), int(-0.9))
print(float(2 ** 1023), float(-(2 ** 1000)))
print(2 ** 53 == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1), (2 ** 53 + 1) < float(2 ** 53 + 2))
print(int(1e300) == 10 ** 300, int(1e300) % 10 ** 10, 10 ** 300 < 1e301)
for n in [0.5, 1.5, 2.5, -0.5, 1e-320]:
    print(n, n.as_integer_ratio(), int(n), round(n))
print(float("9007199254740993"), float("0.1000000000000000055511151231257827"))
