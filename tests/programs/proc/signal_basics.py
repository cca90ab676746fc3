# _signal: handlers run in the main thread between bytecodes.
import _thread
import os
import select
import signal
import threading
import time

print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(10).name, signal.NSIG)
# (SIGINT ignored at start-up, as in a background job, stays ignored: both are CPython's.)
print(signal.getsignal(signal.SIGINT) in (signal.default_int_handler, signal.SIG_IGN))
print(repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(signal.SIGUSR1)))
print(signal.strsignal(signal.SIGALRM), signal.strsignal(34), signal.strsignal(32))
print(len(signal.valid_signals()), signal.SIGRTMIN in signal.valid_signals())
print(signal.SIG_DFL, signal.SIG_IGN, repr(signal.Handlers.SIG_IGN))

got = []
def handler(signum, frame):
    got.append((signal.Signals(signum).name, frame.f_code.co_name if frame else None))

def caller():
    signal.raise_signal(signal.SIGUSR1)

old = signal.signal(signal.SIGUSR1, handler)
print(repr(old), signal.getsignal(signal.SIGUSR1) is handler)
caller()
print(got)
signal.signal(signal.SIGUSR2, handler)
os.kill(os.getpid(), signal.SIGUSR2)
print(got[-1])

# Errors.
for args in [(0, handler), (signal.NSIG, handler), (signal.SIGKILL, handler), (signal.SIGUSR1, 5),
             (signal.SIGUSR1, None), ("x", handler)]:
    try:
        signal.signal(*args)
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
def from_thread():
    try:
        signal.signal(signal.SIGUSR1, handler)
    except ValueError as e:
        print(e)
t = threading.Thread(target=from_thread)
t.start()
t.join()

# A handler that raises interrupts the code that was running.
class Stop(Exception):
    pass
def stopper(signum, frame):
    raise Stop(signum)
signal.signal(signal.SIGALRM, stopper)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while True:
        pass
except Stop as e:
    print("loop stopped by", e)
print(signal.getitimer(signal.ITIMER_REAL))

# time.sleep is interrupted by a raising handler, and resumed after one that returns.
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
try:
    time.sleep(5)
except Stop:
    print("sleep interrupted", time.monotonic() - t0 < 4)
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
time.sleep(0.3)
print("sleep resumed", time.monotonic() - t0 >= 0.29, got[-1][0])

signal.alarm(100)
print(signal.alarm(0) in (99, 100), signal.alarm(0))
try:
    signal.setitimer(signal.ITIMER_REAL, -1)
except signal.ItimerError as e:
    print(type(e).__name__, e)

# SIGINT: KeyboardInterrupt by default; interrupt_main simulates it.
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    _thread.interrupt_main()
    for i in range(10**8):
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt")
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt again")
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
_thread.interrupt_main()
print("ignored")
signal.signal(signal.SIGINT, signal.default_int_handler)

# pthread_sigmask holds blocked signals back.
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1]))
n = len(got)
signal.raise_signal(signal.SIGUSR1)
print(len(got) == n, signal.sigpending())
print(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]))
print(len(got) == n + 1, signal.sigpending())
try:
    signal.pthread_sigmask(signal.SIG_BLOCK, [99])
except ValueError as e:
    print(e)

# The wakeup fd gets the signal number.
r, w = os.pipe()
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w))
signal.raise_signal(signal.SIGUSR1)
print(os.read(r, 10))
print(signal.set_wakeup_fd(-1) == w)
try:
    signal.set_wakeup_fd(r)
except ValueError as e:
    print(e)

# A signal during select() runs its handler before select reports the wakeup fd readable
# (CPython's select fails with EINTR): a raising handler ends the select.
signal.signal(signal.SIGALRM, stopper)
signal.set_wakeup_fd(w)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    print("select returned", select.select([r], [], [], 5))
except Stop as e:
    print("select interrupted by", e)
print(os.read(r, 10))
signal.set_wakeup_fd(-1)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print(got)
