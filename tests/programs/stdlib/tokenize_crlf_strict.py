# tokenize keeps "\r\n" line ends in NEWLINE/NL tokens and lines; its extra-tokens stream
# lets a stray closing bracket through, while _tokenize without extra tokens checks
# identifiers and leading zeros; a newline ends a single-quoted f-string's format spec.
import io, tokenize
from tokenize import _generate_tokens_from_c_tokenizer as c_tokens

for src in ["if True:\r\n    # NL\r\n    foo='bar'\r\n\r\n", "x = 1 + \\\r\n1\r\n", "); x",
            "f'__{\n    x:d\n}__'", "s = '''a\r\nb'''\r\n"]:
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            print(tokenize.tok_name[t.type], repr(t.string), t.start, t.end, repr(t.line))
    except tokenize.TokenError as e:
        print("TokenError", e)
    print()

for case in ["\xa0", "\u20ac", "012", "1_", "]", "(1+2]", "1abc", "x = 1"]:
    try:
        print(repr(case), [tokenize.tok_name[t.type] for t in c_tokens(io.StringIO(case).readline)])
    except tokenize.TokenError as e:
        print(repr(case), "TokenError", e)

x = 5
print(repr(eval("f'__{\n    x:d\n}__'")), repr(eval("f'{x:\n}'")))
