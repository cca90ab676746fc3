# eval and exec builtins with globals/locals dicts, expressions vs statements, and syntax errors.
print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("a + b", {"a": 1, "b": 2}))
ns = {}
exec("def f(x):\n    return x * 10\ny = f(4)", ns)
print(ns["y"], ns["f"](2), sorted(k for k in ns if k != "__builtins__"))
loc = {"v": 5}
exec("w = v + 1", {}, loc)
print(loc)
print(eval("len('abc')"), eval("min(a)", {"a": [3, 1]}), eval("x", {"x": 1}, {"x": 2}))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(exec("1 + 1"), eval("  42  "), eval(compile("3 * 3", "<expr>", "eval")))
code = compile("print('compiled exec')", "<string>", "exec")
exec(code)
