# Uncaught RecursionError: the traceback collapses the repeated frames and the status is 1.
def count_down(n):
    return count_down(n - 1)
print("recursing")
count_down(10)
