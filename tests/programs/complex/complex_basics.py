# complex numbers: construction, arithmetic, repr, attributes and errors.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), repr(z))
print(complex(1, 2), complex(), complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-1.5e3j"))
print(complex(2), complex(1.5, -0.0), complex(1j, 1j), -0j, 0j * -1)
print(z + 1, z - 1j, z * z, z / 2, z / (1 + 1j), z ** 2, (1j) ** 2, 1j ** 0)
print(z == 3 + 4j, z == complex(3, 4), 3 + 0j == 3, z != 3)
print(repr(complex(0, 1)), repr(complex(-0.0, 1)), repr(complex(1, float("inf"))), repr(complex(float("nan"), 0)))
print(hash(3 + 0j) == hash(3), hash(1j))
for bad in ["1+", "abc", "1+2i", "(1+2j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
print(format(1 + 2j, ".2f"), format(1.5 - 2j, "^20"), f"{3j:g}", f"{(1+1j)!r}")
print(pow(1j, 2), 2 ** 1j, (1 + 2j).__add__(1), (2j).__rsub__(1))
print(bool(0j), bool(1e-300j), complex(True), 1j.imag)
