# select.select reads a list argument live: an item's fileno() that shortens the list
# stops the scan at the new length (selectmodule.c: seq2set), tuples are taken whole.
import os
import select
r, w = os.pipe()
a = []
class F:
    def fileno(self):
        del a[-1]
        return w
a[:] = [F()] * 10
res = select.select([], a, [])
print(len(res[1]), len(a), res[1] == a[:5])
t = tuple([F()] * 3)
a[:] = [0] * 10
res = select.select([], t, [], 0)
print(len(res[1]), len(a))
os.close(r)
os.close(w)
