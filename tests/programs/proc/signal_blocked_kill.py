# A signal sent to our own process while pthread_sigmask blocks it stays pending (even
# one whose default action ends the process) until sigwait takes it.
import os
import signal

sig = signal.SIGUSR1
old = signal.pthread_sigmask(signal.SIG_BLOCK, [sig])

os.kill(os.getpid(), sig)
print(signal.sigpending())
print(signal.sigwait([sig]))
print(signal.sigpending())
signal.pthread_sigmask(signal.SIG_UNBLOCK, [sig])
print("still here")
