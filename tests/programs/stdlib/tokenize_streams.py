# tokenize.tokenize (bytes), tokenize.generate_tokens (str) and the parser's token stream
# (extra_tokens=False) over _tokenize.TokenizerIter.
import io, tokenize, token
from tokenize import _generate_tokens_from_c_tokenizer as c_tokens

SOURCE = '''# -*- coding: utf-8 -*-
"""Doc."""
import os  # comment
def f(a, *, b=1) -> int:
    if a:
        return f"x{a!r:>{b}}y" + 'caf\u00e9'
    s = """two
lines"""
    x = [1,
         2]  \\
        + [3]
    return 0x1F + 1_000 + 1.5j


async def g():
    await x
'''

for t in tokenize.tokenize(io.BytesIO(SOURCE.encode()).readline):
    print(token.tok_name[t.type], repr(t.string), t.start, t.end, repr(t.line))

print("-- generate_tokens, no final newline")
for t in tokenize.generate_tokens(io.StringIO("x = (1,\n  2)\nif x:\n  pass").readline):
    print(t)

print("-- parser tokens")
for t in c_tokens(io.StringIO("if a <= b:  # c\n    y = await z\n").readline):
    print(token.tok_name[t.type], repr(t.string), t.start, t.end)

print("-- encodings")
for enc in ("utf-8", "latin-1", "utf-16"):
    it = c_tokens(iter(["s = 'é'\n".encode(enc)]).__next__, encoding=enc, extra_tokens=True)
    print(enc, [t.string for t in it])

print("-- errors")
for src in ["x = (1,\n", "def f():\n    a\n  b\n", "'''abc\n"]:
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            pass
        print("no error")
    except (tokenize.TokenError, SyntaxError) as e:
        print(type(e).__name__, e.args)
try:
    list(c_tokens(iter([b"x"]).__next__, extra_tokens=True))
except TypeError as e:
    print("TypeError", e)
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO("a  =  b(1 ,2)\n").readline)))
