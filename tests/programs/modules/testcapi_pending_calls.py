# _testcapi._pending_threadfunc / _testinternalcapi.pending_threadfunc: a callable queued
# from another thread runs at an eval breaker check of the main thread (or of any thread).
import threading
import time
import _testcapi
import _testinternalcapi

ran = []

def callback():
    ran.append(threading.current_thread() is threading.main_thread())

def submit():
    for _ in range(5):
        print(_testcapi._pending_threadfunc(callback), end=" ")
    print()

t = threading.Thread(target=submit)
t.start()
t.join()
deadline = time.monotonic() + 30
while len(ran) < 5 and time.monotonic() < deadline:
    for i in range(1000):
        pass
print(ran)

other = []
print(_testinternalcapi.pending_threadfunc(lambda: other.append(1), ensure_added=True))
while not other:
    pass
print(other)

# A pending call that raises raises in the code that runs it.
try:
    _testcapi._pending_threadfunc(lambda: 1 / 0)
    for i in range(100000):
        pass
    print("not run?")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    _testinternalcapi.pending_threadfunc(callback, num=2)
except TypeError as e:
    print("TypeError", e)
