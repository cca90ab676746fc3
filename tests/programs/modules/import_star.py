# from sys import * at module level (IMPORT_STAR): public names arrive in globals, underscored ones do not.
from sys import *
print("maxsize" in globals(), "exit" in globals(), "_getframe" in globals(), maxsize > 2 ** 31)
print(callable(getrecursionlimit), getrecursionlimit() == __import__("sys").getrecursionlimit())
def inner():
    return version_info[0]
print(inner())
