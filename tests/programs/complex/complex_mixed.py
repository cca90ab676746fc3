# complex mixed with int and float, __complex__ and subclasses.
print(1 + 1j + 1.5, 2 * (1 - 1j), 1.0 / (1j), (1 + 2j) * 0.5)
print(abs(-3j), abs(3 + 4j), abs(complex(float("inf"), float("nan"))))
class C:
    def __complex__(self):
        return 2 + 3j
print(complex(C()))
class MyC(complex):
    pass
m = MyC(1, 1)
print(m, type(m).__name__, type(m + 1).__name__)
print(complex("1e400"), complex("-inf+nanj"))
print((1 + 2j) ** 0.5)
print((1e200 + 1e200j) * (1e200 + 1e200j))
for z in [0j, 1 + 0j, -1 - 1j, 1e-10j, 123456789 + 987654321j]:
    print(str(z), repr(z), format(z, ""))
