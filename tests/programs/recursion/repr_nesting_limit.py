# Nested containers' reprs count against the C recursion limit (1500, PyObject_Repr), not
# sys.getrecursionlimit(); a dict view's repr formats a list, one level more
import sys
for n in [900, 1100, 1490, 1510, 3000]:
    l = []
    for i in range(n): l = [l]
    d = {}
    for i in range(n): d = {1: d}
    v = {}
    for i in range(n // 2): v = {42: v.values()}
    t = ()
    for i in range(n): t = (t,)
    res = []
    for obj in (l, d, v, t):
        try: res.append(len(repr(obj)))
        except RecursionError as e: res.append('RE')
    print(n, res)
