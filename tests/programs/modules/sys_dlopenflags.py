# sys.getdlopenflags / sys.setdlopenflags keep a C int (RTLD_NOW at start on Linux).
import os, sys

old = sys.getdlopenflags()
print(old == os.RTLD_NOW)
sys.setdlopenflags(os.RTLD_NOW | os.RTLD_GLOBAL)
print(sys.getdlopenflags() == os.RTLD_NOW | os.RTLD_GLOBAL)
sys.setdlopenflags(old)
print(sys.getdlopenflags() == old)
for bad in [2**31, -2**31 - 1, 2**70, 1.5, 'x']:
    try:
        sys.setdlopenflags(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for call in [lambda: sys.getdlopenflags(42), lambda: sys.setdlopenflags()]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(sys.getdlopenflags() == old)
