# An uncaught NameError at module level: traceback on stderr and exit status 1.
print("before")
def helper():
    return undefined_name + 1
def outer():
    return helper()
outer()
print("not reached")
