# Instances still alive when the program ends get their __del__ run at exit, after the
# atexit functions, with builtins and modules still usable.
import atexit
import builtins
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name, len(self.name), sorted(vars(self)))


class Pair(tuple):
    def __del__(self):
        print("pair", tuple(self))


first = Resource("first")
second = Resource("second")
second.extra = True
pair = Pair((1, 2))
builtins.kept = sys.modules[__name__]
atexit.register(print, "atexit runs first")
print("end of program")
