# frame.clear(): a finished frame drops its locals; an executing frame cannot be cleared.
import sys

def f():
    x = 42
    raise ValueError("boom")

try:
    f()
except ValueError as e:
    tb = e.__traceback__
inner = tb.tb_next.tb_frame
print(inner.f_code.co_name, sorted(inner.f_locals))
inner.clear()
print(sorted(inner.f_locals))
try:
    sys._getframe().clear()
except RuntimeError as e:
    print("RuntimeError", e)

def g():
    try:
        sys._getframe(0).clear()
    except RuntimeError as e:
        print("RuntimeError", e)
g()
import traceback
try:
    f()
except ValueError as e:
    traceback.clear_frames(e.__traceback__)
    print("cleared", sorted(e.__traceback__.tb_next.tb_frame.f_locals))
