# pass_fds with pipe ends (a child writes into our pipe, a child reads from it) and
# close_fds=False, which passes every inheritable descriptor; the children are /bin/sh.
import os
import subprocess

r, w = os.pipe()
subprocess.run(['/bin/sh', '-c', f'echo hello from the child >&{w}'], pass_fds=(w,), check=True)
os.close(w)
print(os.read(r, 100))
print('end of file', os.read(r, 100))
os.close(r)

r, w = os.pipe()
os.write(w, b'to the child\n')
os.close(w)
out = subprocess.run(['/bin/sh', '-c', f'cat <&{r}'], pass_fds=(r,), capture_output=True).stdout
print(out)
os.close(r)

r, w = os.pipe()
os.set_inheritable(w, True)
subprocess.run(['/bin/sh', '-c', f'echo inherited >&{w}'], close_fds=False, check=True)
os.close(w)
print(os.read(r, 100))
os.close(r)

r, w = os.pipe()
p = subprocess.run(['/bin/sh', '-c', f'echo not passed >&{w}'], capture_output=True)
print(p.returncode != 0, b'Bad file descriptor' in p.stderr)
os.close(r)
os.close(w)

# A passed pipe end that is also the child's stdout (test_subprocess's
# test_pass_fds_redirected): the child writes into the shared pipe, read here while the
# write end is still open; a passed read end as the child's stdin likewise.
r, w = os.pipe()
with subprocess.Popen(['/bin/sh', '-c', 'echo to stdout'], stdout=w, pass_fds=(w,)):
    print(os.read(r, 100))
os.close(w)
os.close(r)
r, w = os.pipe()
os.write(w, b'from the pipe\n')
os.close(w)
print(subprocess.run(['/bin/cat'], stdin=r, pass_fds=(r,), capture_output=True).stdout)
os.close(r)
