# A child writing to a pipe whose read end the parent closed gets EPIPE (BrokenPipeError), and SIGCHLD arrives when a child ends.
import subprocess, sys, os
# The child ignores SIGPIPE (as Python does), so a write to the closed pipe fails with EPIPE.
prog = 'trap "" PIPE; read x; echo "OUT:$x"; read y; echo "OUT:$y" 2>/dev/null || echo ERR:EPIPE >&2'
p = subprocess.Popen(['/bin/sh', '-c', prog], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
p.stdin.write(b'test\n'); p.stdin.flush()
print(os.read(p.stdout.fileno(), 100))
p.stdout.close()
p.stdin.write(b'xxx\n'); p.stdin.flush()
print(os.read(p.stderr.fileno(), 100))
p.stdin.close()
print(p.wait())
import signal, time
got = []
signal.signal(signal.SIGCHLD, lambda s, f: got.append(s))
q = subprocess.Popen(['true'])
t0 = time.time()
while not got and time.time() - t0 < 10:
    time.sleep(0.01)
print(got == [signal.SIGCHLD], q.wait())
