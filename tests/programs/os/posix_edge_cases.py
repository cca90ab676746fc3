# Empty paths, umask on new directories and files, utime's float rounding, scandir
# entries that outlive their file, getrandom.
import os
import stat
import tempfile

for name, call in [("stat", lambda: os.stat("")), ("lstat", lambda: os.lstat("")),
                   ("listdir", lambda: os.listdir("")), ("scandir", lambda: os.scandir("")),
                   ("mkdir", lambda: os.mkdir("")), ("rmdir", lambda: os.rmdir("")),
                   ("unlink", lambda: os.unlink("")), ("chmod", lambda: os.chmod("", 0o700)),
                   ("open", lambda: os.open("", os.O_RDONLY)), ("readlink", lambda: os.readlink("")),
                   ("truncate", lambda: os.truncate("", 0))]:
    try:
        call()
        print(name, "no error")
    except OSError as e:
        print(name, type(e).__name__, e.errno, repr(e.filename))
print("access", os.access("", os.F_OK))

with tempfile.TemporaryDirectory() as d:
    old = os.umask(0o002)
    try:
        os.makedirs(os.path.join(d, "a", "b"), 0o555)
        print(oct(os.stat(os.path.join(d, "a")).st_mode & 0o777), oct(os.stat(os.path.join(d, "a", "b")).st_mode & 0o777))
        fd = os.open(os.path.join(d, "f"), os.O_CREAT | os.O_WRONLY, 0o666)
        os.close(fd)
        print(oct(os.stat(os.path.join(d, "f")).st_mode & 0o777))
        os.umask(0o077)
        os.mkdir(os.path.join(d, "c"))
        with open(os.path.join(d, "g"), "w") as f:
            pass
        print(oct(os.stat(os.path.join(d, "c")).st_mode & 0o777), oct(os.stat(os.path.join(d, "g")).st_mode & 0o777))
    finally:
        os.umask(old)
    os.chmod(os.path.join(d, "a", "b"), 0o755)

    fn = os.path.join(d, "t")
    open(fn, "w").close()
    # Float seconds are rounded down to the nanosecond (the half nanosecond added here
    # keeps the binary float above the wanted value).
    os.utime(fn, (1.002003 + 0.5e-9, 4.005006 + 0.5e-9))
    st = os.stat(fn)
    print(st.st_atime_ns, st.st_mtime_ns)
    os.utime(fn, times=(1.5, 2.25))
    st = os.stat(fn)
    print(st.st_atime_ns, st.st_mtime_ns)
    os.utime(fn, ns=(5, 7_000_000_001))
    print(os.stat(fn).st_atime_ns, os.stat(fn).st_mtime_ns)

    os.mkdir(os.path.join(d, "sub"))
    os.symlink("t", os.path.join(d, "link"))
    entries = {e.name: e for e in os.scandir(d)}
    for name in sorted(entries):
        e = entries[name]
        print(name, e.is_dir(), e.is_file(), e.is_symlink(), e.is_file(follow_symlinks=False), e.inode() > 0)
    inode = entries["sub"].inode()
    os.rmdir(os.path.join(d, "sub"))
    os.unlink(os.path.join(d, "t"))
    e = entries["sub"]
    print(e.inode() == inode, e.is_symlink(), entries["t"].is_file(), entries["link"].is_file())
    for ent in (entries["sub"], entries["t"]):
        try:
            ent.stat()
        except FileNotFoundError as exc:
            print("stat:", type(exc).__name__)

print(type(os.getrandom(16)), len(os.getrandom(16)), os.getrandom(0))
print(len(os.getrandom(5, os.GRND_NONBLOCK)), os.GRND_RANDOM, os.GRND_NONBLOCK)
try:
    os.getrandom(-1)
except OSError as e:
    print(type(e).__name__, e)
