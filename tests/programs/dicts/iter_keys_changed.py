# Dict iteration notices keys that changed under it; list/tuple.index clamp huge bounds.
d = {0: 0}
try:
    for i in d:
        del d[0]
        d[0] = 0
except RuntimeError as e: print("RuntimeError", e)
d = {1: 1, 2: 2}
it = iter(d); next(it)
print(list(it), [1,2,3].index(3, -2**100, 2**100), (1,2).index(2, 0, 2**70))
