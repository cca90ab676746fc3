# ast.parse(type_comments=True): "# type:" comments on assignments, for and with
# statements, function signatures and single parameters; "# type: ignore" lines;
# misplaced type comments are syntax errors.
import ast

SOURCES = [
    "a = 0  # type: int\n",
    "a = b = f()  #type:List[int]\n",
    "def foo():\n    # type: () -> int\n    pass\n\ndef bar():  # type: () -> None\n    pass\n",
    "async def foo():\n    # type: () -> int\n    return await bar()\n",
    "def fa(\n    a = 1,  # type: A\n    b,  # type: B\n    *v,  # type: V\n    k=2,  # type: K\n    **kw  # type: KW\n):\n    pass\n",
    "def fb(\n    a,  # type: A\n    /,\n    b  # type: B\n):\n    pass\n",
    "for a in []:  # type: int\n    pass\n",
    "with context() as a:  # type: int\n    pass\n",
    "with (a, b):  # type: int\n    pass\n",
    "def foo():\n    pass  # type: ignore\n    x = 1 # type: ignore[excuse]\n#type:ignore whatever\n",
    "def foo():\n    pass  # type: ignore=x\n    pass  # type: ignore whatever\n",
    "def f(*,  # type: int\n  a): pass\n",
    "def foo():  # type: () -> int\n    # type: () -> str\n    return ''\n",
    "pass  # type: int\n",
    "x += 1  # type: int\n",
    "while True:  # type: int\n  continue\n",
    "pass  # type: ignorewhatever\n",
    "pass  # type: ignore\u00e9\n",
    "x = 1\n# type: int\ny = 2\n",
]

for src in SOURCES:
    print(repr(src))
    try:
        tree = ast.parse(src, type_comments=True)
        print(ast.dump(tree, include_attributes=True))
    except SyntaxError as e:
        print("  SyntaxError:", e.msg, e.args[1][1:3])
    # without the flag, type comments are plain comments
    tree = ast.parse(src)
    print("  plain:", [getattr(n, "type_comment", None) for n in ast.walk(tree)
                       if getattr(n, "type_comment", None) is not None], tree.type_ignores)

print(ast.dump(ast.parse("(int, *str, **Any) -> float", mode="func_type")))
tree = compile("x = 1  # type: int\n", "<s>", "exec", ast.PyCF_TYPE_COMMENTS | ast.PyCF_ONLY_AST)
print(tree.body[0].type_comment)
