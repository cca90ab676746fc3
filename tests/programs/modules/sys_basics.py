# The sys module: argv, version_info, maxsize, byteorder, platform-free facts, stdout/stderr objects, modules.
import sys
print(len(sys.argv), "sys_basics.py" in sys.argv[0])  # also true when run as sys_basics.pyc
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 12), type(sys.version_info).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"), sys.maxunicode)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf)
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__)
print(hasattr(sys.stdout, "write"), sys.stdout.encoding, sys.getdefaultencoding())
sys.stdout.write("written directly\n")
sys.stderr.write("")
print(sys.implementation.name in ("cpython", "pyvm"), type(sys.path).__name__, sys.flags.optimize)
print(sys.intern("abc") == "abc", sys.getrecursionlimit() > 0, callable(sys.exit))
