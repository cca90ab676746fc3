# Number theory with builtins only: gcd, lcm, extended Euclid, modular inverse via pow, primality, factorization.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def factor(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), lcm(4, 6), lcm(21, 6), lcm(0, 3))
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
print(pow(17, -1, 3120), 17 * pow(17, -1, 3120) % 3120)
print(factor(360), factor(97), factor(2 ** 16 + 1), factor(600851475143))
print([n for n in range(2, 60) if factor(n) == [n]])
print(gcd(2 ** 100, 6 ** 50), lcm(2 ** 64, 3 ** 40))
