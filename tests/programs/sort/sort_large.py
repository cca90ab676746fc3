# Sorting larger pseudo-random data from a linear congruential generator, checking order properties.
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed
data = [rnd() % 1000 for _ in range(2000)]
s = sorted(data)
print(s[:10], s[-5:], len(s), all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
print(sum(data) == sum(s), sorted(data, reverse=True)[:5])
pairs = [(rnd() % 10, i) for i in range(500)]
sp = sorted(pairs, key=lambda p: p[0])
print(all(sp[i][1] < sp[i + 1][1] for i in range(len(sp) - 1) if sp[i][0] == sp[i + 1][0]))
strs = [str(rnd()) for _ in range(300)]
ss = sorted(strs)
print(ss[:3], ss[-2:])
ds = sorted(range(100), key=lambda x: (x % 7, -x))
print(ds[:12])
data.sort()
print(data == s)
already = list(range(1000))
already.sort(reverse=True)
print(already[:3], already[-3:])
