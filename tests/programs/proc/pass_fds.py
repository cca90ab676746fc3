# subprocess's pass_fds: the child writes to a descriptor of the parent's temporary
# file (as regrtest's -j workers write their JSON results).
import os
import subprocess
import tempfile

with tempfile.TemporaryFile("w+", encoding="utf8") as f:
    fd = f.fileno()
    p = subprocess.run(["bash", "-c", f"echo hello from the child >&{fd}"], pass_fds=[fd],
                       capture_output=True, text=True)
    print(p.returncode, repr(p.stdout), repr(p.stderr))
    f.seek(0)
    print(repr(f.read()))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.txt")
    with open(path, "w") as g:
        g.write("abc")
    with open(path) as r:
        p = subprocess.run(["bash", "-c", f"cat <&{r.fileno()}"], pass_fds=[r.fileno()], capture_output=True, text=True)
        print(p.returncode, repr(p.stdout))
    # Without pass_fds the child does not have the descriptor.
    with open(path) as r:
        p = subprocess.run(["bash", "-c", f"cat <&{r.fileno()}"], capture_output=True, text=True)
        print(p.returncode, repr(p.stdout), "Bad file descriptor" in p.stderr)
