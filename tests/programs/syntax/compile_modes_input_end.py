# compile() in modes 'eval' and 'single' keeps the last line unterminated (no newline
# is added as for 'exec'), which decides the errors at the end of the input; with
# PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT (0x4200, what codeop uses) input
# that fails where it ends is 'incomplete input'.
import sys
def tryc(src, mode, flags=0, **kw):
    try:
        c = compile(src, '<x>', mode, flags, **kw)
        print(repr(src), mode, 'OK')
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, e.args)
for src in ['1 +', '1 +\n', '(1,', 'x = ', 'if 1:', 'if 1:\n  pass', 'if 1:\n  pass\n', 'def f():\n  return 1\n\n',
            'for x in y: pass\nprint(1)', 'x=1\ny=2', 'x=1;y=2', 'a b', '', '\n', '#c', 'pass\n\n', 'if 1:\n  x\nelse:', '"""abc', "'abc", '(', '[1,\n2', 'x = (1 +\n', 'f(', '1\n2']:
    for mode in ['exec', 'eval', 'single']:
        tryc(src, mode)
    tryc(src, 'single', 0x200 | 0x4000)
    tryc(src, 'exec', 0x200 | 0x4000)
