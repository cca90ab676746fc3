# str/repr/bin/oct/hex of ints and the format mini-language for ints.
for n in (0, 5, -5, 255, -255, 2 ** 70):
    print(str(n), repr(n), bin(n), oct(n), hex(n))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "#o"), format(255, "#b"))
print(format(1234567, ","), format(1234567, "_"), format(0xFFFFFFFF, "_x"), format(1234567, "_b"))
print(format(42, "08d"), format(-42, "08d"), format(42, "+d"), format(42, " d"), format(-42, " d"))
print(f"{42:<8}|{42:>8}|{42:^8}|{42:*^9}|{-42:=8}")
print(f"{65:c}", f"{255:n}", f"{42:e}", f"{42:.2f}", f"{42:%}", f"{42:g}")
print(f"{12345678901234567890:,}", f"{-1234:,d}")
print(f"{True}", f"{True:d}", f"{False!r}", format(True, ""))
for spec in ("s", ".2", "=#x", ",x"):
    try:
        print(format(5, spec))
    except ValueError as e:
        print(type(e).__name__, e)
print(str(-0), str(+7), repr(1_000))
