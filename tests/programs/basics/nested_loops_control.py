# Nested loops with flags, break out of inner, continue outer via for-else, and loop variables after loops.
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    else:
        continue
    break
print("found", found)
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
count = 0
i = 0
while i < 5:
    j = 0
    while j < 5:
        j += 1
        if (i + j) % 2:
            continue
        count += 1
    i += 1
print(count, i, j)
for k in range(3):
    pass
print("k after loop", k)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
diag = []
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if r == c:
            diag.append(v)
print(diag)
