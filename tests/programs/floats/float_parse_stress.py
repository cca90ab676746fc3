# float() parsing must round correctly: hard decimal strings, long digit strings, subnormals, overflow to inf.
cases = ["0.1", "0.2", "0.3", "1e23", "8.98846567431158e307", "1.7976931348623157e308", "1.7976931348623159e308",
         "2.2250738585072011e-308", "2.2250738585072014e-308", "4.9e-324", "2.4e-324", "2.5e-324", "1e-400",
         "9007199254740993", "9007199254740995", "123456789012345678901234567890", "0.000000000000000000001",
         "3.14159265358979323846264338327950288419716939937510", "1" + "0" * 400 + "e-400", "0." + "0" * 300 + "1e300",
         "4.35679090805395e-311", "7.2057594037927933e16", "-0", "+0.0e-10", "1_000.000_1", "  \t12.5\n"]
for s in cases:
    f = float(s)
    print(repr(s[:40]), repr(f), f.hex())
state = 5
def rnd(n):
    global state
    state = (state * 48271) % 2147483647
    return state % n
ok = 0
for _ in range(500):
    digits = "".join(str(rnd(10)) for _ in range(rnd(25) + 1))
    s = f"{digits[:1]}.{digits[1:] or '0'}e{rnd(600) - 300}"
    f = float(s)
    ok += float(repr(f)) == f
print("round-trip ok:", ok)
