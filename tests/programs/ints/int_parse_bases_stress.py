# int(str, base) for every base 2..36 round-trips through a hand-written to_base(), including huge and negative values.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
vals = [0, 1, -1, 35, 36, 255, -1000, 2 ** 64 - 1, -(2 ** 64), 3 ** 100, -(7 ** 77)]
fails = 0
for b in range(2, 37):
    for v in vals:
        s = to_base(v, b)
        if int(s, b) != v or int(s.upper(), b) != v:
            fails += 1
    print(b, to_base(2 ** 40 + 12345, b), int("zz" if b == 36 else "10", b))
print("failures:", fails)
print(int("0x" + to_base(3 ** 100, 16), 0) == 3 ** 100, int("-0b" + to_base(5 ** 30, 2), 0) == -(5 ** 30))
print(format(3 ** 50, "x") == to_base(3 ** 50, 16), format(-(3 ** 50), "o") == to_base(-(3 ** 50), 8))
