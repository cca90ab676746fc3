# The default excepthook shows source lines of files that declare their encoding (line 1,
# or line 2 after a comment or blank line), offers no "Did you mean" for UnboundLocalError,
# and ends the carets of a SyntaxError spanning lines at the end of its first line.
import io, os, sys, tempfile

def hook_output(exc):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        sys.excepthook(type(exc), exc, exc.__traceback__)
        return sys.stderr.getvalue()
    finally:
        sys.stderr = saved

tmp = tempfile.mkdtemp()
cases = [
    ("# coding: iso-8859-1\n", "iso-8859-1", "h\xe9 ho"),
    ("#!shebang\n# coding: iso-8859-1\n", "iso-8859-1", "h\xe9 ho"),
    (" \t\f\n# coding: gbk\n", "gbk", "\u4e02\u5100"),
    ("x = 0\n# coding: gbk\n", "utf-8", "h\xe9 ho"),
]
for i, (head, enc, msg) in enumerate(cases):
    path = os.path.join(tmp, "enc%d.py" % i)
    with open(path, "w", encoding=enc) as f:
        f.write(head + "if 1:\n    raise RuntimeError(%r)\n" % msg)
    code = compile(open(path, "rb").read(), path, "exec")
    try:
        exec(code, {})
    except RuntimeError as e:
        out = hook_output(e)
        print(repr(out.replace(tmp, "TMP").splitlines()[-2:]))

def unbound():
    something = 1
    print(somethong)
    somethong = 2

class A:
    blech = 1
    def m(self):
        print(blech)
        blech = 2

for f in (unbound, A().m):
    try:
        f()
    except UnboundLocalError as e:
        print(repr(e.name), hook_output(e).splitlines()[-1])

def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, repr(e.name))
    value = 1
outer()

code = "def foo(*args):\n    pass\n\nfoo(a, z\n        for z in\n            range(10), b, c)\n"
try:
    compile(code, "?", "exec")
except SyntaxError as e:
    print(e.args)
    print("\n".join(hook_output(e).splitlines()[-4:]))
try:
    compile(code.encode(), "?", "exec")
except SyntaxError as e:
    print(e.args)
