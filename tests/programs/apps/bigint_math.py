# Big-integer math by hand: factorials, binomials, integer square root by Newton's method, digits of e.
def isqrt(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y
def binom(n, k):
    r = 1
    for i in range(1, k + 1):
        r = r * (n - i + 1) // i
    return r
def e_digits(n):
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)
f = 1
for i in range(2, 101):
    f *= i
print(len(str(f)), sum(int(d) for d in str(f)), str(f)[:20])
print(binom(100, 50), binom(10, 3), [binom(6, k) for k in range(7)])
print(isqrt(2 * 10 ** 60), isqrt(10 ** 100) == 10 ** 50, isqrt(99), isqrt(100))
print(e_digits(60))
print(pow(3, 10 ** 5, 10 ** 9 + 7), (2 ** 521 - 1) % 1000003)
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print(a % 10 ** 20, len(str(a)))
