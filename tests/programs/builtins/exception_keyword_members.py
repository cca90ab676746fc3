for a in [('bad.py', 1, 2),('bad.py', 1, 2, 4, 5, 6, 7),('bad.py', 1, 2, 'abcdefg', 1), 5]:
  try: SyntaxError('bad bad', a)
  except Exception as e: print(type(e).__name__, e)
e = AttributeError('x'); print(e.name, e.obj)
e = AttributeError('x', name='n', obj=3); print(e.name, e.obj, e.args)
e.name = 'q'; print(e.name); del e.obj; print(e.obj)
print(NameError('a').name, NameError('a', name='b').name)
for kw in [dict(invalid=1), dict(name='n', invalid=2)]:
  for t in (ImportError, AttributeError, NameError, ModuleNotFoundError):
    try: t('x', **kw)
    except TypeError as e: print(e)
try:
    raise IndexError(4)
except Exception as ex:
    exc = ex
for n in ['args', '__traceback__', '__cause__', '__context__']:
    try: delattr(exc, n)
    except TypeError as e: print(e)
try:
    {}.x
except AttributeError as e: print(e.name, e.obj)
try:
    undefined_q
except NameError as e: print(e.name)
class MyErr(AttributeError): pass
print(MyErr('z').name)
