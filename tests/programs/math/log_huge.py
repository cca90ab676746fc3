# math.log, log2, log10 of ints beyond the float range, and logarithms with a base
import math

for n in [1, 2, 10, 2**53 + 1, 10**22, 2**1023, 2**1024, 10**308, 10**309, 10**400, 7**1000, 2**10000, 3**100000]:
    print(n.bit_length(), math.log(n), math.log2(n), math.log10(n))
print(math.log(10**1000, 10), math.log(2**5000, 2), math.log(10**500, 10**250), math.log(3**700, 3**350))
print(math.log(8, 2), math.log(100, 10), math.log(0.125, 2), math.log(1000, 10), math.log(2, 8), math.log(5, 0.5))
print(math.log10(1000), math.log10(1e-5), math.log2(1024), math.log2(0.1), math.log2(2**-1074))
for bad in [0, -1, -10**400, 0.0, -0.5]:
    try:
        print(math.log(bad))
    except ValueError as e:
        print(bad if bad > -10**30 else 'huge negative', 'ValueError', e)
try:
    print(math.log(10**400, 1))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(math.log(True), math.log10(True), math.log(10**400, 10**400), math.log1p(10**300))
