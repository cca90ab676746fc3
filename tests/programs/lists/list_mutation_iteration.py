# Mutating a list while iterating, list iterators, and list identity after operations.
l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
src = [1, 2, 3]
it2 = iter(src)
next(it2)
src.append(4)
print(list(it2))
r = reversed([1, 2, 3])
print(next(r), list(r))
l2 = [0]
for i in range(5):
    l2 += [i]
print(l2)
stack = []
for ch in "(()())":
    if ch == "(":
        stack.append(ch)
    else:
        stack.pop()
print("balanced", not stack)
queue = [1, 2, 3]
while queue:
    print("q", queue.pop(0))
print(sum([[1], [2, 3]], []))
