# sys.stdlib_module_names: a frozenset of CPython 3.12's standard-library module names.
import sys

names = sys.stdlib_module_names
print(type(names).__name__, len(names))
for n in ["os", "sys", "_datetime", "asyncio", "tomllib", "winreg", "numpy", "test"]:
    print(n, n in names)
print(sorted(names)[:5])
