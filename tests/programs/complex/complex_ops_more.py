# More complex arithmetic: powers, division edge cases, conjugate identities, and conversions via __complex__/__float__.
z = complex(1, 1)
print(z ** 2, z ** 3, z ** -1, z ** 0.5, (2 + 0j) ** 10, 1j ** 1j)
print(z * z.conjugate(), abs(z) ** 2, (z * z.conjugate()).real == abs(z) ** 2)
print((1 + 2j) / (3 - 4j), 1 / 1j, 1j / 1e-300, (1e300 + 1e300j) / (1e300 + 1e300j))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(complex(F()), complex(I()), complex(F(), F()), complex(1, I()))
print(complex("1e3-2.5e-1j"), complex("-j"), complex(" 5 "), complex("inf-infj"))
print(sum([1j, 2, 3.5]), (1 + 1j) == (1 + 1j), (1 + 0j) == 1.0, [1j, 2j] == [1j, 2j])
try:
    (0j) ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1j % 2
except TypeError as e:
    print(type(e).__name__, e)
