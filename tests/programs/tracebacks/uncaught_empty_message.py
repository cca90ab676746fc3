# An uncaught exception with no arguments: the last traceback line is just the type name, with no colon.
def check(x):
    if x is None:
        raise ValueError()
    return x
print(check(1))
check(None)
