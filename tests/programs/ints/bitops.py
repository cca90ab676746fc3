# Bitwise operators, shifts with negative and big numbers, and error cases.
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~0b1100)
print(-1 & 0xFF, -256 | 3, -5 ^ 3, ~(-5))
print(1 << 0, 1 << 10, 1 << 64, 1 << 100, -1 << 70)
print(1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 100, (1 << 100) >> 98)
print((2 ** 70 - 1) & 2 ** 65, (2 ** 70) | 1, -(2 ** 70) ^ -1)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
for bad in (-1,):
    try:
        print(1 << bad)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(1 >> bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(1 << 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
print(0 << 10000, 0 >> 10000)
