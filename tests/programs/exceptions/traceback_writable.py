# tb_next is writable (unittest cuts its frames off this way); types.TracebackType(...).
import sys
try: 1/0
except Exception as e: tb=e.__traceback__
for v in [1, tb]:
  try: tb.tb_next = v
  except Exception as e: print(type(e).__name__, e)
try: del tb.tb_next
except Exception as e: print(type(e).__name__, e)
import types
t = types.TracebackType(None, sys._getframe(), 0, 7)
print(type(t).__name__, t.tb_lineno, t.tb_next)
try: types.TracebackType(1, sys._getframe(), 0, 1)
except Exception as e: print(type(e).__name__, e)
def g():
    def h(): raise ValueError("x")
    h()
try: g()
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_next.tb_frame.f_code.co_name)
    tb.tb_next = None
    n = 0
    while tb is not None:
        n, tb = n + 1, tb.tb_next
    print(n)
