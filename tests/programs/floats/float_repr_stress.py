# Shortest round-trip repr for many pseudo-random doubles (built with float.fromhex from an LCG), plus str/format.
state = 2463534242
def rnd(bits):
    global state
    out = 0
    for _ in range((bits + 31) // 32):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        out = (out << 32) | (state >> 32)
    return out % (1 << bits)
ok = 0
for i in range(400):
    mant = rnd(52)
    exp = rnd(11) % 2046 - 1022
    sign = "-" if rnd(1) else ""
    x = float.fromhex(f"{sign}0x1.{mant:013x}p{exp}")
    r = repr(x)
    ok += float(r) == x
    if i % 8 == 0:
        print(r, f"{x:.17g}", f"{x:e}")
print("round trips:", ok)
for i in range(60):
    a, b = rnd(20) + 1, rnd(16) + 1
    print(a / b, a * 1.0 / b * b == a, (a / b).hex())
