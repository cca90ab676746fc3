# threading.settrace_all_threads / setprofile_all_threads reach threads already running
# (sys._settraceallthreads, new in 3.12), and threads started later through threading.
import sys, threading

def tracer(frame, event, arg):
    return None

def profiler(frame, event, arg):
    pass

first = threading.Event()
second = threading.Event()
seen = []

def worker():
    seen.append((sys.gettrace(), sys.getprofile()))
    first.set()
    second.wait()
    seen.append((sys.gettrace() is tracer, sys.getprofile() is profiler))

t = threading.Thread(target=worker)
t.start()
first.wait()
threading.settrace_all_threads(tracer)
threading.setprofile_all_threads(profiler)
print("main:", sys.gettrace() is tracer, sys.getprofile() is profiler)
print("gettrace:", threading.gettrace() is tracer, threading.getprofile() is profiler)
second.set()
t.join()
print("worker:", seen)

later = []
t2 = threading.Thread(target=lambda: later.append((sys.gettrace() is tracer, sys.getprofile() is profiler)))
t2.start()
t2.join()
print("later thread:", later)

threading.settrace_all_threads(None)
threading.setprofile_all_threads(None)
print("cleared:", sys.gettrace(), sys.getprofile(), threading.gettrace(), threading.getprofile())
