# math constants and the everyday functions: sqrt, exp, log, trig, with exact reprs
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0))
for x in [0.0, 0.5, 1.0, 2.0, 10.0, 123.456, 1e-300, 1e300]:
    print(x, math.sqrt(x), math.exp(min(x, 700)), math.log(x) if x > 0 else None, math.log10(x) if x > 0 else None,
          math.log2(x) if x > 0 else None, math.log1p(x), math.expm1(min(x, 700)))
for x in [0.0, 0.1, 0.5, 1.0, 1.5, 3.0, -2.5, 100.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x))
for x in [-1.0, -0.5, 0.0, 0.25, 1.0]:
    print(x, math.asin(x), math.acos(x), math.atanh(x) if abs(x) < 1 else None, math.asinh(x))
for x in [1.0, 1.5, 10.0, 1e10]:
    print(x, math.acosh(x), math.cbrt(x), math.cbrt(-x), math.exp2(x if x < 1000 else 10))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1))
print(math.pow(2, 10), math.pow(2.5, 3.5), math.pow(-8, 3), math.pow(4, 0.5), math.pow(10, -3))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.fabs(-3), math.fabs(-0.0), math.copysign(3, -0.0), math.copysign(-2.5, 1))
print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(10.5, -3), math.remainder(10, 3), math.remainder(11, 2),
      math.remainder(-7.5, 2))
print(math.erf(0.5), math.erfc(0.5), math.erf(-2), math.erfc(3), math.gamma(5), math.gamma(0.5), math.lgamma(10),
      math.lgamma(-2.5), math.gamma(-1.5))
print(math.sqrt(2) ** 2, math.hypot(3, 4), math.hypot(1, 1, 1, 1), math.dist((1, 2), (4, 6)))
print(math.exp(1) == math.e, math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(1, 10))
print(math.sqrt(True), math.exp(False), math.sin(3), math.cos(10**15))
