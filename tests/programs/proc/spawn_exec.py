# os.spawn* and os.exec*'s argument checks (posix offers them without fork). A successful
# exec ends the process: modules.posix.ExecTest tries it in a pyvm of its own.
import os
import sys

print(os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO)
print(os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit 5"]))
print(os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", "exit 6"))
print(os.spawnvp(os.P_WAIT, "sh", ["sh", "-c", "exit 7"]))
print(os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "exit 8"))
env = dict(os.environ, SPAWN_VALUE="42")
print(os.spawnve(os.P_WAIT, "/bin/sh", ["sh", "-c", 'exit "$SPAWN_VALUE"'], env))
print(os.spawnvpe(os.P_WAIT, "sh", ["sh", "-c", 'exit "$SPAWN_VALUE"'], env))
print(os.spawnle(os.P_WAIT, "/bin/sh", "sh", "-c", 'exit "$SPAWN_VALUE"', env))
print(os.spawnve(os.P_WAIT, b"/bin/sh", [b"sh", b"-c", b"exit 9"], {b"A": b"1"}))

# A program that cannot run: the forked child's _exit(127).
print(os.spawnv(os.P_WAIT, "/no/such/program", ["x"]))
print(os.spawnvp(os.P_WAIT, "no-such-program-anywhere", ["x"]))
pid = os.spawnv(os.P_NOWAIT, "/no/such/program", ["x"])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

# P_NOWAIT: the caller waits.
pid = os.spawnv(os.P_NOWAIT, "/bin/sh", ["sh", "-c", "exit 3"])
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))

# Killed by a signal: -N.
pid = os.spawnv(os.P_NOWAIT, "/bin/sh", ["sh", "-c", "sleep 30"])
os.kill(pid, 9)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

for call in [lambda: os.spawnv(os.P_WAIT, "/bin/sh", []),
             lambda: os.spawnv(os.P_WAIT, "/bin/sh", ("",)),
             lambda: os.spawnv(os.P_WAIT, "/bin/sh", "sh"),
             lambda: os.execv("/bin/sh", []),
             lambda: os.execv("/bin/sh", [""]),
             lambda: os.execv("/bin/sh", "sh"),
             lambda: os.execve("/bin/sh", [], {}),
             lambda: os.execve("/bin/sh", ["sh"], {"A=B": "c"}),
             lambda: os.execve("/bin/sh", ["sh"], {"A": "b\0c"}),
             lambda: os.execve("/bin/sh", ["sh"], 5),
             lambda: os.execv("/no/such/program", ["x"]),
             lambda: os.execvp("no-such-program-anywhere", ["x"])]:
    try:
        call()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
