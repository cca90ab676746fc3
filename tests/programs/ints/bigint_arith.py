# Arbitrary-precision integer arithmetic across the 64-bit boundary.
a = 2 ** 63
print(a, a - 1, -a, -a - 1)
print(a * a, a * a * a)
print(2 ** 64 + 1, 2 ** 64 - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, 3037000500 * 3037000500)
f = 1
for i in range(1, 31):
    f *= i
print("30!", f)
print(f // 12345678901234567, f % 12345678901234567)
print(-f // 7, -f % 7, f // -7, f % -7)
print(10 ** 40 // 10 ** 20, 10 ** 40 % (10 ** 20 + 1))
print(abs(-10 ** 30), -(10 ** 30) + 10 ** 30)
print((10 ** 20) == 10 ** 20, 10 ** 20 < 10 ** 21, -(10 ** 20) < 5)
print(type(2 ** 100).__name__, 2 ** 100 == 2.0 ** 100)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(-1), hash(-2))
print(123456789 ** 5)
print(divmod(10 ** 25 + 7, 10 ** 12))
print((-2) ** 63, (-2) ** 64)
print(-9223372036854775808 // -1, -9223372036854775808 % -1)
print(abs(-9223372036854775808))
x = 1
for _ in range(100):
    x = x * 3 + 1
print(x)
print(x.bit_length(), x >> 100, x & 0xFFFF)
