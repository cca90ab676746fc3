# sigtimedwait/sigwaitinfo on signals held back by pthread_sigmask (struct_siginfo),
# ITIMER_VIRTUAL and ITIMER_PROF (CPU-time timers), pidfd_send_signal on a /proc/PID
# descriptor.
import os
import signal
import time

print(signal.struct_siginfo.n_fields, signal.struct_siginfo._fields if hasattr(signal.struct_siginfo, '_fields') else '')
signal.signal(signal.SIGUSR1, lambda *a: print('SIGUSR1 handler'))
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
os.kill(os.getpid(), signal.SIGUSR1)
print('pending', signal.sigpending() == {signal.SIGUSR1})
info = signal.sigtimedwait([signal.SIGUSR1], 0)
print(info.si_signo == signal.SIGUSR1, info.si_code, info.si_pid == os.getpid(), info[0] == info.si_signo)
print('nothing left', signal.sigtimedwait([signal.SIGUSR1], 0.05))
for args in [([signal.SIGUSR1], -1), ([signal.SIGUSR1], 'x'), ([signal.SIGUSR1],), ([0], 1)]:
    try:
        signal.sigtimedwait(*args)
    except Exception as e:
        print(type(e).__name__, e)
signal.signal(signal.SIGALRM, lambda *a: print('SIGALRM handler'))
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(signal.sigwaitinfo([signal.SIGALRM]))
signal.pthread_sigmask(signal.SIG_SETMASK, old)

calls = []


def on_vtalrm(signum, frame):
    calls.append(signum)
    if len(calls) == 3:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)


signal.signal(signal.SIGVTALRM, on_vtalrm)
print(signal.setitimer(signal.ITIMER_VIRTUAL, 0.2, 0.1))
left = signal.getitimer(signal.ITIMER_VIRTUAL)
print('running', 0 < left[0] <= 0.3, left[1])
start = time.monotonic()
while signal.getitimer(signal.ITIMER_VIRTUAL) != (0.0, 0.0) and time.monotonic() - start < 60:
    pow(12345, 67890, 10000019)
print('virtual', calls, signal.getitimer(signal.ITIMER_VIRTUAL))

prof = []


def on_prof(signum, frame):
    prof.append(signum)
    signal.setitimer(signal.ITIMER_PROF, 0)


signal.signal(signal.SIGPROF, on_prof)
signal.setitimer(signal.ITIMER_PROF, 0.1)
start = time.monotonic()
while not prof and time.monotonic() - start < 60:
    pow(12345, 67890, 10000019)
print('prof', prof, signal.getitimer(signal.ITIMER_PROF))
signal.signal(signal.SIGVTALRM, signal.SIG_DFL)
signal.signal(signal.SIGPROF, signal.SIG_DFL)

pidfd = os.open(f'/proc/{os.getpid()}', os.O_DIRECTORY)
try:
    signal.pidfd_send_signal(pidfd, signal.SIGUSR1, object(), 0)
except TypeError as e:
    print(e)
signal.pidfd_send_signal(pidfd, signal.SIGUSR1)
os.close(pidfd)
try:
    signal.pidfd_send_signal(pidfd, signal.SIGUSR1)
except OSError as e:
    print(e)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
