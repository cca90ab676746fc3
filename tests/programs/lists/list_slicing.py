# list slicing: reads, slice assignment of different sizes, extended slices and deletion.
l = list(range(10))
print(l[2:5], l[::3], l[::-1], l[-3:], l[8:2:-2], l[5:1])
m = l[:]
m[2:5] = ["a"]
print(m)
m[1:1] = [100, 200]
print(m)
m[:] = "xyz"
print(m)
n = list(range(10))
n[::2] = [0] * 5
print(n)
n[1::2] = "abcde"
print(n)
try:
    n[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del n[::3]
print(n)
n[-2:] = []
print(n)
n[len(n):] = [7, 8]
print(n)
try:
    n[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
p = [1, 2, 3]
p[5:10] = [9]
print(p)
p[-10:1] = ["start"]
print(p)
q = [1, 2, 3, 4]
q[3:1] = ["ins"]
print(q)
r = [1, 2, 3]
r[1:2] = r
print(r)
