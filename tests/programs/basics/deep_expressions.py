# Deeply nested and wide expressions: 100 nested parentheses, long operator chains, big unpacking, chained calls.
x = ((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))
print(x)
y = 1 + 2 - 3 + 4 - 5 + 6 - 7 + 8 - 9 + 10 - 11 + 12 - 13 + 14 - 15 + 16 - 17 + 18 - 19 + 20 - 21 + 22 - 23 + 24 - 25 + 26 - 27 + 28 - 29 + 30
print(y)
z = [[[[[[[[[[["deep"]]]]]]]]]]]
print(z[0][0][0][0][0][0][0][0][0][0][0])
a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, *rest = range(40)
print(a0, a19, rest)
s = "  Hello, World  ".strip().lower().replace("world", "there").title().center(20, "*").strip("*").split(",")
print(s)
f = lambda v: v + 1
print(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(0)))))))))))))))))))))
print((lambda: (lambda: (lambda: (lambda: "nested lambdas")())())())())
cond = 1 if 0 else 2 if 0 else 3 if 0 else 4 if 0 else 5 if 0 else 6 if 1 else 7
print(cond)
t = (1, (2, (3, (4, (5, (6, (7, (8, (9, (10,))))))))))
depth = 0
while isinstance(t, tuple):
    depth += 1
    t = t[-1]
print(depth, t)
print(not not not not not not not not not not True, - - - - - - - - - 1)
