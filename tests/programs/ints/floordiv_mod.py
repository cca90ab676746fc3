# Floor division, modulo and divmod signs for ints and floats.
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 5, -5):
        print(a, b, a // b, a % b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2))
print(divmod(1, 0.3))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(-0.0 % 5, 0.0 % -5, 5 % float("inf"), -5 % float("inf"))
print(5 // float("inf"), -5 // float("inf"))
print(True // 2, 7 % True)
