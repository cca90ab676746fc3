# list.extend and += with various iterables (generators, strings, dicts, sets of ints, ranges, self).
l = []
l.extend(range(3))
l.extend("ab")
l.extend({"k": 1, "j": 2})
l.extend(x * x for x in range(3))
l.extend((9,))
l += {7}
print(l)
l2 = [1, 2]
l2.extend(l2)
l2 += l2
print(l2)
try:
    l.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    l += 5
except TypeError as e:
    print(type(e).__name__, e)
l3 = [0]
l3[len(l3):] = iter([1, 2])
print(l3, list(map(str, l3)), [*l3, *l3])
