# Matrix operations with nested lists: multiply, transpose, identity, power, determinant with fractions of ints.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def mpow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
a = [[1, 2], [3, 4]]
b = [[0, 1], [1, 0]]
print(matmul(a, b), transpose([[1, 2, 3], [4, 5, 6]]), identity(3))
print(mpow([[1, 1], [1, 0]], 50)[0][1])
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)), det([[1, 2], [2, 4]]))
for row in mpow(a, 5):
    print(" ".join(f"{v:>6}" for v in row))
