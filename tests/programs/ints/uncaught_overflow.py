# An uncaught OverflowError from converting a huge int to float.
x = 10 ** 400
print("converting")
y = float(x)
print(y)
