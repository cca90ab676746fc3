# while loops with break, continue and else clauses.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while else runs when no break")
n = 0
while True:
    n += 1
    if n > 3:
        break
print("n", n)
j = 10
while j > 0:
    j -= 3
    if j == 4:
        print("breaking at", j)
        break
else:
    print("no")
k = 0
while k < 0:
    print("never")
else:
    print("else of empty while")
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    print("outer", outer, "inner", inner)
    outer += 1
