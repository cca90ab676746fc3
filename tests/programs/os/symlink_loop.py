# A symbolic link loop: stat and strict realpath raise ELOOP (errno 40), lstat, readlink and
# non-strict realpath work, exists is False.
import os
import shutil
import tempfile

top = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(top)
try:
    os.symlink('linkX/inside', 'linkX')
    os.symlink('linkY', 'linkY')
    for p in ['linkX', 'linkY', 'linkX/x']:
        for name, f in [('stat', os.stat), ('lstat', os.lstat), ('realpath', os.path.realpath),
                        ('realpath strict', lambda p: os.path.realpath(p, strict=True)),
                        ('readlink', os.readlink), ('exists', os.path.exists)]:
            try:
                r = f(p)
                if isinstance(r, str):
                    r = r.replace(os.path.realpath(top), 'TOP')
                print(p, name, 'ok', r if isinstance(r, (str, bool)) else type(r).__name__)
            except OSError as e:
                print(p, name, type(e).__name__, e.errno, e.strerror)
finally:
    os.chdir(old)
    shutil.rmtree(top)
