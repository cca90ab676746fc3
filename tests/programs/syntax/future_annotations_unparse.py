# PEP 563: annotations under 'from __future__ import annotations' become the source text CPython's
# ast_unparse.c writes: precedence and parentheses, constants (u prefix, 1e309 for inf), f-strings,
# calls, lambdas, comprehensions, slices; yield/await/walrus refused within an annotation
CASES = r'''
u'some_string'
'x'
"it's"
b'by\x00tes'
1e1000
-1e1000
1e1000j
(1e1000, 2)
(1,)
()
1.5
3j
x[*a]
tuple[int, *Ts]
tuple[*Ts]
x[a:b]
x[a:b:c, d]
x[::]
x[(a, b)]
x[()]
x[a, b]
1 .real
(1).real
f(x for x in y)
f(a, *b, c=1, **d)
lambda: 1
lambda x, /, y=1, *a, z, w=2, **k: x
a if b else c
(a if b else c) if d else e
a and b or c
a and (b or c)
not a
-a ** b
(-a) ** b
a ** -b
a ** b ** c
(a ** b) ** c
a - (b - c)
(a - b) - c
a < b < c
(a < b) < c
{a: b, **c}
{a, b}
{}
[a, *b]
[x for x in y if z async for w in v]
{x: y for x, y in z}
{x for x in y}
f'{x!r:>{width}} {y=} {{z}}'
f'{x=!r}'
f'{ {1: 2}[1] }'
f'{(lambda: 1)()}'
await x
(yield)
(yield x)
(yield from x)
(x := 1)
a[b].c(d)
'a' 'b'
...
None
True
a @ b
~a
a | b & c ^ d
(a | b) & c
a << b >> c
a // b % c
*a
3+1e1000j
('inf', 1e1000, 'infxxx', 1e1000j)
Annotated[int, Field(gt=0, alias='x')]
dict[str, list[int | None]] | None
x: (lambda a=(yield): 1)
[a for a in (yield)]
[(yield) for a in b]
lambda: (yield)
'''.strip().splitlines()
for c in CASES:
    for form in ['def f() -> %s: pass', 'x: %s']:
        src = 'from __future__ import annotations\n' + (form % c)
        try:
            ns = {}
            code = compile(src, 'a', 'exec')
            exec(code, ns)
            ann = ns['f'].__annotations__['return'] if form.startswith('def') else ns['__annotations__']['x']
            print(repr(c), form[:3], '->', repr(ann))
        except SyntaxError as e:
            print(repr(c), form[:3], 'SyntaxError', e.msg)
        except Exception as e:
            print(repr(c), form[:3], type(e).__name__, e)
# annotations of every parameter kind, and on class bodies (compiled with the future import)
exec(compile('from __future__ import annotations\n' + r'''
def g(a: int, /, b: 'str' = 'x', *args: *Ts, c: list[int] = [], **kw: dict[str, int]) -> tuple[*Ts]:
    pass
print(g.__annotations__)
class C:
    x: ClassVar[int] = 1
    y: a.b[c:d]
    z: f'{x!r:>{w}}'
print(C.__annotations__)
''', 'm', 'exec'))
