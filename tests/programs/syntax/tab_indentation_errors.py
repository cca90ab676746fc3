# Indentation errors reported by compile(): inconsistent tabs and spaces (TabError), dedent mismatches, empty blocks.
cases = [
    "if True:\n\tx = 1\n        y = 2\n",
    "if True:\n        x = 1\n\ty = 2\n",
    "if True:\n    x = 1\n  y = 2\n",
    "def f():\n    pass\n  return\n",
    "for x in y:\n",
    "class C:\n\n",
    "while True:\n# only a comment\n",
    "try:\n    pass\nexcept:\npass\n",
    "if 1:\n\tif 2:\n\t\tx = 3\n\telse:\n\t\tx = 4\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "-> compiles")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, "|", e.msg, "|", e.lineno)
