# codeop.compile_command (PyCF_ALLOW_INCOMPLETE_INPUT), compile() with
# PyCF_ALLOW_TOP_LEVEL_AWAIT (the module's code becomes a coroutine), and dont_inherit
# with an inherited __future__ flag.
from __future__ import annotations
import codeop, types
for src in ['1 +', 'if 1:', 'if 1:\n  pass', 'if 1:\n  pass\n', 'if 1:\n  pass\n\n', 'x = (1,', 'def f():', 'def f():\n  return 1\n', '"""abc', "'abc", 'a b', 'x = 1', '', '#c', '\n', 'for i in x: pass\nprint(1)', 'class C:\n  def f(self):\n    pass\n', '@dec', 'x = [1,\n 2', 'if 1:\n  x\nelse:']:
    for sym in ('single', 'exec', 'eval'):
        try:
            r = codeop.compile_command(src, '<in>', sym)
            print(repr(src), sym, 'None' if r is None else type(r).__name__)
        except SyntaxError as e:
            print(repr(src), sym, type(e).__name__, e.args)
# top-level await
async def agen():
    yield 1
    yield 2
class Aw:
    def __await__(self):
        yield 'susp'
        return 42
def drive(c):
    out = []
    try:
        while True:
            out.append(c.send(None))
    except StopIteration as e:
        out.append(('ret', e.value))
    return out
for src, mode in [('await x', 'eval'), ('y = await x\nprint(y)', 'exec'), ('async for v in g(): print(v)', 'exec'),
                  ('[v async for v in g()]', 'eval'), ('print(1)', 'exec'), ('await x', 'single')]:
    code = compile(src, '<tla>', mode, flags=0x2000)
    print(repr(src), bool(code.co_flags & 0x80), code.co_flags)
    ns = {'x': Aw(), 'g': agen}
    r = eval(code, ns)
    print(type(r).__name__, drive(r) if type(r).__name__ == 'coroutine' else r)
for src in ['await x', 'async for v in g(): pass', 'async with a: pass', '[v async for v in g()]']:
    try:
        compile(src, '<t>', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, e.args)
# dont_inherit and future flags
c1 = compile('def f(x: int): pass', '<f>', 'exec')
c2 = compile('def f(x: int): pass', '<f>', 'exec', dont_inherit=True)
for c in (c1, c2):
    ns = {}
    exec(c, ns)
    print(hex(c.co_flags), ns['f'].__annotations__)
import __future__
c3 = compile('def f(x: int): pass', '<f>', 'exec', flags=__future__.annotations.compiler_flag, dont_inherit=True)
ns = {}; exec(c3, ns); print(hex(c3.co_flags), ns['f'].__annotations__)
