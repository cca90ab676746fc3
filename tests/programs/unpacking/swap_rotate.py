# Tuple packing/unpacking for swaps and rotations, with evaluation order of the right side first.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
l = [10, 20, 30]
l[0], l[2] = l[2], l[0]
print(l)
i = 0
i, l[i] = 2, 99
print(i, l)
x = [0, 1]
x[0], x[x[0]] = 1, 5
print(x)
def f():
    print("rhs evaluated")
    return 1, 2
m, n = f()
print(m, n)
p = q = [1]
p, q = q, p
print(p is q)
