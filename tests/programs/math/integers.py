# math's exact integer functions: factorial, comb, perm, isqrt, gcd, lcm (big ints, __index__, errors)
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print([math.factorial(n) for n in range(15)])
print(math.factorial(100))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**9 + 7), math.factorial(I(7)), math.factorial(True))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 6), math.comb(0, 0), math.comb(10**20, 3), math.comb(I(6), I(2)))
print(math.perm(10, 3), math.perm(10), math.perm(5, 0), math.perm(5, 6), math.perm(10**20, 2), math.perm(30, 20))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**52 - 1, 2**52, 2**62 + 1]])
print(math.isqrt(10**100), math.isqrt(10**101), math.isqrt(2**127 - 1), math.isqrt(I(50)))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 27), math.gcd(0, 0), math.gcd(0, -5))
print(math.gcd(2**100 * 3, 2**90 * 9), math.gcd(I(14), 21), math.gcd(True, 4))
print(math.lcm(), math.lcm(6), math.lcm(-6), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
print(math.lcm(2**64, 3**40), math.lcm(I(3), 4))
show('factorial(-1)', lambda: math.factorial(-1))
show('factorial(5.0)', lambda: math.factorial(5.0))
show('factorial("5")', lambda: math.factorial("5"))
show('factorial(2**64)', lambda: math.factorial(2**64))
show('comb(-1, 2)', lambda: math.comb(-1, 2))
show('comb(5, -2)', lambda: math.comb(5, -2))
show('comb(5.0, 2)', lambda: math.comb(5.0, 2))
show('comb(2**65, 2**64)', lambda: math.comb(2**65, 2**64))
show('perm(-5)', lambda: math.perm(-5))
show('perm(5, -1)', lambda: math.perm(5, -1))
show('perm(2**65, 2**64)', lambda: math.perm(2**65, 2**64))
show('perm(5, None)', lambda: math.perm(5, None))
show('isqrt(-1)', lambda: math.isqrt(-1))
show('isqrt(2.0)', lambda: math.isqrt(2.0))
show('gcd(1.5)', lambda: math.gcd(1.5))
show('gcd(a=1)', lambda: math.gcd(a=1))
show('lcm(2, 2.0)', lambda: math.lcm(2, 2.0))
for n in range(0, 40, 7):
    print(n, [math.comb(n, k) for k in range(0, n + 1, 5)], sum(math.comb(n, k) for k in range(n + 1)) == 2**n)
