# Numeric literal forms: underscores in all bases, exponent forms, leading zeros allowed only for zero, imaginary literals (invalid forms: syntax/syntax_errors).
print(1_000_000, 0x_dead_beef, 0o_7_7, 0b_1010_1010, 1_0.0_1, 1e1_0, 0.000_001, 1_0j)
print(00, 0_0, 0.0, 00.5, 0e0, 0j, 0.j, .0j)
print(0xFFFFFFFFFFFFFFFFFFFF, 0o777777777777777777777777, 0b1111111111111111111111111111111111111111111111111111111111111111)
print(1E5, 1e-5, 1.5E+3, 123e0, 9999999999999999.0, 0.1e1, 10e-1)
