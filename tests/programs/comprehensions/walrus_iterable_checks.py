# Assignment expressions and a comprehension's iterable / iteration variables (symtable.c):
# no walrus anywhere in the outermost iterable, even inside a lambda or a comprehension
# nested there; a name only read in the target (c in c[i]) is no iteration variable.
cases = [
    "[i for i in (i := range(5))]",
    "[i for i in (lambda:(j := range(5)))()]",
    "[i for i in [j for j in range(5) if (j := True)]]",
    "[i for i in [(j := True) for j in range(5)]]",
    "{i for i in (lambda:(j := range(5)))()}",
    "[(c := 1) for a, (*b, c[d+e::f(g)], h.i) in j]",
    "[(h := 1) for a, (*b, c[d+e::f(g)], h.i) in j]",
    "[(b := 1) for a, (*b, c[d+e::f(g)], h.i) in j]",
    "[i := 0 for i in range(5)]",
    "[(j := 0) for i in range(5) for j in range(5)]",
]
for code in cases:
    for wrap in ("{}", "lambda: {}"):
        try:
            compile(wrap.format(code), "<s>", "exec")
            print("ok", wrap.format(code))
        except SyntaxError as e:
            print(e.msg, e.offset, e.end_offset)
