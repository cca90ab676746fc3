# list operators: +, *, in, comparison, equality, len, min/max/sum, nesting and aliasing with *.
a = [1, 2, 3]
print(a + [4], a * 2, [0] * 3, [] * 5, 2 in a, 5 not in a, len(a))
print([1, 2] < [1, 2, 3], [2] > [1, 9], [1, [2]] == [1, [2]], [] == [], [1] != [1.0])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
print(min(a), max(a), sum(a), sorted([3, 1, 2], reverse=True), list(reversed(a)))
try:
    a + (4,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * "2"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[3] = 1
except IndexError as e:
    print(type(e).__name__, e)
print(list(), list("abc"), list(range(3)), list({"k": 1}), list((1, 2)))
b = a
b += [9]
print(a, a is b, a == b)
print(repr([1, "a", None, [2.5]]), str([]), [[]] * 2)
r = [1]
r.append(r)
print(r, r == r)
print([1, 2, 3].__len__(), [1, 2].__getitem__(-1), [1, 2].__contains__(3), [3].__add__([4]))
