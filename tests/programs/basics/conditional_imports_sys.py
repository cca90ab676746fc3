# import forms with sys only: import sys, import sys as alias, from sys import names, import inside functions.
import sys
import sys as system
from sys import maxsize, version_info as vi
print(sys is system, maxsize == sys.maxsize, vi[0])
def lazy():
    import sys as s
    return s.getrecursionlimit() == sys.getrecursionlimit()
print(lazy())
from sys import getrecursionlimit
print(getrecursionlimit() > 0)
try:
    from sys import does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print(type(sys).__name__, sys.__name__)
