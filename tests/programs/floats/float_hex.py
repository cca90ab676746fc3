# float.hex, float.fromhex, as_integer_ratio and is_integer.
for x in [1.0, 0.5, 0.1, -2.75, 0.0, -0.0, 1e300, 5e-324, 3.0, 1/3]:
    print(repr(x), x.hex(), float.fromhex(x.hex()) == x, x.as_integer_ratio(), x.is_integer())
for s in ["0x1p0", "0x1.8p1", "-0x.8p-1", "0X1P+4", "1", "0x1.fffffffffffffp1023", " 0x10 ", "inf", "-nan"]:
    print(s, float.fromhex(s))
for s in ["0x1p2000", "zz", "0x"]:
    try:
        print(float.fromhex(s))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for v in [float("inf"), float("nan")]:
    try:
        print(v.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float.fromhex("0x1p-1074"), float.fromhex("0x1p-1075"), float.fromhex("0x3p-1076"))
