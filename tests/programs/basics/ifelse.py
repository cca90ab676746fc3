# if/elif/else chains and conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
for n in range(6):
    print(n, "even" if n % 2 == 0 else "odd", "big" if n > 3 else "small" if n > 1 else "tiny")
if 1:
    if 0:
        print("no")
    else:
        print("nested else")
x = 3
if x == 1: print("one")
elif x == 3: print("three")
if (y := x * 2) > 5:
    print("walrus in if", y)
if not []:
    pass
else:
    print("unreachable")
print("end")
