# Float arithmetic details: conversion from int, precision loss, methods and dunders.
print(float(10 ** 20), float(2 ** 53 + 1), float(-7), float(True))
print(0.1 + 0.7, 1e16 + 1, 1e16 + 2, (1e16 + 1) - 1e16)
print(abs(-2.5), -(-0.0), +(-0.0), abs(-0.0))
print((2.5).real, (2.5).imag, (2.5).conjugate())
print((7.0).__floordiv__(2), (7.0).__rmod__(20), (2.0).__rpow__(3), (1.5).__add__(1))
print((1.5).__add__("x"), (1.5).__eq__(1), (1.5).__lt__(2))
print(float.__new__(float, "3.5"), type(float()).__name__, float())
class F(float):
    pass
f = F(2.5)
print(f, type(f).__name__, type(f + 1).__name__, repr(F("1e3")))
print(sum([0.1] * 10), 0.1 * 10)
print(1.0 == 1, 1.5 > 1, 0.5 < True)
print(2 ** 1023 * 2.0)
try:
    2.0 ** 1024
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 398, (10 ** 400) / (10 ** 399))
print(1 / 3 * 3, 7 / 7, 2 ** 60 / 2 ** 30)
