# Big-int arithmetic on pseudo-random operands of many sizes: checks identities and prints results.
state = 88172645463325252
def rnd(bits):
    global state
    out = 0
    for _ in range((bits + 63) // 64):
        state ^= (state << 13) % 2 ** 64
        state ^= state >> 7
        state ^= (state << 17) % 2 ** 64
        out = (out << 64) | state
    return out >> ((bits + 63) // 64 * 64 - bits)
bad = 0
for i in range(120):
    a = rnd(1 + i * 7) * (-1 if i % 3 == 0 else 1)
    b = rnd(1 + (i * 13) % 300) + 1
    if i % 4 == 1:
        b = -b
    q, r = divmod(a, b)
    if q * b + r != a or not (0 <= r < b or b < r <= 0):
        bad += 1
    if (a * b) // b != a or (a + b) - b != a or (a ^ b) ^ b != a or (a & b) | (a & ~b) != a:
        bad += 1
    if i % 10 == 0:
        print(a, b, q, r, a * b, hex(a), a >> 37, a << 19, pow(abs(a) + 2, 3, abs(b) + 5))
print("identity failures:", bad)
x = 1
for i in range(1, 200):
    x = x * i + (-1) ** i
print(x % (10 ** 30 + 57), len(str(x)), str(x)[:40], str(x)[-40:])
print(int(str(x)) == x, int(hex(x), 16) == x, int(bin(x), 2) == x, int(oct(x), 8) == x)
