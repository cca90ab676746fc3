# Sorting pseudo-random data: results checked against a simple insertion sort, stability with keys, and reverse.
state = 4242
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
def insertion(xs, key=lambda x: x):
    out = []
    for x in xs:
        i = len(out)
        while i > 0 and key(out[i - 1]) > key(x):
            i -= 1
        out.insert(i, x)
    return out
bad = 0
for trial in range(40):
    n = rnd(60)
    data = [(rnd(8), i) for i in range(n)]
    if sorted(data, key=lambda t: t[0]) != insertion(data, key=lambda t: t[0]):
        bad += 1
    rev = sorted(data, key=lambda t: t[0], reverse=True)
    if [t[0] for t in rev] != sorted((t[0] for t in data), reverse=True):
        bad += 1
    for a, b in zip(rev, rev[1:]):
        if a[0] == b[0] and a[1] > b[1]:
            bad += 1
print("failures:", bad)
floats = [rnd(1000) / 7 - 50 for _ in range(200)]
s = sorted(floats)
print(s[:5], s[-3:], all(a <= b for a, b in zip(s, s[1:])))
words = ["".join(chr(97 + rnd(5)) for _ in range(rnd(4) + 1)) for _ in range(40)]
print(sorted(words)[:10], sorted(words, key=len)[:10])
