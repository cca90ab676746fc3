# input() with standard input and output on a terminal and no readline module loaded:
#   input_prompt.py [INTERPRETER...]
# runs INTERPRETER (this one when none is given) on a pseudo-terminal, standard error to a
# pipe, answers one input() and ends the next with end of input (Ctrl-D), and prints what
# the terminal and the pipe received. CPython's PyOS_StdioReadline writes the prompt to
# standard error, and its EOFError has no message. ReplTest compares pyvm with CPython.
import os, pty, select, subprocess, sys, time

script = "x = input('first> ')\nprint('got', x)\ninput('second> ')\n"
master, slave = pty.openpty()
proc = subprocess.Popen((sys.argv[1:] or [sys.executable]) + ["-S", "-c", script], stdin=slave, stdout=slave,
                        stderr=subprocess.PIPE)
os.close(slave)
out = bytearray()
err = bytearray()
answers = [(b"first> ", b"bob\r"), (b"second> ", b"\x04")]
end = time.monotonic() + 60
while time.monotonic() < end:
    ready, _, _ = select.select([master, proc.stderr], [], [], 0.2)
    if proc.stderr in ready:
        chunk = os.read(proc.stderr.fileno(), 4096)
        if not chunk:
            break
        err += chunk
    if master in ready:
        try:
            out += os.read(master, 4096)
        except OSError:
            pass
    if answers and answers[0][0] in err:
        os.write(master, answers.pop(0)[1])
if proc.poll() is None:
    time.sleep(5)
    proc.kill()  # a prompt that never came: the output shows where it stopped
proc.wait()
os.close(master)
print("terminal:", bytes(out))
print("stderr:", bytes(err).replace(b"\r", b""))
print("exit status", proc.returncode)
