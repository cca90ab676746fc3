# A keyword argument whose value is followed by a for clause (invalid_kwarg's
# NAME '=' expression for_if_clauses): CPython suggests '==' or ':=', pointing at NAME '='.
for src in ["dict(a = i for i in range(10))", "f(x, a = i for i in y if i)", "f(a = i async for i in y)",
            "f(a=1, b = i for i in y)", "class C(a = i for i in y): pass", "f(a = 1)"]:
    try:
        compile(src, "<s>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
