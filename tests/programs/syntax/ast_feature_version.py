# ast.parse(feature_version=(3, N)): syntax newer than 3.N is a SyntaxError saying which
# version brought it; before 3.7 'async' and 'await' are names outside 'async def'.
import ast

SOURCES = [
    "async = 12\nawait = 13\n",
    "async def foo(xs):\n    [x async for x in xs]\n",
    "async def f():\n    await x\n    async with a: pass\n    async for x in y: pass\nasync = 1\n",
    "a = b @ c\n",
    "a @= c\n",
    "a = 42_42\n",
    "x: int = 1\n",
    "(x): int\n",
    "(x := 0)\n",
    "def f(a, /): pass\n",
    "lambda a=1, /: 0\n",
    "with (a): pass\n",
    "with (a as b): pass\n",
    "with a as b: pass\n",
    "match x:\n case 1: pass\n",
    "try: pass\nexcept* E: pass\n",
    "type X = int\n",
    "def f[T](): pass\n",
    "f'{x}'\n",
]

for src in SOURCES:
    results = []
    for minor in range(4, 13):
        try:
            ast.parse(src, feature_version=(3, minor))
            results.append((minor, "ok"))
        except SyntaxError as e:
            results.append((minor, e.msg, e.lineno, e.offset, e.end_offset))
    print(repr(src))
    for r in results:
        print("  ", r)
