# What CPython's _posixsubprocess does in the child before exec: umask,
# restore_signals and start_new_session, plus the RuntimeWarning of a binary
# pipe with bufsize=1.
import os
import shutil
import subprocess
import tempfile
import warnings

d = tempfile.mkdtemp()
try:
    name = os.path.join(d, "beans")
    subprocess.check_call(["sh", "-c", 'touch "$0"', name], umask=0o053)
    print(oct(os.stat(name).st_mode & 0o666))
    print(subprocess.check_output(["sh", "-c", "umask"], umask=0o077))
finally:
    shutil.rmtree(d)


def sig_ign(**kw):
    out = subprocess.check_output(["cat", "/proc/self/status"], **kw)
    for line in out.splitlines():
        if line.startswith(b"SigIgn"):
            return int(line.split()[1], 16)


kept = sig_ign(restore_signals=False)
restored = sig_ign()
for signum in (13, 25):  # SIGPIPE, SIGXFSZ
    print(signum, bool(kept & (1 << (signum - 1))), bool(restored & (1 << (signum - 1))))

# /proc/PID/stat: "pid (comm) state ppid pgrp session ..."
out = subprocess.check_output(["cat", "/proc/self/stat"], start_new_session=True)
fields = out[out.rindex(b")") + 2:].split()
pid, sid = int(out.split()[0]), int(fields[3])
print(sid == pid, sid != os.getsid(0))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=1) as p:
        out, _ = p.communicate(b"line\n")
    print(out, [(x.category.__name__, str(x.message)) for x in w])

# A read-write file given as stdin: the child may write to it too (CPython's child gets
# the parent's descriptor; test_swap_std_fds_with_one_closed).
with tempfile.TemporaryFile() as f:
    rc = subprocess.call(['/bin/sh', '-c', 'read line; echo "read [$line]" >&0'], stdin=f.fileno())
    os.lseek(f.fileno(), 0, os.SEEK_SET)
    print(rc, os.read(f.fileno(), 100))
