# for loops over sequences, ranges, strings, dicts with break/continue/else.
for x in [1, 2, 3]:
    print(x, end=" ")
print()
for c in "héllo":
    print(c, end="|")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for k in {"a": 1, "b": 2}:
    print(k)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("for else ran")
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
print("x after loop", x)
for x in []:
    pass
else:
    print("else of empty for")
total = 0
for i in range(100):
    if i % 3:
        continue
    total += i
print(total)
lst = [1, 2, 3]
for item in lst:
    if item < 3:
        lst.append(item + 10)
print(lst)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print((i, j), end="")
print()
