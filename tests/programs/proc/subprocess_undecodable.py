# A child gets its arguments, environment and working directory byte for byte, even bytes
# that are not UTF-8 (os.fsencode/surrogateescape), through subprocess, os.posix_spawn and
# os.spawnve.
import os
import shutil
import subprocess
import tempfile

top = tempfile.mkdtemp()
try:
    d = os.path.join(os.fsencode(top), b'dir\xff \'q\'')
    os.mkdir(d)
    env = {b'PATH': b'/usr/bin:/bin', b'PYX': b'val\xfe$HOME', b'K\xfd': b'v'}

    r = subprocess.run(['/usr/bin/env'], env=env, stdout=subprocess.PIPE)
    print(sorted(r.stdout.splitlines()))

    r = subprocess.run(['/bin/pwd'], cwd=d, stdout=subprocess.PIPE)
    print(r.stdout == d + b'\n')

    r = subprocess.run([b'/bin/echo', b'a\xfeb', 'c\udcfdd'], cwd=d, env=env, stdout=subprocess.PIPE)
    print(r.stdout)

    # The environment as str: surrogate escapes go back to their bytes.
    r = subprocess.run(['/usr/bin/env'], env={'A': 'x\udcffy'}, stdout=subprocess.PIPE)
    print(r.stdout)

    # A missing directory is reported with its name.
    try:
        subprocess.run(['/bin/pwd'], cwd=os.path.join(d, b'missing\xfa'))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.filename == os.path.join(d, b'missing\xfa'))

    # os.posix_spawn and os.spawnve.
    r, w = os.pipe()
    pid = os.posix_spawn('/usr/bin/env', ['env'], {b'B': b'\xf0\x28'}, file_actions=[(os.POSIX_SPAWN_DUP2, w, 1)])
    os.close(w)
    os.waitpid(pid, 0)
    with open(r, 'rb') as f:
        print(f.read())
    old = os.getcwd()
    os.chdir(d)
    try:
        out = os.path.join(os.fsencode(top), b'out')
        status = os.spawnve(os.P_WAIT, '/bin/sh', ['sh', '-c', 'pwd > ../out; env >> ../out'], {b'C': b'\xe9'})
        print(status)
    finally:
        os.chdir(old)
    with open(out, 'rb') as f:
        lines = f.read().splitlines()
    print(lines[0] == d, [l for l in lines if l.startswith(b'C=')])
finally:
    shutil.rmtree(top)
