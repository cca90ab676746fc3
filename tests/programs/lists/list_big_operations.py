# Larger lists: building 100k elements, slicing with steps, deleting extended slices, reversing, sorting and counting.
l = list(range(100000))
print(len(l), l[-1], sum(l[::1000]), l[99990:], l[-5::2])
del l[::2]
print(len(l), l[:5], l[-2:])
l[::3] = [0] * len(l[::3])
print(sum(l), l[:7])
l.reverse()
print(l[:4], l.index(49997) if 49997 in l else "absent")
m = [i % 97 for i in range(50000)]
m.sort()
print(m[:3], m[-3:], m.count(0), m.count(96))
front = []
for i in range(2000):
    front.insert(0, i)
print(front[:3], front[-3:], len(front))
chunks = [list(range(i, i + 10)) for i in range(0, 1000, 10)]
flat = [x for c in chunks for x in c]
print(flat == list(range(1000)), len(chunks))
