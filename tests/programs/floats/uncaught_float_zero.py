# Uncaught ZeroDivisionError in a float computation inside a function.
def mean(xs):
    return sum(xs) / len(xs)
print(mean([1.0, 2.0, 4.5]))
print(mean([]))
