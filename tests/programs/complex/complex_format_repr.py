# repr/str/format of complex numbers: signs of zero parts, nan/inf parts, precision, alignment and the 'g' default.
vals = [complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), complex(1.5, 0), complex(0, 1e-20),
        complex(1e20, 1e-5), complex(float("inf"), -1), complex(float("nan"), float("nan")), complex(2, 3) / 3]
for z in vals:
    print(repr(z), str(z), format(z, ".3g"), format(z, "e"), format(z, ">30"), format(z, "+.1f"))
print(f"{1 + 2j:*^20}", f"{-1.5 - 0.25j:.2f}", f"{3j:}", f"{complex(1, -1)!r:>10}")
try:
    format(1j, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1j, "=10")
except ValueError as e:
    print(type(e).__name__, e)
