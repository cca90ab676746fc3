# Operator precedence: not/and/or, comparisons vs bitwise, unary minus vs power, lambda and conditional.
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ 3 & 4, 1 | (2 ^ 3) & 4)
print(1 + 2 << 3, 1 + (2 << 3), 2 * 3 ** 2, -3 ** 2, (-3) ** 2, 2 ** -1)
print(1 < 2 == 2, (1 < 2) == 2, 1 & 3 == 1, (1 & 3) == 1)
print(True or False and False, (True or False) and False)
print(3 if 0 else 4 if 1 else 5, 1 + 2 if False else 10)
print(~1 + 1, -~1, not not 5, - - 5, +-+1)
print(10 - 3 - 2, 2 ** 2 ** 3, 100 // 10 // 3, 64 / 4 / 2, 7 % 4 % 2)
f = lambda x: x + 1 if x else 0
print(f(0), f(5))
print("a" "b" * 2, ("a" + "b") * 2, [1] * 2 + [3])
print(1 in [1] == True, (1 in [1]) == True)
print(5 > 3 and "yes" or "no", 0 > 3 and "yes" or "no")
x = 5
print(x > 3 == True, (x > 3) == True)
