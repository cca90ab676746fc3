# Arity errors of builtin functions and methods name them as CPython does: module functions qualified (sys.exit, math.sqrt), builtins not.
import sys
import math
def show(f, *a):
    try:
        f(*a)
    except TypeError as e:
        print(e)
show(math.sqrt, 1, 2)
show(math.sqrt)
show(math.floor)
show(math.factorial, 1, 2)
show(sys.getrecursionlimit, 1)
show(sys.exception, 1)
show(len, 1, 2)
show(abs)
show(str.upper, "a", 1)
show("a".upper, 1)
show([].append)
show(list.append, [], 1, 2)
show({}.keys, 1)
show(iter)
