# Two's-complement semantics of bitwise ops on negative and big ints, checked with De Morgan identities.
state = 31337
def rnd(bits):
    global state
    out = 0
    for _ in range((bits + 30) // 31):
        state = (state * 1103515245 + 12345) % 2 ** 31
        out = (out << 31) | state
    return out % (1 << bits)
fails = 0
samples = []
for i in range(300):
    a = rnd(1 + i % 200) * (-1 if i % 2 else 1)
    b = rnd(1 + (i * 7) % 150) * (-1 if i % 3 == 0 else 1)
    s = i % 90
    checks = [
        (a & b) == ~(~a | ~b), (a | b) == ~(~a & ~b), (a ^ b) == ((a | b) & ~(a & b)),
        (a >> s) == a // (1 << s), (a << s) == a * (1 << s), ~a == -a - 1, (a ^ a) == 0, (a & -1) == a,
    ]
    fails += checks.count(False)
    if i % 30 == 0:
        samples.append((a & b, a | b, a ^ b, a >> s, ~b))
print("identity failures:", fails)
for smp in samples:
    print(smp)
print(-1 & 0xFF, -256 & 0xFF, -(2 ** 100) & 0xFFFF, -(2 ** 100) | 1, (-2 ** 100) >> 99, -7 >> 1, -1 >> 1000, ~(2 ** 80))
