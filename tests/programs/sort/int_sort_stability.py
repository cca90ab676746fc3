# list.sort/sorted of exact ints (the packed value/position sort for ints of 32 bits, the general one
# beyond): stability for equal keys, reverse=True keeping equal keys in their first order, mixed sizes
import random
random.seed(5)
class K:
    def __init__(s, v): s.v = v
for n in [0, 1, 2, 3, 10, 100, 1000]:
    for rng in [3, 1000, 2**31 - 1, 2**40]:
        xs = [random.randrange(-rng, rng) for _ in range(n)]
        objs = [K(x) for x in xs]
        for rev in (False, True):
            s1 = sorted(xs, reverse=rev)
            # stability: ints of equal value but distinct identity, tracked with keys
            order = sorted(range(n), key=lambda i: xs[i], reverse=rev)
            objs_sorted = sorted(objs, key=lambda o: o.v, reverse=rev)
            print(n, rng, rev, hash(tuple(s1)), hash(tuple(order)), [objs.index(o) for o in objs_sorted][:20])
big = [2**31, -2**31, 2**31 - 1, -2**31 + 1, 0, -1, 2**63, -2**64]
print(sorted(big), sorted(big, reverse=True))
l = [3, 1, 2]; l.sort(reverse=True); print(l)
a = [1000, 1000]; print([x is a[0] for x in sorted(a)])
