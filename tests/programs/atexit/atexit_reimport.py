# atexit's callbacks belong to the interpreter (CPython's interp->atexit): a module
# imported again after it left sys.modules shares them, and they run at exit even when
# no atexit module is in sys.modules then.
import sys
import atexit as atexit1

del sys.modules["atexit"]
import atexit as atexit2

del sys.modules["atexit"]

print(atexit2 is not atexit1)
atexit1.register(print, "atexit1")
atexit2.register(print, "atexit2")
print(atexit1._ncallbacks(), atexit2._ncallbacks())
atexit2.unregister(print)
print(atexit1._ncallbacks())
atexit1.register(print, "again")
print("end")
