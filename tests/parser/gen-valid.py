"""Writes tests/parser/valid/NAME.py (edge-case sources written here: encodings, line
endings, every statement and expression form) and NAME.dump, what CPython 3.12's
ast.dump(ast.parse(source, NAME.py), include_attributes=True) gives for each (or its
exception). Run: tests/cpython312 tests/parser/gen-valid.py"""
import ast, os, warnings

warnings.simplefilter('ignore')
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'valid')
cases = {
 'nul': b'x = 1\x00\n',
 'cr': b'x = 1\ry = 2\r',
 'crlf': b'if x:\r\n    y = "a\\\r\nb"\r\n',
 'nonl': b'x = 1',
 'ff': b'\x0cx = 1\nif x:\n\x0c    y\n',
 'tabs': b'if x:\n\tif y:\n\t\tz\n',
 'nfkc': '\ufb01 = 1\n\u212b = 2\nx\u00b2 = 3\n'.encode(),
 'bom': b'\xef\xbb\xbfx = "\xc3\xa9"\n',
 'latin1': b'# -*- coding: latin-1 -*-\nx = "\xe9"\n',
 'latin1b': b'#!/usr/bin/python\n# vim: set fileencoding=iso-8859-1 :\nx = "\xe9"\n',
 'ascii': b'# coding: ascii\nx = 1\n',
 'badenc': b'# coding: nope\nx = 1\n',
 'badutf8': b'x = 1\ny = "\xff"\n',
 'badutf8b': b'# \xff comment\ny = "ab\xe9\xffcd" + 1\n',
 'badutf8c': b'x\xff = 1\n',
 'empty': b'',
 'blank': b'\n\n   \n# c\n',
 'onlycomment': b'# c',
 'contline': b'x = 1 + \\\n  2\n',
 'deep_if': b'if a:\n if b:\n  if c:\n   pass\n  else:\n   pass\n',
 'strs': b'''a = r'\\n' 'x'
a2 = b'\\x00' rb"\\q" Rb'x'
b = """a
b""" \'\'\'c\'\'\'
c = "\\N{BULLET} \\u00e9 \\U0001F600 \\x41 \\101 \\z \\
d"
d = f"{x!r:>{w}} {y=} {z = !s:^5} {{}} {'a' 'b'}" f'{f"{1}"}'
e = f"{x:{'>'}10}" F"""{
  x # comment
}"""
f = 1_000_000 + 0x_ff + 0o17 + 0b1 + 1e10 + 1.5J + .5 + 5. + 1E-5 + 0e0 + 123456789012345678901234567890
g = 1.7976931348623157e308 + 1e400 + 2.2250738585072014e-308 + 0.1 + 1/3 + 1e16 + 1e15 + 1e-4 + 1e-5 + 0j + 1e16j
h = u"x" "y"
i = "a" u"b"
j = 'it''s' "say \\"hi\\"" '\\'' "'\\""
''',
 'walrus': b'if (n := len(a)) > 10: pass\nprint([y := f(x), y**2])\nx[a:=1]\nf(a:=1)\nwhile (line := f()): pass\n[y for x in z if (y := x)]\n',
 'async': b'async def f():\n    async with a as b, c:\n        pass\n    async for x in y:\n        await z\n    return [i async for i in g() if await i]\n',
 'star': b'*a, b = c\nfor *x, y in z: pass\nf(*a, *b, **c, **d)\nreturn_ = [*a, *b]\nx = *a, *b\na[*b]\na[1:2, *b]\n{**a, "b": 1}\nfor x in *a, *b: pass\n',
 'lambda': b'f = lambda: 0\ng = lambda a, /, b, *, c=1, **d: (a, b)\nh = lambda *a: a\ni = lambda a=1, *b, c, **d: 0\nj = lambda: (yield)\n',
 'params': b'def f(a, b=1, /, c=2, *d, e, f=3, **g): pass\ndef g(*, a): pass\ndef h(a, /): pass\ndef i(*args: *Ts): pass\ndef j(a: int = 1, *b: str, c: bool, **d: dict) -> None: pass\ndef k(a,): pass\n',
 'match': b'''match x:
    case 1 | 2 | -3 | 1.5 | 2+3j | -1-2j | "a" "b" | b"x" | None | True | False: pass
    case [a, b, *rest] | (a, b, *rest) | [] | (): pass
    case {"k": v, 1: w, **kw} | {}: pass
    case Point(x=0, y=0) | Point(1, 2) | a.b.C() | D(x, y=z): pass
    case Color.RED | (a as b) | _ | [_, *_]: pass
    case (1 as one) if one > 0: pass
    case a, b: pass
    case *a, b: pass
    case {**rest}: pass
    case {None: a, True: b, -1: c, a.b: d}: pass
    case (a,): pass
    case [a,]: pass
match (x, y):
    case _: pass
match x,:
    case _: pass
match *a, b:
    case _: pass
match -x:
    case _: pass
match = 1
match.x = 2
match(x)
match[x]
match - x
case = 1
type = 2
_ = 3
''',
 'types': b'type X = int\ntype Y[T] = list[T]\ntype Z[T: (int, str), *Ts, **P] = T\ndef f[T](x: T) -> T: pass\nclass C[T: int](Base): pass\nasync def g[T,](): pass\ntype(x)\n',
 'trystar': b'try:\n    pass\nexcept* (A, B) as e:\n    pass\nexcept* C:\n    pass\nelse:\n    pass\nfinally:\n    pass\ntry:\n    pass\nfinally:\n    pass\n',
 'with': b'with (a, b):\n    pass\nwith (a as b, c as d,):\n    pass\nwith (a, b) as c:\n    pass\nwith (yield):\n    pass\nwith a as (b, c), d as [e]:\n    pass\nwith (a):\n  pass\nwith (a) as b, (c):\n  pass\nwith (a, b), c:\n  pass\n',
 'misc': b'global a, b\nnonlocal c\nassert x, "m"\nraise E from None\nraise\ndel a, b[0], c.d\ndel (a, b), [c]\nimport a.b.c as d, e\nfrom ...a import b\nfrom .... import c\nfrom . import (d, e,)\nfrom a import *\nx: int\ny: list[int] = []\n(z): int = 1\na.b: int\nx += 1; y @= 2; z //= 3; w **= 4; v >>= 5\n@a.b(c)\n@d[e]\n@(f)\n@g if h else i\nclass K: pass\nprint(not a, a if b else c, a and b or c, -a ** -b, ~a, a < b <= c != d is not e not in f in g is h)\nx = yield\ny = yield from z\nz = (yield a, b)\nx = a[b:c:d, ::, :]\nx = a = b = 1\nx = 1,\nx, = 1\n(x), y = 1, 2\n[x, y] = 1, 2\nx = ()\n',
 'comp': b'[x for x in y if a if b for z in w]\n{x: y for x, y in z}\n{x for x in y}\n(x for x in y)\nf(x for x in y)\nf((x for x in y), 1)\n[(yield) for x in y]\n[x async for x in y]\n',
 'unicode': '# caf\u00e9\nnom = "\u00e9t\u00e9 \U0001F600"\n\u00e9t\u00e9 = 1\nprint(\u00e9t\u00e9, "\u4e2d\u6587", f"{\u00e9t\u00e9}\u00e9", f"\u00e9{x=}")\nx = [\u00e9, \u00e9t\u00e9]\n'.encode(),
 'fstr2': b'x = f"{a}{b}" f"{c}" "d"\ny = f"a" "b" f"c"\nz = f"{x!a}" rf"\\{x}" fr"{x}\\n"\nw = f"{"nested"}" f\'{f\'{f"{1}"}\'}\'\nv = f"{x:{y}.{z}f}"\nu = f"""{x\n!r}"""\nt = f"{ x }" f"{x,y}" f"{*x,}" f"{yield}"\ns = f"{x!r:{y}}"\nr = f"{x:{y}{z}}" f"{x:}"\n',
 'fstr3': b'a = f"\\{x}"\nb = f"\\N{DIGIT ONE}{x}"\nc = f"{x:\\n}"\nd = f"{{{x}}}"\ne = f"{x}}}"\nf = f"{x:{{}}>10}"\ng = f"""\n{x}\n"""\nh = f"{\'\\n\'.join(a)}"\n',
 'ellipsis': b'x = ...\ndef f(): ...\na[..., 1]\n',
 'bigint': b'x = 0xffffffffffffffffffffffff\ny = 9223372036854775807\nz = 9223372036854775808\nw = 0b' + b'1' * 70 + b'\nv = 0o7777777777777777777777\nu = -9223372036854775808\n',
 'semi': b'a; b; c;\nif x: a; b\nwhile 1: pass; break\n',
 'compound': b'if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass\nfor x in y:\n    continue\nelse:\n    pass\nwhile x:\n    break\nelse:\n    pass\nclass A(B, C, metaclass=M, **kw):\n    """doc"""\n    def f(self): return self\n',
 'decorated': b'@a\n@b.c\nasync def f(): pass\n@d\nclass C:\n    @property\n    def x(self): pass\n',
 'numbers': b'x = [0, 00, 0_0, 1_2.3_4e5_6j, 0xDEAD_beef, 0B1_0, 0O7_7, 1e+5, 1e-5, 1.e5, 1_1., .1_1, 0.0, 1e308, 5e-324, 4.9e-324, 1.0000000000000002, 123456789.123456789, 0.30000000000000004, 1e22, 1e21]\n',
 'keywords_prefix': b'x = 1if y else 2\nz = [1for x in y]\nw = 0x1for x in y\nv = 1or 2\n',
 'surrogates': b'a = "\\ud83d\\ude00"\nb = "\\ud83d" "\\ude00"\nc = "\\U0001f600\\udc00x"\nd = f"\\ud800{x}\\udfff"\ne = "\xf0\x9f\x98\x80\\udc00"\n',
 'comments': b'# one\nx = 1  # two\n\n    # indented comment\ndef f():\n    # c\n    pass\n        # deeper\n# back\n',
}
for name, src in cases.items():
    with open(os.path.join(here, name + '.py'), 'wb') as f:
        f.write(src)
    path = os.path.join(here, name + '.py')
    try:
        out = ast.dump(ast.parse(src, name + '.py'), include_attributes=True)
    except (SyntaxError, ValueError) as e:
        out = type(e).__name__ + ': ' + str(e)
    with open(os.path.join(here, name + '.dump'), 'w', encoding='utf-8') as f:
        f.write(out + '\n')
print(len(cases), 'cases')
