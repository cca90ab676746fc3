# The smallest program: a call to print with a few argument kinds.
print("hello, world")
print(1, 2.5, None, True, sep=", ", end="!\n")
