# f-strings: a backslash before a brace warns "invalid escape sequence" (an error under
# -W error); at most 149 nested f-strings; a final backslash of 'eval' input is an
# "unexpected character after line continuation character".
import warnings

for src in [r"f'\{1}'", r"f'\}'", r"rf'\{1}'", r"f'{1}\}'", r"'\{'"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            print(src, repr(eval(src)), [str(x.message) for x in w])
        except SyntaxError as e:
            print(src, "SyntaxError", e.msg)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "<s>", "eval")
        except SyntaxError as e:
            print("  as error:", e.msg, e.args[1])

def nested(n):
    return "1+1" if n == 0 else 'f"{' + nested(n - 1) + '}"'

for n in (148, 149, 150, 200):
    try:
        print(n, eval(nested(n)))
    except SyntaxError as e:
        print(n, e.msg, e.offset)

for src in ["\\", "\\'a\\'", "\\t3", "x = 1 \\"]:
    for mode in ("eval", "single", "exec"):
        try:
            compile(src, "<s>", mode)
        except SyntaxError as e:
            print(repr(src), mode, e.msg, e.lineno, e.offset, e.end_offset)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(repr(eval(r"f'\{{'")), [str(x.message) for x in w])
