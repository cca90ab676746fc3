# The interactive loop on a terminal with readline (site's sys.__interactivehook__ loads it):
# line editing, history recall, completion, Ctrl-C at a prompt, input(), end of input.
#   readline_session.py [INTERPRETER...]
# runs INTERPRETER (this one when none is given) with -q on a pseudo-terminal and prints the
# bytes of the session; the keys are sent one step at a time, each after the prompt it
# answers has appeared. ReplTest compares pyvm's session with CPython's.
import os, pty, select, signal, subprocess, sys, tempfile, time

def read_until(fd, out, marker, start=0, limit=120):
    """Reads FD into OUT until MARKER appears after position START; False at end of output."""
    end = time.monotonic() + limit
    while marker not in out[start:] and time.monotonic() < end:
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                return False
            if not chunk:
                return False
            out += chunk
    return marker in out[start:]

steps = [
    (b"1+1\r", b">>> "),
    (b"x = 3\r", b">>> "),
    (b"\x10\x01y\x04\r", b">>> "),        # Ctrl-P recalls 'x = 3'; Ctrl-A, y, Ctrl-D: 'y = 3'
    (b"print(x, y)\r", b">>> "),
    (b"class K:\r", b"... "),
    (b"    alpha_one = 1\r", b"... "),
    (b"\r", b">>> "),
    (b"K.alpha_o\t\r", b">>> "),           # rlcompleter completes the attribute
    (b"abc", b"abc"),
    (None, b">>> "),                       # SIGINT (Ctrl-C) drops the line
    (b"input('na' + 'me> ')\r", b"name> "),  # the prompt, not the echo of the line
    (b"bob\r", b">>> "),
]

home = tempfile.mkdtemp()
env = dict(os.environ, HOME=home, TERM="dumb")
env.pop("PYTHONSTARTUP", None)
master, slave = pty.openpty()
proc = subprocess.Popen((sys.argv[1:] or [sys.executable]) + ["-q"], stdin=slave, stdout=slave, stderr=slave, env=env)
os.close(slave)
out = bytearray()
ok = read_until(master, out, b">>> ")
for keys, prompt in steps:
    if not ok:
        break
    start = len(out)
    if keys is None:
        proc.send_signal(signal.SIGINT)
    else:
        os.write(master, keys)
    ok = read_until(master, out, prompt, start)
os.write(master, b"\x04")
read_until(master, out, b"never", len(out), 30)
proc.wait(60)
os.close(master)
for line in bytes(out).split(b"\r\n"):
    print(line)
print("exit status", proc.returncode)
hist = os.path.join(home, ".python_history")
print("history file", open(hist).read().splitlines() if os.path.exists(hist) else None)
