# faulthandler writes tracebacks straight to a descriptor.
import faulthandler
import os
import re
import sys
import tempfile

def dump(**kw):
    with tempfile.TemporaryFile() as f:
        faulthandler.dump_traceback(file=f, **kw)
        f.seek(0)
        text = f.read().decode()
    # Thread ids and the folder differ from machine to machine.
    text = re.sub(r"0x[0-9a-f]{16}", "0x...", text)
    return re.sub(r'File "[^"]*/', 'File "', text)

def inner():
    return dump(all_threads=False)

def outer():
    return inner()

print(outer(), end="")
print(dump(), end="")
print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.is_enabled())
faulthandler.enable(file=sys.stdout)
print(faulthandler.is_enabled())
faulthandler.disable()
for call in [lambda: faulthandler.dump_traceback_later(-1), lambda: faulthandler.enable(file=-1),
             lambda: faulthandler.dump_traceback(file=object())]:
    try:
        call()
    except (ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
faulthandler.dump_traceback_later(30)
faulthandler.cancel_dump_traceback_later()
r, w = os.pipe()
faulthandler.dump_traceback_later(0.05, file=w)
print(re.sub(r"0x[0-9a-f]{16}", "0x...", os.read(r, 1000).decode().splitlines()[0]))
faulthandler.cancel_dump_traceback_later()

# Every thread, newest first; only this program's lines are kept (the library's line
# numbers depend on the CPython release).
import threading
import time
ev = threading.Event()
def waiter():
    ev.wait()
t = threading.Thread(target=waiter)
t.start()
time.sleep(0.2)
lines = dump().splitlines()
ev.set()
t.join()
print("\n".join(l for l in lines if l.startswith(("Thread", "Current")) or "faulthandler_dump.py" in l or not l))
