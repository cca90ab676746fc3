# Converting between strings and numbers: str(), int(), float(), repr round trips, formatting to fixed widths.
for n in [0, 7, -42, 10 ** 18, 2 ** 64]:
    s = str(n)
    print(s, int(s) == n, len(s), s.rjust(22, "."))
for f in [0.5, -1.25, 1 / 3, 1e-7, 6.02e23]:
    s = repr(f)
    print(s, float(s) == f, str(f) == s, f"{f:.3e}", f"{f:12.4f}")
print(int("  -12  "), float("  3.5e2 "), int("0b101", 2), int("-0x1f", 16))
print("".join(str(d) for d in range(10)), sum(int(c) for c in "12345"), [int(x) for x in "1,2,3".split(",")])
print(str(True), str(None), int("٣"), float("١.٥"))
print("%d items cost $%.2f" % (3, 9.5), "{} + {} = {}".format(1, 2, 1 + 2))
