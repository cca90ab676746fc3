# __del__ of instances still alive when the program ends runs at interpreter teardown
# (pylifecycle.c: finalize_modules), after the atexit callbacks, with
# sys.is_finalizing() true.
import atexit
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, sys.is_finalizing(), flush=True)


class Holder:
    __slots__ = ("item",)

    def __init__(self, item):
        self.item = item

    def __del__(self):
        print("del holder of", self.item, flush=True)


first = Noisy("first")
second = Noisy("second")
holder = Holder(42)
atexit.register(print, "atexit callback", flush=True)
print("end of program", sys.is_finalizing())
