# compile() modes 'exec', 'eval' and 'single' (expression statements echoed through sys.displayhook, kept in _),
# __future__ flags passed and inherited, dont_inherit, code attributes, and exec/eval namespaces.
import sys
exec(compile("1 + 1\n", "<single>", "single"))
exec(compile("None", "<single>", "single"))
try:
    compile("1\n2\n", "<single>", "single")
except SyntaxError as ex:
    print(ex.msg)
print("underscore:", _)
exec(compile("if True:\n    'a' * 2\n    x = 5\n    x\n", "<s>", "single"))
exec(compile("def f():\n    7\nf()\n", "<s>", "exec"))
shown = []
sys.displayhook = shown.append
exec(compile("[1, 2]", "<s>", "single"))
exec(compile("for i in range(3): i\n", "<s>", "single"))
sys.displayhook = sys.__displayhook__
print("hooked:", shown)
e = compile("a * b", "expr.py", "eval")
print(e.co_filename, e.co_name, e.co_names, eval(e, {"a": 6, "b": 7}))
ANNOTATIONS = 0x1000000
c = compile("def g(x: undefined_name): pass\n", "<ann>", "exec", ANNOTATIONS)
ns = {}
exec(c, ns)
print("postponed:", ns["g"].__annotations__, bool(c.co_flags & ANNOTATIONS))
print("plain:", bool(compile("x", "<p>", "exec").co_flags & ANNOTATIONS))
exec(compile("inner = compile('y', '<i>', 'exec').co_flags & 0x1000000", "<outer>", "exec", ANNOTATIONS), ns)
print("inherited:", bool(ns["inner"]))
exec(compile("inner = compile('y', '<i>', 'exec', dont_inherit=True).co_flags & 0x1000000", "<o>", "exec",
             ANNOTATIONS), ns)
print("not inherited:", bool(ns["inner"]))
g = {}
exec("z = 1", g)
print(sorted(g), type(g["__builtins__"]).__name__)
def local_scope():
    q = 3
    return eval("q + 1"), eval("q", {"q": 10}), eval("q", None, {"q": 20})
print(local_scope())
print(eval(b"2 ** 10"), eval(bytearray(b"'bytes source'")), eval("\t  'lead'"))
print(exec(compile("v = 9", "<c>", "exec"), g), g["v"])
try:
    eval(compile("import sys", "<c>", "exec"))
    print("eval of exec code returns None")
except Exception as ex:
    print(type(ex).__name__, ex)
