# locals(), vars(), dir(), eval() and f_locals inside a comprehension inlined into a module or
# class body (PEP 709) see its iteration variable; the namespace itself does not get it.
SRC = r"""
import sys
l = [1, 2]
y = 0
items = [locals()["x"] for x in l]
items2 = [vars()["x"] for x in l]
items3 = [("x" in dir()) for x in l]
items4 = [eval("x") for x in l]
[exec("y = x") for x in l]
val = [sys._getframe().f_locals for a in [0]][0]["a"]
print(items, items2, items3, items4, y, val, "x" in globals(), "a" in globals())
class C:
    l = [3, 4]
    items = [locals()["x"] for x in l]
    val = [sys._getframe().f_locals for a in [0]][0]["a"]
    print(items, val, "x" in locals())
"""
exec(SRC, {})
