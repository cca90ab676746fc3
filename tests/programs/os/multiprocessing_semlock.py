# _multiprocessing.SemLock on POSIX named semaphores, in one process: counting, timeouts,
# the recursive mutex's owner counting, reopening by name (_rebuild), sem_unlink, a
# release from another thread waking a blocked acquire, a signal handler's exception
# ending a blocked acquire, the argument errors; and _posixshmem.
import _multiprocessing as m
import _posixshmem
import os
import signal
import threading
import time

print(m.flags, m.SemLock.SEM_VALUE_MAX, sorted(k for k in dir(m) if not k.startswith("__")))
name = "/pyvm-golden-%d" % os.getpid()
s = m.SemLock(1, 2, 2, name, False)
print(s.kind, s.maxvalue, s.name == name, type(s.handle).__name__, s._get_value(), s._is_zero(), s._count())
print(s.acquire(), s.acquire(), s._is_zero(), s.acquire(False), s.acquire(True, 0.05), s.acquire(timeout=-1))
print(s._count(), s._is_mine())
s.release()
s.release()
try:
    s.release()
except ValueError as e:
    print("ValueError", e)
try:
    m.SemLock(1, 1, 1, name, False)
except OSError as e:
    print(type(e).__name__, e)
t = m.SemLock._rebuild(s.handle, s.kind, s.maxvalue, s.name)
print(t.name == name, t._get_value(), t.acquire(), s._get_value())
t.release()
m.sem_unlink(name)
try:
    m.sem_unlink(name)
except OSError as e:
    print(type(e).__name__, e)

lock = m.SemLock(0, 1, 1, name + "-r", True)
print(lock.name, lock.acquire(), lock.acquire(), lock._count(), lock._is_mine())
lock.release()
print(lock._count())
lock.release()
print(lock._count(), lock._is_mine())
try:
    lock.release()
except AssertionError as e:
    print("AssertionError", e)
with lock:
    print("inside", lock._count())
print("after", lock._count())


def other_thread():
    print("other thread acquires", lock.acquire(timeout=0.05))


lock.acquire()
th = threading.Thread(target=other_thread)
th.start()
th.join()
lock.release()

s2 = m.SemLock(1, 0, 1, name + "-s", True)
threading.Timer(0.2, s2.release).start()
t0 = time.monotonic()
print("woken", s2.acquire(), time.monotonic() - t0 > 0.1)
t0 = time.monotonic()
print("timed out", s2.acquire(True, 0.3), time.monotonic() - t0 >= 0.25)


def handler(*args):
    raise KeyError("from the handler")


old = signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.2)
try:
    s2.acquire()
except KeyError as e:
    print("interrupted", e)
signal.signal(signal.SIGALRM, old)

for bad in [("a", 1, 1, "/x", 0), (2, 1, 1, "/x", 0), (1, 1, 1, 5, 0), (1, 2**40, 1, "/x", 0)]:
    try:
        m.SemLock(*bad)
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: m.SemLock(1, 1, 1), lambda: s.acquire(True, "x"), lambda: m.sem_unlink(3)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

shm = "/pyvm-golden-shm-%d" % os.getpid()
fd = _posixshmem.shm_open(shm, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
os.ftruncate(fd, 100)
print("shm", os.fstat(fd).st_size, os.get_inheritable(fd))
os.close(fd)
_posixshmem.shm_unlink(shm)
for call in [lambda: _posixshmem.shm_unlink(shm), lambda: _posixshmem.shm_open(shm, os.O_RDWR),
             lambda: _posixshmem.shm_open("/a/b", os.O_RDWR | os.O_CREAT), lambda: _posixshmem.shm_open("", 0)]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == shm)
