# subprocess on top of _posixsubprocess, os.pipe, os.waitpid, select and signals.
import os
import subprocess
import sys
import tempfile

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r.args, r.returncode, r.stdout, r.stderr)
print(type(r).__name__)

print(subprocess.check_output("echo $((6*7)); echo oops >&2", shell=True, stderr=subprocess.STDOUT))
print(repr(subprocess.check_output(["printf", "a\\nb\\n"], text=True)))
print(subprocess.getoutput("echo out; exit 3"), subprocess.getstatusoutput("exit 4"))

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
out, err = p.communicate("line\n" * 3, timeout=30)
print(repr(out), repr(err), p.returncode, p.pid > 0)

# Large data both ways (more than a pipe holds), so communicate must multiplex.
data = bytes(range(256)) * 2000
p = subprocess.run(["cat"], input=data, stdout=subprocess.PIPE)
print(len(p.stdout), p.stdout == data)

# Exit statuses and signals.
print(subprocess.run(["sh", "-c", "exit 7"]).returncode)
print(subprocess.call(["true"]), subprocess.call(["false"]))
p = subprocess.Popen(["sleep", "30"])
print(p.poll(), p.returncode)
p.terminate()
print(p.wait(timeout=30), p.returncode)
p = subprocess.Popen(["sleep", "30"])
p.kill()
print(p.wait())
# (Not SIGINT: a child started in the background may inherit it ignored.)
p = subprocess.Popen(["sleep", "30"])
p.send_signal(subprocess.signal.SIGUSR1)
print(p.wait())
try:
    subprocess.run(["sleep", "30"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd, 0 < e.timeout <= 0.2)
try:
    subprocess.check_call(["sh", "-c", "exit 2"])
except subprocess.CalledProcessError as e:
    print(e)
p = subprocess.Popen(["sh", "-c", "echo start; sleep 0.5; echo done"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired:
    print("not done yet")
print(p.communicate())

# Missing programs and folders raise as CPython's child reports them.
for args, kw in [(["nosuchprog-pyvm"], {}), (["./nosuchprog-pyvm"], {}), (["ls"], {"cwd": "/nonexistent-pyvm"}),
                 (["/"], {}), ([tempfile.gettempdir()], {})]:
    try:
        subprocess.run(args, **kw)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == (kw.get("cwd") or args[0]))

# cwd, env, shell, executable.
with tempfile.TemporaryDirectory() as d:
    real = os.path.realpath(d)
    print(subprocess.run("pwd", cwd=d, shell=True, stdout=subprocess.PIPE, text=True).stdout.strip() == real)
    print(subprocess.run(["sh", "-c", "echo $PYVM_X-$HOME"], env={"PYVM_X": "1", "HOME": "/h"},
                         stdout=subprocess.PIPE).stdout)
    os.environ["PYVM_Y"] = "from environ"
    print(subprocess.run("echo $PYVM_Y", shell=True, capture_output=True, text=True).stdout)
    print(subprocess.run(["anything", "-c", "echo $0"], executable="/bin/sh", capture_output=True).returncode)

    # Redirection into files and DEVNULL.
    path = os.path.join(d, "out.txt")
    with open(path, "wb") as f:
        f.write(b"first\n")
        f.flush()
        subprocess.run(["echo", "second"], stdout=f)
        subprocess.run(["sh", "-c", "echo third >&2"], stderr=f)
    with open(path) as f:
        print(f.read().split())
    with open(path, "rb") as f:
        print(subprocess.run(["wc", "-l"], stdin=f, capture_output=True).stdout.split())
    print(subprocess.run(["echo", "gone"], stdout=subprocess.DEVNULL).stdout)
    print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)

# The child's output to inherited streams arrives before what the parent prints next.
print("before", flush=True)
subprocess.run(["echo", "from the child"])
sys.stdout.flush()
print("after")

# Popen as a context manager, and stdout read line by line.
with subprocess.Popen(["printf", "x\\ny\\nz\\n"], stdout=subprocess.PIPE, text=True) as p:
    print([line.rstrip() for line in p.stdout])
print(p.returncode)

# os-level pieces.
r, w = os.pipe()
os.write(w, b"abc")
os.close(w)
print(os.read(r, 10), os.read(r, 10))
os.close(r)
try:
    os.waitpid(os.getpid() + 100000, os.WNOHANG)
except ChildProcessError as e:
    print(e)
p = subprocess.Popen(["sh", "-c", "exit 5"])
pid, status = os.waitpid(p.pid, 0)
print(pid == p.pid, os.waitstatus_to_exitcode(status), os.WIFEXITED(status), os.WEXITSTATUS(status))
