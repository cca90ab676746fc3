# Implicit numeric conversions in mixed arithmetic: bool -> int -> float -> complex.
vals = [True, 3, 2.5, 1 + 1j]
for a in vals:
    print(" ".join(f"{type(a + b).__name__:>7}" for b in vals))
print(True + 1.5, 3 * (1 + 0j), 7 // 2.0, 7 / 2, 2 ** 0.5 * 2 ** 0.5, 10 ** -2)
print(int(7.9) + float(2), complex(1) * 2, divmod(7.0, 2), round(7 / 3, 4))
print(1 == 1.0 == 1 + 0j, hash(1) == hash(1.0) == hash(1 + 0j), {1, 1.0, 1 + 0j})
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1e-320 / 10)
