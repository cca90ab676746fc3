# Dict growth and shrinkage: many inserts, mass deletion, re-insertion order, and lookups of int and str keys.
d = {}
for i in range(20000):
    d[i] = i * 2
print(len(d), d[0], d[19999], sum(d.values()) % 1000003)
for i in range(0, 20000, 3):
    del d[i]
for i in range(0, 20000, 5):
    d.pop(i, None)
print(len(d), list(d)[:8], list(d)[-3:])
for i in range(0, 30, 3):
    d[i] = "back"
print(list(d.items())[-5:], 3 in d, 6 in d, 5 in d)
s = {}
for i in range(5000):
    s["key%d" % i] = i
for i in range(0, 5000, 2):
    del s["key%d" % i]
print(len(s), s["key4999"], "key4998" in s, list(s)[:3])
s.clear()
s["fresh"] = 1
print(s, len(d) + len(s))
big = {(i, str(i)): i for i in range(3000)}
print(big[(2999, "2999")], len(big), sum(1 for k in big if k[0] % 2))
