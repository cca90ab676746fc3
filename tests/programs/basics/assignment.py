# Assignment forms: chained, tuple, swap, starred, subscript and attribute targets.
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "ab"
print(s, t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(4)
print(init, last)
h, *mid, tl = "hello"
print(h, mid, tl)
lst = [0, 0, 0]
lst[0], lst[2] = 7, 9
print(lst)
i = 0
i, lst[i] = 1, 5
print(i, lst)
class O: pass
o = O()
o.a, o.b = 1, 2
print(o.a, o.b)
d = {}
d["k"] = d["j"] = []
d["k"].append(1)
print(d)
lst[1:2] = [8, 8, 8]
print(lst)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    u, *v, w = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    u, v = 5
except TypeError as e:
    print(type(e).__name__, e)
