# SyntaxErrors the compiler raises: those of the symbol table and of __future__ carry
# args (msg,), those of the code generator (msg, (filename, lineno, offset, text,
# end_lineno, end_offset)); every location attribute as CPython sets it.
import warnings
def tryc(src, mode='exec', fn='<x>', flags=0):
    try:
        c = compile(src, fn, mode, flags)
        print(repr(src), 'OK')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.args, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
for src in ['return 1', 'def f():\n  x = 1\n  global x\n', 'def f():\n  nonlocal y\n', 'break', 'await x', 'def f(a, a): pass',
            'def f():\n  yield = 1', 'class C:\n  nonlocal x', 'def f():\n  x\n  global x', '[x for x in y if (x := 1)]', 'def f(*, a, a): pass',
            'from __future__ import nope', 'x = 1\nfrom __future__ import annotations', 'continue', 'async def f():\n  yield from x', 'def f():\n  from os import *',
            'lambda: (yield)', 'nonlocal x', 'f(**x, *y)', 'def f[T, T](): pass', 'x: int\nglobal x']:
    tryc(src)
for src in ['def f():\n  [x async for x in y]', 'def f():\n  (x async for x in y)', 'class C:\n  [(y := 1) for x in z]',
  'def f():\n  yield\n  [(yield) for x in y]', 'x = [(yield) for x in y]', '[i for i in range(3) for (i := 0) in []]', 'def f():\n  global x\n  nonlocal x', 'from __future__ import braces', 'await x']:
    tryc(src)
tryc('await x', flags=0x2000)
