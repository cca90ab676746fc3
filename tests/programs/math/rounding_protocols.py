# floor, ceil, trunc through __floor__/__ceil__/__trunc__; __float__ and __index__ arguments; frexp, modf, ldexp
import math

class Num:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'

class Fl:
    def __float__(self):
        return 2.75

class Ix:
    def __index__(self):
        return 3

class MyInt(int):
    pass

class MyFloat(float):
    pass

for x in [2.5, -2.5, 0.0, -0.0, 1e20, -1e20, 3, -3, True, 2**80, MyInt(7), MyFloat(-1.5), Fl(), Ix()]:
    print(repr(x) if not isinstance(x, (Fl, Ix)) else type(x).__name__, math.floor(x), math.ceil(x),
          math.trunc(x) if not isinstance(x, (Fl, Ix)) else '-', type(math.floor(x)).__name__)
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))
print(math.sqrt(Fl()), math.sqrt(Ix()), math.exp(Ix()), math.pow(Fl(), Ix()), math.isnan(Fl()), math.hypot(Ix(), 4))
# subnormal results are printed as multiples of 2**-1074 (their repr is another area's topic)
T = 2.0 ** -1074
for x in [1.0, 0.5, 10.0, -3.75, 2.2250738585072014e-308, 1e308, 0.0, -0.0, math.inf, math.nan]:
    print(x, math.frexp(x), math.modf(x))
print(math.frexp(T), math.frexp(-3 * T), math.modf(T)[0] / T, math.modf(-7 * T)[0] / T)
print(math.ldexp(0.75, -1074) / T, math.ldexp(0.75, -1075) / T, math.ldexp(1.0, -1075) / T, math.ldexp(1.5, -1074) / T,
      math.ldexp(2.5, -1074) / T, math.ldexp(1.25, -1073) / T, math.ldexp(-0.5, -1074), math.ldexp(0.5000001, -1074) / T)
for x, i in [(1.0, 10), (1.5, 1023), (-1.0, 1024 - 1), (3.0, 0),
             (1e-300, 500), (1.0, -10**10), (0.0, 10**10), (math.inf, -5), (2.0, MyInt(3)), (True, False)]:
    try:
        print(x, i, math.ldexp(x, i))
    except OverflowError as e:
        print(x, i, 'OverflowError', e)
print(math.ulp(1.0), math.ulp(-1.0), math.ulp(0.0) / T, math.ulp(1e308), math.ulp(math.inf), math.ulp(T) / T,
      math.ulp(2.0**52), math.ulp(math.nan))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0) / T, math.nextafter(1.0, 1.0),
      math.nextafter(math.inf, 0), math.nextafter(1.0, math.nan))
print(math.nextafter(1.0, 2.0, steps=0), math.nextafter(1.0, 2.0, steps=10), math.nextafter(0.0, 1.0, steps=3) / T,
      math.nextafter(-T, 1.0, steps=3) / T, math.nextafter(1.0, 1.5, steps=2**70), math.nextafter(-1.0, 1.0, steps=2**62))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9),
      math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan),
      math.isclose(1, 1.05, rel_tol=0.1))
