# Code objects compare as CPython's code_richcompare does: not by file name, nested code alike.
import ast
src = "def f(x):\n    def g(): return x\n    return g\nclass A:\n    def m(self): pass\n"
a = compile(src, "a.py", "exec"); b = compile(ast.parse(src), "b.py", "exec"); c = compile(src, "a.py", "exec")
print(a == b, hash(a) == hash(b), a == c, a.co_consts[0] == b.co_consts[0])
print(compile("x = 1", "f", "exec") == compile("x = 2", "f", "exec"))
print(len({a, b, c}))
