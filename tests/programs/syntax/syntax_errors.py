# SyntaxError messages from compile(): CPython's wording (and line/offset) is the specification for pyvm's compiler.
cases = [
    "1__0", "1_", "0x_", "01", "1e", "0b2", "0o8", "1.2.3",
    "x = (1, 2", "x = 1)", "if x\n    pass", "def f(:\n    pass", "print 'hello'",
    "'unterminated", '"""never closed', "x = $", "a b c",
    "return 1", "break", "continue", "yield 1", "await x", "nonlocal x",
    "1 = x", "f() = 1", "None = 1", "x + 1 = 2", "del 1", "(a, b) += 1",
    "f(x=1, 2)", "f(**k, *a)", "def f(a, a): pass", "def f(a=1, b): pass", "lambda: (yield)",
    "[x := 1 for x in range(3)]", "class C:\n    [(w := v) for v in range(2)]",
    "if x = 1: pass", "f'{}'", "f'{x!z}'", "x = 1 if 2", "import", "from x import", "a[1:2:3:4]",
    "try:\n    pass\n", "def f():\n    x = 1\n    global x", "with a as 1: pass", "for 1 in x: pass",
    "*a = 1", "a, *b, *c = d", "print(*)", "{**}", "x = [1, 2", "def f():\nreturn",
    "  x = 1", "if 1:\n  a\n    b", "match x:\n    case 1 + 1j + 1:\n        pass", "match x:\n    case y:\n        pass\n    case 1:\n        pass",
    "async def f():\n    yield from x", "def f():\n    async with x: pass", "True = 1", "__debug__ = 1",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "-> compiles")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, "|", e.msg, "|", e.lineno, e.offset)
