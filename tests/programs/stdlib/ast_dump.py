# ast.parse and ast.dump(include_attributes=True) over a wide sample of 3.12 syntax:
# every statement and expression kind, patterns, type parameters, f-strings, async,
# decorators, lambdas, comprehensions; positions are UTF-8 byte columns.
import ast

SAMPLES = [
    "x = 1\n",
    "a, *b = c = d\n",
    "x: int = 5\ny: 'str'\n(z): int\n",
    "x += 1; y -= 2; z @= w; q //= 3; r **= 2; s >>= 1; t <<= 1; u |= 1; v ^= 1; w &= 1; o %= 2; p /= 2; m *= 2\n",
    "del a, b[0], c.d\n",
    "import os, os.path as p\nfrom . import x\nfrom ..m import (a as b, c)\nfrom m import *\n",
    "global g\ndef f():\n    nonlocal n\n",
    "assert x, 'msg'\nraise E from None\nraise\n",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
    "while x:\n    break\nelse:\n    continue\n",
    "for i, j in items:\n    pass\nelse:\n    pass\n",
    "try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept* ValueError as eg:\n    pass\n",
    "with a as b, c:\n    pass\nwith (d as e, f):\n    pass\n",
    "@dec\n@dec2(1)\ndef f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    'doc'\n    return a\n",
    "class C(B, metaclass=M):\n    x = 1\n    def m(self): ...\n",
    "async def f():\n    await x\n    async for i in y:\n        pass\n    async with z as w:\n        pass\n    return [i async for i in y]\n",
    "def g():\n    yield\n    yield 1\n    x = yield from y\n",
    "lambda: 0\nlambda x, *y, z=1, **k: x\n",
    "[x for x in y if x if not x]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x for y in z for x in y)\n",
    "a if b else c\na and b or c\nnot a\n-a\n+a\n~a\n",
    "a < b <= c > d >= e == f != g is h is not i in j not in k\n",
    "a + b - c * d / e // f % g ** h @ i << j >> k | l ^ m & n\n",
    "f(a, *b, c=1, **d)\nx.y.z\nx[1:2:3]\nx[1:2, ::3]\nx[...]\n",
    "(x := 5)\n",
    "{1: 2, **d}\n{1, 2}\n[1, 2]\n(1, 2)\n()\n",
    "f'a{b!r:>{w}}c{d=}e{f!s}'\n'a' 'b'\nb'x' b'y'\nu'x'\n",
    "1\n1.5\n1j\n10**100\nTrue\nNone\n...\n0x1F\n1_000\n",
    "'\u00e9t\u00e9' + x  # col offsets are bytes\ny = '\u4e2d'; z = 1\n",
    "match p:\n    case 0 | 1:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) as pt:\n        pass\n    case None:\n        pass\n    case -1 + 2j:\n        pass\n    case str() if p:\n        pass\n    case _:\n        pass\n",
    "type Alias[T: int, *Ts, **P] = list[T]\ndef f[T](x: T) -> T: pass\nclass K[T]: pass\n",
    "def f(*, a): pass\ndef g(a=1, /): pass\n",
    "x = \\\n  1\nif (a and\n    b):\n    pass\n",
]

for src in SAMPLES:
    print(ast.dump(ast.parse(src), include_attributes=True))

# Modes: eval and single, and the compile() flag.
print(ast.dump(ast.parse("1 + x", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(compile("a.b", "<s>", "exec", ast.PyCF_ONLY_AST)))
print(ast.dump(ast.parse(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n"), include_attributes=True))

# dump's other options.
t = ast.parse("def f(x=None):\n    return [x, 1]\n")
print(ast.dump(t))
print(ast.dump(t, annotate_fields=False))
print(ast.dump(t, indent=2))
print(ast.dump(t, indent="\t", include_attributes=True))

# Syntax errors are the parser's.
for bad in ["x = ", "f(**)", "def f(:\n", "  x = 1\n"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

# Walking: counts of node classes, get_docstring, increment_lineno, copy_location.
t = ast.parse("def f():\n    '''Doc\n    string.'''\n    return 1\nclass C:\n    'cdoc'\n")
print(sorted({type(n).__name__ for n in ast.walk(t)}))
print(repr(ast.get_docstring(t.body[0], clean=False)), repr(ast.get_docstring(t.body[1], clean=False)))
ast.increment_lineno(t, 10)
print(t.body[0].lineno, t.body[0].end_lineno, t.body[1].body[0].value.lineno)
print([type(n).__name__ for n in ast.iter_child_nodes(t.body[0])])
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse("x").body[0].value)])
src = "a = 1\nb = f(a,\n      2)\n"
t = ast.parse(src)
print(repr(ast.get_source_segment(src, t.body[1].value)))

# mode 'func_type': the signature type comments of PEP 484.
for sig in ['() -> int', '(int, *str) -> bool', '(a, b, *c, **d) -> e', '(**k) -> None', '(a,) -> b']:
    try:
        print(ast.dump(ast.parse(sig, mode='func_type'), include_attributes=True))
    except SyntaxError as e:
        print('SyntaxError', e.msg)
