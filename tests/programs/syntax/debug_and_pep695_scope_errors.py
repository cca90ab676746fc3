# Assigning __debug__ (attribute, keyword, annotation, parameters) and walrus, yield or await
# in the scopes of PEP 695 (TypeVar bounds, type aliases, generic definitions) are
# SyntaxErrors from the compiler and symbol table.
for src in ["obj.__debug__ = 1", "f(__debug__=1)", "__debug__: int", "def f(*, x=lambda __debug__:0): pass",
            "def f(*args:(lambda __debug__:0)): pass", "def f(**__debug__): pass", "def f(*xx, __debug__): pass",
            "def f(__debug__): pass", "lambda __debug__: 0", "type A[T: (x:=3)] = int", "type A[T: (yield 3)] = int",
            "type A[T: (await 3)] = int", "type A = (yield from [])", "type A = (x := 3)", "class A[T]((x := 3)): ...",
            "class A[T]((await 3)): ...", "def f[T](x: (y := 3)): pass", "def f[T]() -> (yield): pass",
            "class A[T: (x := 1)]: pass", "obj.__debug__ += 1", "del obj.__debug__"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
