# An uncaught ValueError from max() of an empty sequence inside a helper.
def biggest(xs):
    return max(xs)
print(biggest([4, 9, 2]))
print(biggest([]))
