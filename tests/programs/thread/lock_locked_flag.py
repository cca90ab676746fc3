# lock.locked() says whether a Python-level acquire holds the lock (CPython's lockobject
# flag), not whether the OS lock is taken: a waiter that the release has woken but that
# still waits for the GIL does not hold it yet. threading._shutdown relies on this: it
# releases the main thread's _tstate_lock, which a thread joining the main thread waits
# on, then asserts the lock unlocked. That thread then runs to its end before exit.
import sys, threading, time, _thread

lock = _thread.allocate_lock()
lock.acquire()
got = []
def waiter():
    lock.acquire()
    got.append(lock.locked())
    lock.release()
t = threading.Thread(target=waiter)
t.start()
time.sleep(0.05)                        # the waiter is blocked in acquire
print("before release:", lock.locked())
lock.release()
print("just after release:", lock.locked())
t.join()
print("waiter saw it locked:", got, "after join:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(lock).split(" object")[0])

# A thread that joins the main thread: it ends after the main program, and exit waits for it.
def joiningfunc(mainthread):
    mainthread.join()
    print("end of thread")
    sys.stdout.flush()

threading.Thread(target=joiningfunc, args=(threading.current_thread(),)).start()
time.sleep(0.1)
print("end of main")
