# os.utime: through utimensat, so a FIFO is never opened (java.nio setTimes would block on it),
# times/ns/now, follow_symlinks, fd and dir_fd, and CPython's errors (no file name).
import os, tempfile
d = tempfile.mkdtemp()
f = os.path.join(d, 'fifo'); os.mkfifo(f)
os.utime(f, (1, 2)); st = os.stat(f); print(st.st_atime, st.st_mtime)
g = os.path.join(d, 'file'); open(g, 'w').close()
os.utime(g, ns=(1_500_000_001, 2_500_000_002)); st = os.stat(g); print(st.st_atime_ns, st.st_mtime_ns)
os.utime(g, (1.25, -1.75)); st = os.stat(g); print(st.st_atime_ns, st.st_mtime_ns)
os.symlink(g, os.path.join(d, 'ln'))
os.utime(os.path.join(d, 'ln'), (5, 6), follow_symlinks=False); print(os.lstat(os.path.join(d, 'ln')).st_mtime, os.stat(g).st_mtime)
import time; t=time.time(); os.utime(g); print(abs(os.stat(g).st_mtime - t) < 2)
fd = os.open(g, os.O_RDONLY); os.utime(fd, (7, 8)); print(os.stat(g).st_mtime); os.close(fd)
dfd = os.open(d, os.O_RDONLY); os.utime('file', (9, 10), dir_fd=dfd); print(os.stat(g).st_mtime); os.close(dfd)
for bad in [lambda: os.utime(os.path.join(d, 'nope'), (1, 2)), lambda: os.utime(g, (1,)), lambda: os.utime(g, (1, 2), ns=(1, 2))]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
