# divmod, pow and round builtins with ints, floats and negative values.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1))
print(pow(2, 8), pow(2, -2), pow(2, 8, 5), pow(-2, 3), pow(2.5, 2), pow(4, 0.5))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(25, -1), round(35, -1), round(0.5 + 1e-9))
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
